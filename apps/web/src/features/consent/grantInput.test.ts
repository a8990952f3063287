import { describe, expect, it } from "vitest";
import { EMPTY_GRANT, GRANT_FIELDS, checkGrant, grantInput, grantableOrganisations } from "./grantInput";
import type { GrantValues } from "./grantInput";

const FILLED: GrantValues = {
  ...EMPTY_GRANT,
  granteeOrganisationId: "org-school",
  subjectPersonIds: ["kim"],
  domains: ["EDUCATION"],
  dataClasses: ["GENERAL"],
  purpose: "  Afstemming schoolverzuim ",
  legalBasis: "CONSENT",
  evidenceReference: " Formulier ",
};

describe("checkGrant", () => {
  it("names every missing part of an empty grant, in the order of the form", () => {
    const optional = new Set(["validFrom", "validUntil", "evidenceReference"]);
    expect(checkGrant(EMPTY_GRANT).map(([field]) => field)).toEqual(
      GRANT_FIELDS.filter((field) => !optional.has(field)),
    );
  });

  it("asks evidence only for consent, and an end on or after the start", () => {
    expect(checkGrant(FILLED)).toEqual([]);
    expect(checkGrant({ ...FILLED, evidenceReference: " " }).map(([f]) => f)).toEqual(["evidenceReference"]);
    expect(checkGrant({ ...FILLED, legalBasis: "LEGAL_TASK", evidenceReference: "" })).toEqual([]);
    expect(checkGrant({ ...FILLED, validFrom: "2026-03-10", validUntil: "2026-03-09" })).toEqual([
      ["validUntil", "De einddatum ligt vóór de begindatum."],
    ]);
  });
});

describe("grantInput", () => {
  it("trims the texts, leaves empty optional parts null and runs the end date to the end of that day", () => {
    const input = grantInput("case-1", { ...FILLED, validUntil: "2026-06-30" });
    expect(input).toMatchObject({
      caseId: "case-1",
      purpose: "Afstemming schoolverzuim",
      evidenceReference: "Formulier",
      validFrom: null,
    });
    expect(new Date(input!.validUntil!).getHours()).toBe(23);
  });

  it("is null without a legal basis", () => {
    expect(grantInput("case-1", { ...FILLED, legalBasis: "" })).toBeNull();
  });
});

describe("grantableOrganisations", () => {
  it("gives each team partner once, by name, without the directing organisation", () => {
    const org = (id: string, name: string) => ({ id, name, kind: "OTHER" as const });
    const member = (organisation: ReturnType<typeof org>, isDirecting = false) =>
      ({ organisation, isDirecting }) as Parameters<typeof grantableOrganisations>[0]["team"][number];
    const team = [
      member(org("w", "Wijkteam"), true),
      member(org("s", "School")),
      member(org("g", "GGZ")),
      member(org("s", "School")),
    ];
    expect(grantableOrganisations({ team }).map((o) => o.name)).toEqual(["GGZ", "School"]);
  });
});
