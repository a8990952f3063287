import { describe, expect, it } from "vitest";
import { QUADRANT_POSITIONS, checkFactors, currentScenario, quadrantKey, scenarioTitle } from "./scenarios";

const mother = {
  question: "Gaat moeder meewerken?",
  outcomes: ["Moeder werkt mee", "Moeder werkt niet mee"] as const,
};
const judge = {
  question: "Wat beslist de rechter?",
  outcomes: ["Ondertoezichtstelling", "Geen maatregel"] as const,
};

describe("scenarios from two uncertain factors", () => {
  it("span four scenarios, each combining one outcome of each factor", () => {
    expect(QUADRANT_POSITIONS.map(quadrantKey)).toEqual(["0-0", "0-1", "1-0", "1-1"]);
    expect(QUADRANT_POSITIONS.map((p) => scenarioTitle(mother, judge, p))).toEqual([
      "Moeder werkt mee · Ondertoezichtstelling",
      "Moeder werkt mee · Geen maatregel",
      "Moeder werkt niet mee · Ondertoezichtstelling",
      "Moeder werkt niet mee · Geen maatregel",
    ]);
  });

  it("need two different questions, each with two different outcomes", () => {
    expect(checkFactors(mother, judge)).toBeNull();
    expect(checkFactors(mother, { ...judge, outcomes: ["Ja", " ja "] })).toBe("SAME_OUTCOMES");
    expect(checkFactors(mother, { ...mother, question: " gaat moeder meewerken? " })).toBe("SAME_QUESTION");
    expect(checkFactors({ ...mother, question: "  " }, judge)).toBe("EMPTY");
    expect(checkFactors(mother, { ...judge, outcomes: ["Ja", ""] })).toBe("EMPTY");
  });

  it("the current scenario is that of the signal observed last", () => {
    expect(currentScenario([])).toBeNull();
    expect(
      currentScenario([
        { position: [0, 1], observedAt: new Date("2026-11-01T10:00:00Z") },
        { position: [1, 1], observedAt: new Date("2026-11-20T09:00:00Z") },
        { position: [0, 0], observedAt: new Date("2026-11-05T09:00:00Z") },
      ]),
    ).toEqual([1, 1]);
  });
});
