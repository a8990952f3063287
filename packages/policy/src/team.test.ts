import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { PROFESSIONAL_ROLES, type Actor } from "@regiehub/domain";
import { seesWholeCase } from "./consent";
import { consentScopeKey } from "./events";
import { can } from "./policy";
import type { CaseResource, TeamMemberResource } from "./rules";
import { mayReadTeamRole } from "./team";
import { actor } from "./test-fixtures";

// Why a team member is involved (its free-text role) goes to its own organisation and the case's directing
// side only; everyone else who sees the case sees who is involved, not why.

const WIJKTEAM = "org-wijkteam";
const SCHOOL = "org-school";
const VERSLAVINGSZORG = "org-verslavingszorg";
const JEUGDBESCHERMING = "org-jeugdbescherming";
const GEMEENTE = "org-gemeente";
const OTHER = "org-other";

const theCase: CaseResource = {
  id: "case-1",
  casusregisseurId: "anna",
  casusregisseurOrganisationId: WIJKTEAM,
  procesregisseurId: "wilma",
  procesregisseurOrganisationId: GEMEENTE,
  teamOrganisationIds: [WIJKTEAM, SCHOOL, VERSLAVINGSZORG, JEUGDBESCHERMING],
};

const entry = (organisationId: string): TeamMemberResource => ({ organisationId });
const TEAM = {
  wijkteam: entry(WIJKTEAM),
  school: entry(SCHOOL),
  verslavingszorg: entry(VERSLAVINGSZORG),
  jeugdbescherming: entry(JEUGDBESCHERMING),
};
type Entry = keyof typeof TEAM;

const anna = actor("CASUSREGISSEUR", WIJKTEAM, "anna");
const bart = actor("CASUSREGISSEUR", WIJKTEAM, "bart");
const cor = actor("PROFESSIONAL", WIJKTEAM, "cor");
const wilma = actor("PROCESREGISSEUR", GEMEENTE, "wilma");
const paul = actor("PROCESREGISSEUR", GEMEENTE, "paul");
const sanne = actor("PROFESSIONAL", SCHOOL, "sanne");
const vera = actor("PROFESSIONAL", VERSLAVINGSZORG, "vera");
const jan = actor("CASUSREGISSEUR", JEUGDBESCHERMING, "jan");
const olaf = actor("PROFESSIONAL", OTHER, "olaf");
const schoolAdmin = actor("ADMIN", SCHOOL, "adm");
const privacyOfficer = actor("PRIVACY_OFFICER", WIJKTEAM, "po");

const readable = (who: Actor, c: CaseResource = theCase) =>
  (Object.keys(TEAM) as Entry[]).filter((e) => mayReadTeamRole(who, c, TEAM[e]).allowed);

describe("mayReadTeamRole", () => {
  const matrix: [string, Actor, Entry[]][] = [
    ["the casusregisseur of the case", anna, ["wijkteam", "school", "verslavingszorg", "jeugdbescherming"]],
    [
      "a casusregisseur colleague (directing org)",
      bart,
      ["wijkteam", "school", "verslavingszorg", "jeugdbescherming"],
    ],
    [
      "a professional of the directing org",
      cor,
      ["wijkteam", "school", "verslavingszorg", "jeugdbescherming"],
    ],
    ["the procesregisseur of the case", wilma, ["wijkteam", "school", "verslavingszorg", "jeugdbescherming"]],
    ["a partner with a narrow grant (school): its own entry only", sanne, ["school"]],
    ["another partner: its own entry only", vera, ["verslavingszorg"]],
    ["a casusregisseur of a partner organisation: its own entry only", jan, ["jeugdbescherming"]],
    ["another procesregisseur (not on the case)", paul, []],
    ["an organisation not on the team", olaf, []],
    ["an admin of a team organisation", schoolAdmin, []],
    ["a privacy officer of the directing organisation", privacyOfficer, []],
  ];
  for (const [label, who, expected] of matrix) {
    it(label, () => {
      expect(readable(who)).toEqual(expected);
    });
  }

  it("names the rule that allowed or why not", () => {
    expect(mayReadTeamRole(sanne, theCase, TEAM.school)).toEqual({
      action: "team.readRole",
      allowed: true,
      reason: "team.readRole: team-member relation ownOrganisation",
    });
    expect(mayReadTeamRole(anna, theCase, TEAM.verslavingszorg).reason).toBe(
      "team.readRole: relation directingOrganisation",
    );
    expect(mayReadTeamRole(wilma, theCase, TEAM.verslavingszorg).reason).toBe(
      "team.readRole: relation procesregisseur",
    );
    const denied = mayReadTeamRole(sanne, theCase, TEAM.verslavingszorg);
    expect(denied.allowed).toBe(false);
    expect(denied.reason).toContain("none of");
  });

  it("follows the directors when they change: a new directing organisation reads every role, the old one its own", () => {
    const moved: CaseResource = {
      ...theCase,
      casusregisseurId: "jan",
      casusregisseurOrganisationId: JEUGDBESCHERMING,
      procesregisseurId: "paul",
    };
    expect(readable(jan, moved)).toEqual(["wijkteam", "school", "verslavingszorg", "jeugdbescherming"]);
    expect(readable(anna, moved)).toEqual(["wijkteam"]);
    expect(readable(paul, moved)).toEqual(["wijkteam", "school", "verslavingszorg", "jeugdbescherming"]);
    expect(readable(wilma, moved)).toEqual([]);
  });

  it("a case without a casusregisseur has no directing organisation", () => {
    const undirected: CaseResource = {
      ...theCase,
      casusregisseurId: null,
      casusregisseurOrganisationId: null,
    };
    expect(readable(cor, undirected)).toEqual(["wijkteam"]);
    expect(readable(wilma, undirected)).toEqual([
      "wijkteam",
      "school",
      "verslavingszorg",
      "jeugdbescherming",
    ]);
  });

  it("an organisation that left the team no longer reads its old entry", () => {
    const left: CaseResource = { ...theCase, teamOrganisationIds: [WIJKTEAM, VERSLAVINGSZORG] };
    expect(readable(sanne, left)).toEqual([]);
  });
});

describe("mayReadTeamRole, over every actor", () => {
  const ORGS = [WIJKTEAM, SCHOOL, VERSLAVINGSZORG, GEMEENTE, OTHER];
  const arbActor = fc
    .tuple(
      fc.constantFrom(...PROFESSIONAL_ROLES),
      fc.constantFrom(...ORGS),
      fc.constantFrom("anna", "wilma", "someone"),
    )
    .map(([role, org, id]) => actor(role, org, id));
  const arbCase = fc
    .tuple(
      fc.option(fc.constantFrom(...ORGS), { nil: null }),
      fc.subarray(ORGS),
      fc.constantFrom("wilma", "paul"),
    )
    .map(([directing, team, procesregisseurId]): CaseResource => ({
      id: "case-1",
      casusregisseurId: directing ? "anna" : null,
      casusregisseurOrganisationId: directing,
      procesregisseurId,
      procesregisseurOrganisationId: GEMEENTE,
      teamOrganisationIds: directing ? [...new Set([directing, ...team])] : team,
    }));
  const arbEntry = (c: CaseResource) =>
    c.teamOrganisationIds.length ? fc.constantFrom(...c.teamOrganisationIds).map(entry) : fc.constant(null);

  it("is exactly: the whole case, or the entry's own organisation on the team", () => {
    fc.assert(
      fc.property(
        arbActor,
        arbCase.chain((c) => fc.tuple(fc.constant(c), arbEntry(c))),
        (who, [c, m]) => {
          if (!m) return;
          const expected =
            seesWholeCase(who, c) !== undefined ||
            (can(who, "case.read", c).allowed &&
              c.teamOrganisationIds.includes(who.organisationId) &&
              m.organisationId === who.organisationId);
          expect(mayReadTeamRole(who, c, m).allowed).toBe(expected);
        },
      ),
    );
  });

  it("never shows a role to someone who may not see the case", () => {
    fc.assert(
      fc.property(
        arbActor,
        arbCase.chain((c) => fc.tuple(fc.constant(c), arbEntry(c))),
        (who, [c, m]) => {
          if (!m || !mayReadTeamRole(who, c, m).allowed) return;
          expect(can(who, "case.read", c).allowed).toBe(true);
        },
      ),
    );
  });

  it("is the same for subscribers in the same consent scope (live fan-out resolves once per scope)", () => {
    fc.assert(
      fc.property(
        arbActor,
        arbActor,
        arbCase.chain((c) => fc.tuple(fc.constant(c), arbEntry(c))),
        (a, b, [c, m]) => {
          if (!m || consentScopeKey(a, c, [], false) !== consentScopeKey(b, c, [], false)) return;
          expect(mayReadTeamRole(a, c, m).allowed).toBe(mayReadTeamRole(b, c, m).allowed);
        },
      ),
    );
  });
});
