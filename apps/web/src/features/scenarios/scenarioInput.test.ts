import { describe, expect, it } from "vitest";
import { initialValues, scenarioName, scenariosInput } from "./scenarioInput";

describe("the scenario form", () => {
  it("starts empty without scenarios and sends lines as signals", () => {
    const v = initialValues(null);
    v.firstQuestion = "Gaat moeder meewerken?";
    v.firstOutcomes = ["Ja", "Nee"];
    v.secondQuestion = "Wat beslist de rechter?";
    v.secondOutcomes = ["OTS", "Geen maatregel"];
    v.responses["1-1"] = "Terug naar de tafel";
    v.signals["1-1"] = "Moeder zegt af\n\n  Kinderen verzuimen  \n";
    const input = scenariosInput("c1", null, v);
    expect(input.factors).toEqual([
      { question: "Gaat moeder meewerken?", outcomes: ["Ja", "Nee"] },
      { question: "Wat beslist de rechter?", outcomes: ["OTS", "Geen maatregel"] },
    ]);
    expect(input.scenarios.map((s) => s.key)).toEqual(["0-0", "0-1", "1-0", "1-1"]);
    expect(input.scenarios[3]).toEqual({
      key: "1-1",
      response: "Terug naar de tafel",
      signals: ["Moeder zegt af", "Kinderen verzuimen"],
    });
    expect(scenarioName(v, "1-0")).toBe("Nee en OTS");
  });

  it("starts from the case's scenarios, signals one per line", () => {
    const v = initialValues({
      version: 2,
      factors: [
        { question: "A?", outcomes: ["a1", "a2"] },
        { question: "B?", outcomes: ["b1", "b2"] },
      ],
      scenarios: [
        {
          key: "0-1",
          firstOutcome: "a1",
          secondOutcome: "b2",
          response: "Doorgaan",
          current: false,
          signals: [
            { id: "s1", description: "Eerste", observedAt: null, observedBy: null },
            { id: "s2", description: "Tweede", observedAt: null, observedBy: null },
          ],
        },
      ],
      current: null,
    });
    expect(v.responses["0-1"]).toBe("Doorgaan");
    expect(v.signals["0-1"]).toBe("Eerste\nTweede");
    expect(v.secondOutcomes).toEqual(["b1", "b2"]);
  });
});
