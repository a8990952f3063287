import { describe, expect, it } from "vitest";
import { teamWarnings, type TeamCompletenessInput } from "./team";

const today = new Date("2026-11-23T10:00:00Z");
const child = (id: string, birthDate: string | null) => ({
  id,
  givenName: id,
  birthDate,
  householdRole: "CHILD" as const,
});

function warnings(
  persons: TeamCompletenessInput["persons"],
  kinds: TeamCompletenessInput["teamOrganisationKinds"],
) {
  return teamWarnings({ persons, teamOrganisationKinds: kinds }, today).map((w) => [w.code, w.personId]);
}

describe("team completeness", () => {
  it("asks for youth health care (JGZ) for a child under 4", () => {
    expect(warnings([child("baby", "2025-06-01")], ["WIJKTEAM"])).toEqual([
      ["CHILD_UNDER_4_WITHOUT_JGZ", "baby"],
    ]);
    expect(warnings([child("baby", "2025-06-01")], ["WIJKTEAM", "JGZ"])).toEqual([]);
  });

  it("counts the fourth birthday exactly: the day before it still needs JGZ, on it no longer", () => {
    expect(warnings([child("a", "2022-11-24")], ["WIJKTEAM"])).toEqual([["CHILD_UNDER_4_WITHOUT_JGZ", "a"]]);
    expect(warnings([child("a", "2022-11-23")], ["WIJKTEAM"])).toEqual([]);
  });

  it("asks for the school for a school-age child (5 to 17)", () => {
    expect(warnings([child("k", "2016-03-01")], ["WIJKTEAM"])).toEqual([
      ["SCHOOL_AGE_CHILD_WITHOUT_SCHOOL", "k"],
    ]);
    expect(warnings([child("k", "2016-03-01")], ["WIJKTEAM", "SCHOOL"])).toEqual([]);
    expect(warnings([child("k", "2021-11-23")], ["WIJKTEAM"])).toEqual([
      ["SCHOOL_AGE_CHILD_WITHOUT_SCHOOL", "k"],
    ]);
    expect(warnings([child("k", "2008-11-24")], ["WIJKTEAM"])).toEqual([
      ["SCHOOL_AGE_CHILD_WITHOUT_SCHOOL", "k"],
    ]);
    expect(warnings([child("k", "2008-11-23")], ["WIJKTEAM"])).toEqual([]);
  });

  it("a 4-year-old needs neither", () => {
    expect(warnings([child("k", "2022-01-01")], ["WIJKTEAM"])).toEqual([]);
  });

  it("ignores parents and children without a birth date", () => {
    expect(
      warnings(
        [
          { id: "p", givenName: "p", birthDate: "2024-01-01", householdRole: "PARENT" },
          child("unknown", null),
        ],
        [],
      ),
    ).toEqual([]);
  });

  it("warns per child, with the child's name in the message", () => {
    const list = teamWarnings(
      { persons: [child("Noor", "2025-01-01"), child("Sem", "2015-01-01")], teamOrganisationKinds: [] },
      today,
    );
    expect(list.map((w) => w.code)).toEqual(["CHILD_UNDER_4_WITHOUT_JGZ", "SCHOOL_AGE_CHILD_WITHOUT_SCHOOL"]);
    expect(list[0]!.message).toContain("Noor");
    expect(list[1]!.message).toContain("Sem");
  });
});
