import { describe, expect, it } from "vitest";
import { ageOn, isValidBsn } from "./persons";
import { teamWarnings } from "./team";

describe("BSN elfproef", () => {
  it("accepts valid and rejects invalid numbers", () => {
    expect(isValidBsn("111222333")).toBe(true);
    expect(isValidBsn("123456782")).toBe(true);
    expect(isValidBsn("123456789")).toBe(false);
    expect(isValidBsn("12345678")).toBe(false);
    expect(isValidBsn("12345678a")).toBe(false);
    expect(isValidBsn("000000000")).toBe(false);
  });
});

describe("age", () => {
  it("counts whole years", () => {
    const today = new Date("2026-11-23T12:00:00Z");
    expect(ageOn("2022-11-24", today)).toBe(3);
    expect(ageOn("2022-11-23", today)).toBe(4);
    expect(ageOn(null, today)).toBeNull();
  });
});

describe("team completeness", () => {
  const today = new Date("2026-11-23T12:00:00Z");
  const toddler = { id: "t", givenName: "Noor", birthDate: "2024-05-01", householdRole: "CHILD" as const };
  const pupil = { id: "p", givenName: "Daan", birthDate: "2016-02-10", householdRole: "CHILD" as const };
  const parent = { id: "m", givenName: "Esra", birthDate: "1990-01-01", householdRole: "PARENT" as const };

  it("warns for a child under 4 without JGZ and a school-age child without a school", () => {
    const warnings = teamWarnings(
      { persons: [toddler, pupil, parent], teamOrganisationKinds: ["WIJKTEAM"] },
      today,
    );
    expect(warnings.map((w) => [w.code, w.personId])).toEqual([
      ["CHILD_UNDER_4_WITHOUT_JGZ", "t"],
      ["SCHOOL_AGE_CHILD_WITHOUT_SCHOOL", "p"],
    ]);
  });

  it("is quiet when JGZ and a school are on the team", () => {
    expect(
      teamWarnings(
        { persons: [toddler, pupil], teamOrganisationKinds: ["WIJKTEAM", "JGZ", "SCHOOL"] },
        today,
      ),
    ).toEqual([]);
  });
});
