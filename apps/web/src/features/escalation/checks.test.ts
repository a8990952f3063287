import { describe, expect, it } from "vitest";
import { climbNotice, climbProblems, decisionProblems, frameworkProblems } from "./checks";

const none = { decision: "", decidedOn: "" };

describe("the ladder's checks before sending", () => {
  it("asks for a table and a reason to climb, the decision only together with its date", () => {
    expect(climbProblems({ target: "", reason: " ", ...none })).toEqual({
      tableId: "Kies naar welke tafel de casus gaat.",
      reason: "Geef een reden.",
    });
    expect(climbProblems({ target: "t1", reason: "Politie", ...none })).toEqual({});
    expect(climbProblems({ target: "t1", reason: "Politie", decision: "Plan", decidedOn: "" })).toEqual({
      decidedOn: "Geef de datum waarop de tafel besloot.",
    });
    expect(climbProblems({ target: "t1", reason: "Politie", decision: "", decidedOn: "2026-01-05" })).toEqual(
      {
        decision: "Beschrijf het besluit van de tafel.",
      },
    );
  });

  it("requires the table's decision and date when recording it", () => {
    expect(Object.keys(decisionProblems(none, true))).toEqual(["decision", "decidedOn"]);
    expect(decisionProblems({ decision: "Plan", decidedOn: "2026-01-05" }, true)).toEqual({});
  });

  it("asks for the casusregisseur only into the compulsory framework", () => {
    const decided = { decision: "Ondertoezichtstelling", decidedOn: "2026-01-05" };
    expect(frameworkProblems({ to: "", casusregisseurId: "", ...decided })).toEqual({
      to: "Kies het kader dat de tafel besloot.",
    });
    expect(frameworkProblems({ to: "VOLUNTARY", casusregisseurId: "", ...decided })).toEqual({});
    expect(Object.keys(frameworkProblems({ to: "COMPULSORY", casusregisseurId: "", ...decided }))).toEqual([
      "casusregisseurId",
    ]);
  });

  it("confirms the climb in words", () => {
    expect(climbNotice(true, "ZVH")).toBe("De casus is opgeschaald naar ZVH.");
    expect(climbNotice(false, "Wijkteam")).toBe("De casus is afgeschaald naar Wijkteam.");
    expect(climbNotice(false, undefined)).toBe("De casus is afgeschaald: geen tafel meer.");
  });
});
