import { describe, expect, it } from "vitest";
import type { CaseAccessFacts, DossierEventRow, EventItemFacts } from "@regiehub/db";
import type { Actor, ProfessionalRole } from "@regiehub/domain";
import { portfolioChange, streamCarries } from "./streams";

type Event = Pick<DossierEventRow, "caseId" | "itemId" | "itemKind" | "operation" | "fields">;

function actor(role: ProfessionalRole, organisationId: string, professionalId: string): Actor {
  return {
    kind: "professional",
    professionalId,
    organisationId,
    organisationKind: "OTHER",
    role,
    name: professionalId,
    hasRegistration: false,
  };
}

const ORG_WIJKTEAM = "org-wijkteam";
const ORG_SCHOOL = "org-school";
const ORG_GEMEENTE = "org-gemeente";

const sanne = actor("PROFESSIONAL", ORG_SCHOOL, "sanne");
const anna = actor("CASUSREGISSEUR", ORG_WIJKTEAM, "anna");
const wilma = actor("PROCESREGISSEUR", ORG_GEMEENTE, "wilma");
const paul = actor("PROCESREGISSEUR", ORG_GEMEENTE, "paul");

const theCase: CaseAccessFacts = {
  id: "case-1",
  casusregisseurId: "anna",
  casusregisseurOrganisationId: ORG_WIJKTEAM,
  procesregisseurId: "wilma",
  procesregisseurOrganisationId: ORG_GEMEENTE,
  // The municipality is on the team too: paul's organisation, not paul's case.
  teamOrganisationIds: [ORG_WIJKTEAM, ORG_SCHOOL, ORG_GEMEENTE],
};

function caseChange(operation: Event["operation"], fields: string[], caseId = theCase.id): Event {
  return { caseId, itemId: null, itemKind: null, operation, fields };
}

function itemChange(
  kind: NonNullable<Event["itemKind"]>,
  operation: Event["operation"],
  fields: string[],
  caseId = theCase.id,
): Event {
  return { caseId, itemId: `${kind.toLowerCase()}-1`, itemKind: kind, operation, fields };
}

function facts(kind: EventItemFacts["kind"], overrides: Partial<EventItemFacts> = {}): EventItemFacts {
  return {
    id: `${kind.toLowerCase()}-1`,
    caseId: theCase.id,
    kind,
    domain: "SAFETY",
    dataClass: "CHILD_SAFETY",
    subjectPersonIds: ["child"],
    authorOrganisationId: ORG_WIJKTEAM,
    actionOwnerOrganisationId: null,
    safetyAcute: null,
    ...overrides,
  };
}

const acute = facts("SAFETY_ASSESSMENT", { safetyAcute: true });
const notAcute = facts("SAFETY_ASSESSMENT", { safetyAcute: false });
const schoolAction = facts("ACTION", { actionOwnerOrganisationId: ORG_SCHOOL, domain: "EDUCATION" });

describe("portfolioChange", () => {
  it("a case created is OPENED", () => {
    const opened = caseChange("CREATE", ["Case.title", "Case.municipality", "Case.framework"]);
    expect(portfolioChange(opened, undefined)).toBe("OPENED");
  });

  it.each([
    ["Case.phase", "PHASE"],
    ["Case.escalationLevel", "ESCALATION"],
    ["Case.casusregisseurId", "DIRECTORS"],
    ["Case.procesregisseurId", "DIRECTORS"],
    ["Case.title", "DETAILS"],
    ["Case.municipality", "DETAILS"],
    ["Case.framework", "DETAILS"],
  ])("a case update of %s is %s", (field, change) => {
    expect(portfolioChange(caseChange("UPDATE", [field]), undefined)).toBe(change);
  });

  it("a case update of several fields is the first kind in the table (phase before details)", () => {
    expect(portfolioChange(caseChange("UPDATE", ["Case.title", "Case.phase"]), undefined)).toBe("PHASE");
    expect(portfolioChange(caseChange("UPDATE", ["Case.title", "Case.procesregisseurId"]), undefined)).toBe(
      "DIRECTORS",
    );
  });

  it("a case-level change outside the overview is none", () => {
    expect(portfolioChange(caseChange("DELETE", ["CaseTeamMember"]), undefined)).toBeNull();
    expect(portfolioChange(caseChange("UPDATE", ["Case.evaluationIntervalMonths"]), undefined)).toBeNull();
    expect(portfolioChange(caseChange("UPDATE", []), undefined)).toBeNull();
  });

  // Adding a team member, a person or a grant is a case-level CREATE too; only opening writes the title.
  it("a team member added (a case-level CREATE) is not OPENED", () => {
    expect(portfolioChange(caseChange("CREATE", ["CaseTeamMember"]), undefined)).toBeNull();
  });

  it("an action passing its due date is OVERDUE", () => {
    expect(portfolioChange(itemChange("ACTION", "UPDATE", ["Action.overdue"]), schoolAction)).toBe("OVERDUE");
    // Decided on the event's fields: also when the action is gone by the time it is dispatched.
    expect(portfolioChange(itemChange("ACTION", "UPDATE", ["Action.overdue"]), undefined)).toBe("OVERDUE");
    expect(portfolioChange(itemChange("ACTION", "UPDATE", ["Action.status"]), schoolAction)).toBeNull();
  });

  it("a new acute safety assessment is ACUTE_RISK", () => {
    expect(
      portfolioChange(itemChange("SAFETY_ASSESSMENT", "CREATE", ["SafetyAssessment.acute"]), acute),
    ).toBe("ACUTE_RISK");
  });

  it("a safety assessment that is not acute, not new, or gone is none", () => {
    const created = itemChange("SAFETY_ASSESSMENT", "CREATE", ["SafetyAssessment.acute"]);
    expect(portfolioChange(created, notAcute)).toBeNull();
    expect(portfolioChange(created, facts("SAFETY_ASSESSMENT"))).toBeNull();
    expect(portfolioChange(created, undefined)).toBeNull();
    expect(
      portfolioChange(itemChange("SAFETY_ASSESSMENT", "UPDATE", ["SafetyAssessment.acute"]), acute),
    ).toBeNull();
  });

  it("any other item change is none", () => {
    expect(portfolioChange(itemChange("NOTE", "CREATE", ["Note.body"]), facts("NOTE"))).toBeNull();
  });
});

describe("streamCarries", () => {
  describe("case", () => {
    const stream = { kind: "case", caseId: theCase.id } as const;

    it("carries every event of its case, and nothing of another", () => {
      expect(streamCarries(stream, sanne, caseChange("UPDATE", ["Case.phase"]), undefined, theCase)).toBe(
        true,
      );
      expect(
        streamCarries(stream, sanne, itemChange("NOTE", "CREATE", ["Note.body"]), facts("NOTE"), theCase),
      ).toBe(true);
      expect(streamCarries(stream, sanne, caseChange("UPDATE", ["CaseTeamMember"]), undefined, theCase)).toBe(
        true,
      );
      expect(
        streamCarries(stream, sanne, caseChange("UPDATE", ["Case.phase"], "case-2"), undefined, {
          ...theCase,
          id: "case-2",
        }),
      ).toBe(false);
    });
  });

  describe("actions", () => {
    const stream = { kind: "actions" } as const;
    const statusChange = itemChange("ACTION", "UPDATE", ["Action.status"]);

    it("carries the actions of the subscriber's organisation", () => {
      expect(streamCarries(stream, sanne, statusChange, schoolAction, theCase)).toBe(true);
      expect(streamCarries(stream, anna, statusChange, schoolAction, theCase)).toBe(false);
    });

    it("carries no other item, no case-level change and no action that is gone", () => {
      const owned = { actionOwnerOrganisationId: ORG_SCHOOL };
      expect(
        streamCarries(
          stream,
          sanne,
          itemChange("NOTE", "UPDATE", ["Note.body"]),
          facts("NOTE", owned),
          theCase,
        ),
      ).toBe(false);
      expect(streamCarries(stream, sanne, caseChange("UPDATE", ["Case.phase"]), undefined, theCase)).toBe(
        false,
      );
      expect(streamCarries(stream, sanne, statusChange, undefined, theCase)).toBe(false);
    });
  });

  describe("portfolio", () => {
    const stream = { kind: "portfolio" } as const;
    const phase = caseChange("UPDATE", ["Case.phase"]);

    it("carries the overview's changes and nothing else", () => {
      expect(streamCarries(stream, sanne, phase, undefined, theCase)).toBe(true);
      expect(streamCarries(stream, sanne, caseChange("CREATE", ["Case.title"]), undefined, theCase)).toBe(
        true,
      );
      expect(
        streamCarries(
          stream,
          sanne,
          itemChange("ACTION", "UPDATE", ["Action.overdue"]),
          schoolAction,
          theCase,
        ),
      ).toBe(true);
      const assessed = itemChange("SAFETY_ASSESSMENT", "CREATE", ["SafetyAssessment.acute"]);
      expect(streamCarries(stream, sanne, assessed, acute, theCase)).toBe(true);
      expect(streamCarries(stream, sanne, assessed, notAcute, theCase)).toBe(false);
      expect(streamCarries(stream, sanne, caseChange("DELETE", ["CaseTeamMember"]), undefined, theCase)).toBe(
        false,
      );
      expect(
        streamCarries(stream, sanne, itemChange("NOTE", "CREATE", ["Note.body"]), facts("NOTE"), theCase),
      ).toBe(false);
    });

    it("a procesregisseur follows only the cases they oversee", () => {
      expect(streamCarries(stream, wilma, phase, undefined, theCase)).toBe(true);
      // paul's organisation is on the team, but the case is wilma's.
      expect(streamCarries(stream, paul, phase, undefined, theCase)).toBe(false);
      expect(streamCarries(stream, paul, phase, undefined, { ...theCase, procesregisseurId: null })).toBe(
        false,
      );
      expect(streamCarries(stream, paul, phase, undefined, { ...theCase, procesregisseurId: "paul" })).toBe(
        true,
      );
    });

    it("others follow every case the policy lets them read (routing only)", () => {
      expect(streamCarries(stream, anna, phase, undefined, theCase)).toBe(true);
      expect(streamCarries(stream, anna, phase, undefined, { ...theCase, procesregisseurId: null })).toBe(
        true,
      );
    });
  });
});
