import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { AppError, PROFESSIONAL_ROLES, type Actor } from "@regiehub/domain";
import { authorize, can, caseScope, viewerCaseActions, viewerGlobalActions } from "./policy";
import type { CaseResource } from "./rules";
import { actor } from "./test-fixtures";

const ORG_WIJKTEAM = "org-wijkteam";
const ORG_SCHOOL = "org-school";
const ORG_GEMEENTE = "org-gemeente";
const ORG_OTHER = "org-other";

const theCase: CaseResource = {
  id: "case-1",
  casusregisseurId: "anna",
  casusregisseurOrganisationId: ORG_WIJKTEAM,
  procesregisseurId: "wilma",
  teamOrganisationIds: [ORG_WIJKTEAM, ORG_SCHOOL],
};

const anna = actor("CASUSREGISSEUR", ORG_WIJKTEAM, "anna");
const colleague = actor("CASUSREGISSEUR", ORG_WIJKTEAM, "bart");
const wijkteamProfessional = actor("PROFESSIONAL", ORG_WIJKTEAM, "cor");
const wilma = actor("PROCESREGISSEUR", ORG_GEMEENTE, "wilma");
const otherProcesregisseur = actor("PROCESREGISSEUR", ORG_GEMEENTE, "paul");
const teacher = actor("PROFESSIONAL", ORG_SCHOOL, "sanne");
const outsider = actor("PROFESSIONAL", ORG_OTHER, "olaf");
const admin = actor("ADMIN", ORG_WIJKTEAM, "adm");
const privacyOfficer = actor("PRIVACY_OFFICER", ORG_WIJKTEAM, "po");

describe("case access matrix", () => {
  // actor -> [read, update, movePhase, person.create, person.readBsn, team.manage]
  const matrix: [string, Actor, boolean[]][] = [
    ["casusregisseur of the case", anna, [true, true, true, true, true, true]],
    ["casusregisseur colleague, directing org", colleague, [true, true, true, true, true, true]],
    ["professional of the directing org", wijkteamProfessional, [true, false, false, false, false, false]],
    ["procesregisseur of the case", wilma, [true, true, true, false, false, true]],
    ["another procesregisseur", otherProcesregisseur, [false, false, false, false, false, false]],
    ["team partner (school)", teacher, [true, false, false, false, false, false]],
    ["organisation not on the team", outsider, [false, false, false, false, false, false]],
    ["admin of a team organisation", admin, [false, false, false, false, false, false]],
    ["privacy officer of a team organisation", privacyOfficer, [false, false, false, false, false, false]],
  ];
  const actions = [
    "case.read",
    "case.update",
    "case.movePhase",
    "person.create",
    "person.readBsn",
    "team.manage",
  ] as const;

  for (const [label, who, expected] of matrix) {
    it(label, () => {
      expect(actions.map((a) => can(who, a, theCase).allowed)).toEqual(expected);
    });
  }

  it("denies with NOT_FOUND when the case is invisible, FORBIDDEN when visible", () => {
    expect(() => authorize(outsider, "case.update", theCase)).toThrowError(
      expect.objectContaining({ code: "NOT_FOUND" }) as unknown as Error,
    );
    expect(() => authorize(teacher, "case.update", theCase)).toThrowError(
      expect.objectContaining({ code: "FORBIDDEN" }) as unknown as Error,
    );
    expect(() => authorize(anna, "case.update", theCase)).not.toThrow();
  });

  it("only casusregisseurs and procesregisseurs open cases", () => {
    const allowed = PROFESSIONAL_ROLES.filter((role) => can(actor(role, ORG_OTHER), "case.open").allowed);
    expect(allowed).toEqual(["PROCESREGISSEUR", "CASUSREGISSEUR"]);
    expect(() => authorize(teacher, "case.open")).toThrow(AppError);
  });

  it("viewerCan lists exactly the allowed actions", () => {
    expect(viewerCaseActions(teacher, theCase)).toEqual(["RECORD_ITEM", "BREAK_GLASS", "MANAGE_REFERENCES"]);
    expect(viewerCaseActions(wilma, theCase)).toEqual([
      "UPDATE",
      "MOVE_PHASE",
      "ESCALATE",
      "DECIDE_FRAMEWORK",
      "MANAGE_TEAM",
      "RECORD_ITEM",
      "MANAGE_CONSENT",
      "MANAGE_ACTIONS",
      "RECORD_DOORBRAAK",
      "READ_FOLLOW_UP",
      "RECORD_CHECK_IN",
      "SET_BUDGET",
      "MONITOR",
      "PLAN_MEETING",
      "MANAGE_SCENARIOS",
      "PLACE_ON_AGENDA",
    ]);
    expect(viewerCaseActions(anna, theCase)).toEqual([
      "UPDATE",
      "MOVE_PHASE",
      "ESCALATE",
      "DECIDE_FRAMEWORK",
      "ADD_PERSON",
      "UPDATE_PERSON",
      "MANAGE_TEAM",
      "READ_BSN",
      "RECORD_ITEM",
      "MANAGE_CONSENT",
      "READ_LOG",
      "EXPORT_PERSON",
      "BREAK_GLASS",
      "MANAGE_PLAN",
      "APPROVE_PLAN",
      "MANAGE_EVALUATIONS",
      "MANAGE_ACTIONS",
      "READ_FOLLOW_UP",
      "RECORD_CHECK_IN",
      "MONITOR",
      "MANAGE_REFERENCES",
      "PLAN_MEETING",
      "MANAGE_SCENARIOS",
      "PLACE_ON_AGENDA",
    ]);
    expect(viewerCaseActions(privacyOfficer, theCase)).toEqual(["READ_LOG", "EXPORT_PERSON"]);
  });
});

describe("caseScope mirrors the case.read rule", () => {
  const ids = ["a", "b", "c", "d"];
  const arbActor = fc.record({
    role: fc.constantFrom(...PROFESSIONAL_ROLES),
    organisationId: fc.constantFrom(...ids),
    professionalId: fc.constantFrom(...ids),
  });
  const arbCase = fc.record({
    casusregisseurId: fc.option(fc.constantFrom(...ids), { nil: null }),
    casusregisseurOrganisationId: fc.option(fc.constantFrom(...ids), { nil: null }),
    procesregisseurId: fc.option(fc.constantFrom(...ids), { nil: null }),
    teamOrganisationIds: fc.uniqueArray(fc.constantFrom(...ids)),
  });

  it("the SQL scope admits a case exactly when can(case.read) allows it", () => {
    fc.assert(
      fc.property(arbActor, arbCase, (a, c) => {
        const who = actor(a.role, a.organisationId, a.professionalId);
        const resource: CaseResource = { id: "x", ...c };
        const scope = caseScope(who);
        // The SQL the data layer builds from the scope, evaluated in memory:
        const admitted =
          scope.kind === "involved" &&
          (resource.teamOrganisationIds.includes(scope.organisationId) ||
            resource.procesregisseurId === scope.professionalId);
        expect(admitted).toBe(can(who, "case.read", resource).allowed);
      }),
    );
  });
});

describe("global viewerCan", () => {
  it("offers OPEN_CASE and VIEW_PORTFOLIO to directors only, FIND_BY_REFERENCE, VIEW_MY_ACTIONS and VIEW_MY_SESSIONS to those who work on cases, PLAN_TABLE_SESSION to a procesregisseur", () => {
    expect(viewerGlobalActions(anna)).toEqual([
      "OPEN_CASE",
      "VIEW_PORTFOLIO",
      "FIND_BY_REFERENCE",
      "VIEW_MY_ACTIONS",
      "VIEW_MY_SESSIONS",
    ]);
    expect(viewerGlobalActions(wilma)).toEqual([
      "OPEN_CASE",
      "VIEW_PORTFOLIO",
      "FIND_BY_REFERENCE",
      "VIEW_MY_ACTIONS",
      "VIEW_MY_SESSIONS",
      "PLAN_TABLE_SESSION",
    ]);
    expect(viewerGlobalActions(teacher)).toEqual([
      "FIND_BY_REFERENCE",
      "VIEW_MY_ACTIONS",
      "VIEW_MY_SESSIONS",
    ]);
    expect(viewerGlobalActions(admin)).toEqual([]);
    expect(viewerGlobalActions(privacyOfficer)).toEqual(["REVIEW_PROCESSING"]);
  });
});
