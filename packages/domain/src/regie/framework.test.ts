import { describe, expect, it } from "vitest";
import { CASE_FRAMEWORKS, type CaseFramework } from "../enums";
import { canChangeFramework, checkFrameworkDecision, frameworkAllowsProcesregisseur } from "./framework";

// Every pair of frameworks, with what the state machine says about it.
const EXPECTED: Record<CaseFramework, Record<CaseFramework, boolean>> = {
  VOLUNTARY: { VOLUNTARY: false, DRANG: true, COMPULSORY: true },
  DRANG: { VOLUNTARY: true, DRANG: false, COMPULSORY: true },
  COMPULSORY: { VOLUNTARY: true, DRANG: false, COMPULSORY: false },
};

describe("the framework state machine", () => {
  for (const from of CASE_FRAMEWORKS) {
    for (const to of CASE_FRAMEWORKS) {
      it(`${from} → ${to}: ${EXPECTED[from][to] ? "allowed" : "refused"}`, () => {
        expect(canChangeFramework(from, to)).toBe(EXPECTED[from][to]);
        const decided = checkFrameworkDecision({
          from,
          to,
          tableDecidesFramework: true,
          newCasusregisseurOrganisationKind: to === "COMPULSORY" ? "JEUGDBESCHERMING" : null,
        });
        if (EXPECTED[from][to]) expect(decided).toBeNull();
        else expect(decided).toBe(from === to ? "UNCHANGED" : "NOT_ALLOWED");
      });
    }
  }

  it("only a table that decides frameworks may change one", () => {
    expect(
      checkFrameworkDecision({
        from: "VOLUNTARY",
        to: "DRANG",
        tableDecidesFramework: false,
        newCasusregisseurOrganisationKind: null,
      }),
    ).toBe("TABLE_DOES_NOT_DECIDE");
  });

  it("into the compulsory framework a casusregisseur of a certified institution takes over", () => {
    const base = { from: "DRANG", to: "COMPULSORY", tableDecidesFramework: true } as const;
    expect(checkFrameworkDecision({ ...base, newCasusregisseurOrganisationKind: null })).toBe(
      "NEEDS_CERTIFIED_CASUSREGISSEUR",
    );
    expect(checkFrameworkDecision({ ...base, newCasusregisseurOrganisationKind: "WIJKTEAM" })).toBe(
      "NEEDS_CERTIFIED_CASUSREGISSEUR",
    );
    expect(
      checkFrameworkDecision({ ...base, newCasusregisseurOrganisationKind: "JEUGDBESCHERMING" }),
    ).toBeNull();
  });

  it("elsewhere no one takes over", () => {
    expect(
      checkFrameworkDecision({
        from: "DRANG",
        to: "VOLUNTARY",
        tableDecidesFramework: true,
        newCasusregisseurOrganisationKind: "JEUGDBESCHERMING",
      }),
    ).toBe("NO_TAKEOVER_HERE");
  });

  it("a procesregisseur does not work in the compulsory framework", () => {
    expect(frameworkAllowsProcesregisseur("VOLUNTARY")).toBe(true);
    expect(frameworkAllowsProcesregisseur("DRANG")).toBe(true);
    expect(frameworkAllowsProcesregisseur("COMPULSORY")).toBe(false);
  });
});
