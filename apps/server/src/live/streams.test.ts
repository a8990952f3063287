import { describe, expect, it } from "vitest";
import type { CaseAccessFacts, DossierEventRow, EventItemFacts } from "@regiehub/db";
import type { Actor, ChangeKind, ProfessionalRole } from "@regiehub/domain";
import { streamCarries } from "./streams";

type Event = Pick<DossierEventRow, "caseId" | "itemId" | "itemKind" | "changeKind">;

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

function caseChange(changeKind: ChangeKind, caseId = theCase.id): Event {
  return { caseId, itemId: null, itemKind: null, changeKind };
}

function itemChange(
  kind: NonNullable<Event["itemKind"]>,
  changeKind: ChangeKind,
  caseId = theCase.id,
): Event {
  return { caseId, itemId: `${kind.toLowerCase()}-1`, itemKind: kind, changeKind };
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

const schoolAction = facts("ACTION", { actionOwnerOrganisationId: ORG_SCHOOL, domain: "EDUCATION" });

describe("streamCarries", () => {
  describe("case", () => {
    const stream = { kind: "case", caseId: theCase.id } as const;

    it("carries every event of its case, and nothing of another", () => {
      expect(streamCarries(stream, sanne, caseChange("PHASE_CHANGED"), undefined, theCase)).toBe(true);
      expect(streamCarries(stream, sanne, itemChange("NOTE", "ITEM_RECORDED"), facts("NOTE"), theCase)).toBe(
        true,
      );
      expect(streamCarries(stream, sanne, caseChange("TEAM_MEMBER_ADDED"), undefined, theCase)).toBe(true);
      expect(
        streamCarries(stream, sanne, caseChange("PHASE_CHANGED", "case-2"), undefined, {
          ...theCase,
          id: "case-2",
        }),
      ).toBe(false);
    });
  });

  describe("actions", () => {
    const stream = { kind: "actions" } as const;
    const statusChange = itemChange("ACTION", "ACTION_STATUS_CHANGED");

    it("carries the actions of the subscriber's organisation", () => {
      expect(streamCarries(stream, sanne, statusChange, schoolAction, theCase)).toBe(true);
      expect(streamCarries(stream, anna, statusChange, schoolAction, theCase)).toBe(false);
    });

    it("carries no other item, no case-level change and no action that is gone", () => {
      const owned = { actionOwnerOrganisationId: ORG_SCHOOL };
      expect(
        streamCarries(stream, sanne, itemChange("NOTE", "ITEM_CORRECTED"), facts("NOTE", owned), theCase),
      ).toBe(false);
      expect(streamCarries(stream, sanne, caseChange("PHASE_CHANGED"), undefined, theCase)).toBe(false);
      expect(streamCarries(stream, sanne, statusChange, undefined, theCase)).toBe(false);
    });
  });

  describe("portfolio", () => {
    const stream = { kind: "portfolio" } as const;
    const phase = caseChange("PHASE_CHANGED");

    it("carries the overview's changes and nothing else", () => {
      expect(streamCarries(stream, sanne, phase, undefined, theCase)).toBe(true);
      expect(streamCarries(stream, sanne, caseChange("CASE_OPENED"), undefined, theCase)).toBe(true);
      expect(
        streamCarries(stream, sanne, itemChange("ACTION", "ACTION_OVERDUE"), schoolAction, theCase),
      ).toBe(true);
      expect(
        streamCarries(
          stream,
          sanne,
          itemChange("SAFETY_ASSESSMENT", "ACUTE_UNSAFETY_RECORDED"),
          undefined,
          theCase,
        ),
      ).toBe(true);
      expect(
        streamCarries(stream, sanne, itemChange("SAFETY_ASSESSMENT", "ITEM_RECORDED"), undefined, theCase),
      ).toBe(false);
      expect(streamCarries(stream, sanne, caseChange("TEAM_MEMBER_REMOVED"), undefined, theCase)).toBe(false);
      expect(streamCarries(stream, sanne, itemChange("NOTE", "ITEM_RECORDED"), facts("NOTE"), theCase)).toBe(
        false,
      );
      expect(
        streamCarries(stream, sanne, itemChange("ACTION", "ACTION_STATUS_CHANGED"), schoolAction, theCase),
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
