import type { Actor, ProfessionalRole } from "@regiehub/domain";

// Every permission of Regiehub in one table (Outline's policies, Twenty's reviewed permission map).
// A rule lists who may perform an action: relations to the case, or roles. A change here changes the
// snapshot in rules.test.ts and is reviewed as a permission change.

/** What we know about a case when deciding: loaded once, with the case. */
export interface CaseResource {
  id: string;
  casusregisseurId: string | null;
  /** Organisation of the casusregisseur: the directing organisation. */
  casusregisseurOrganisationId: string | null;
  procesregisseurId: string | null;
  /** Organisation of the procesregisseur (the commissioning municipality, usually). */
  procesregisseurOrganisationId?: string | null;
  teamOrganisationIds: readonly string[];
}

/** Roles that work on case content. Admins and privacy officers do not, whatever their organisation. */
export const CASE_WORKER_ROLES: readonly ProfessionalRole[] = [
  "PROCESREGISSEUR",
  "CASUSREGISSEUR",
  "PROFESSIONAL",
];
export const worksOnCases = (a: Actor): boolean => CASE_WORKER_ROLES.includes(a.role);

export const RELATIONS = {
  /** The actor's organisation is on the case team (and the actor works on cases). */
  teamOrganisation: (a: Actor, c: CaseResource) =>
    worksOnCases(a) && c.teamOrganisationIds.includes(a.organisationId),
  /** The actor is the case's procesregisseur. */
  procesregisseur: (a: Actor, c: CaseResource) => worksOnCases(a) && c.procesregisseurId === a.professionalId,
  /** The actor is the case's casusregisseur. */
  casusregisseur: (a: Actor, c: CaseResource) => c.casusregisseurId === a.professionalId,
  /** A casusregisseur of the directing organisation (a colleague who stands in). */
  directingColleague: (a: Actor, c: CaseResource) =>
    a.role === "CASUSREGISSEUR" && c.casusregisseurOrganisationId === a.organisationId,
  /** A privacy officer of the directing organisation or of the procesregisseur's organisation. */
  privacyOfficer: (a: Actor, c: CaseResource) =>
    a.role === "PRIVACY_OFFICER" &&
    (a.organisationId === c.casusregisseurOrganisationId ||
      a.organisationId === c.procesregisseurOrganisationId),
} as const;
export type Relation = keyof typeof RELATIONS;

export type Who = { relation: Relation } | { role: ProfessionalRole } | { anyone: true };

export interface Rule {
  /** What the action is, in a sentence, for the permission snapshot. */
  description: string;
  /** Whether the action concerns one case (relations apply) or none (only roles / anyone). */
  target: "case" | "none";
  allow: readonly Who[];
}

const caseDirectors: Who[] = [
  { relation: "casusregisseur" },
  { relation: "directingColleague" },
  { relation: "procesregisseur" },
];

export const RULES = {
  "organisation.list": {
    description: "List the chain partners of the region",
    target: "none",
    allow: [{ anyone: true }],
  },
  "professional.list": {
    description: "List professionals (names, roles, organisations) to choose directors and team members",
    target: "none",
    allow: [{ anyone: true }],
  },
  "case.open": {
    description: "Open a new case",
    target: "none",
    allow: [{ role: "CASUSREGISSEUR" }, { role: "PROCESREGISSEUR" }],
  },
  "case.read": {
    description: "See a case: its summary, family members and team",
    target: "case",
    allow: [{ relation: "teamOrganisation" }, { relation: "procesregisseur" }],
  },
  "case.update": {
    description: "Edit a case's title, municipality, framework and directors",
    target: "case",
    allow: caseDirectors,
  },
  "case.movePhase": {
    description: "Move a case to another phase",
    target: "case",
    allow: caseDirectors,
  },
  "case.escalate": {
    description: "Set a case's escalation level (with a reason)",
    target: "case",
    allow: caseDirectors,
  },
  "person.create": {
    description: "Add a family member to a case",
    target: "case",
    allow: [{ relation: "casusregisseur" }, { relation: "directingColleague" }],
  },
  "person.update": {
    description: "Edit a family member of a case",
    target: "case",
    allow: [{ relation: "casusregisseur" }, { relation: "directingColleague" }],
  },
  "person.readBsn": {
    description: "Read the BSN of a case's family members",
    target: "case",
    allow: [{ relation: "casusregisseur" }, { relation: "directingColleague" }],
  },
  "team.manage": {
    description: "Add or remove organisations and professionals on a case team",
    target: "case",
    allow: caseDirectors,
  },
  "item.record": {
    description:
      "Record dossier items in a case: observations, notes, assessments, safety assessments, network members, problems, actions, results, referrals",
    target: "case",
    allow: [{ relation: "teamOrganisation" }, { relation: "procesregisseur" }],
  },
  "item.correct": {
    description: "Correct any item of a case (authors may always correct their own)",
    target: "case",
    allow: [{ relation: "casusregisseur" }, { relation: "directingColleague" }],
  },
  "item.addStatement": {
    description: "Record a family member's own statement about an item",
    target: "case",
    allow: [{ relation: "casusregisseur" }, { relation: "directingColleague" }],
  },
  "item.readHistory": {
    description: "Read earlier versions of corrected items",
    target: "case",
    allow: [
      { relation: "casusregisseur" },
      { relation: "directingColleague" },
      { relation: "privacyOfficer" },
    ],
  },
  "consent.manage": {
    description: "Grant and withdraw partners' access to a case",
    target: "case",
    allow: caseDirectors,
  },
  "log.read": {
    description: "Read the processing log of a case",
    target: "case",
    allow: [
      { relation: "casusregisseur" },
      { relation: "directingColleague" },
      { relation: "privacyOfficer" },
    ],
  },
  "person.export": {
    description: "Export everything held about a person (inzage)",
    target: "case",
    allow: [
      { relation: "casusregisseur" },
      { relation: "directingColleague" },
      { relation: "privacyOfficer" },
    ],
  },
  "breakGlass.open": {
    description: "Open items outside the grants in acute unsafety (break-glass, reviewed afterwards)",
    target: "case",
    allow: [{ relation: "teamOrganisation" }],
  },
  "plan.manage": {
    description:
      "Draft a new version of the family plan, edit a draft and its goals, record the family's agreement, reopen an agreed plan",
    target: "case",
    allow: caseDirectors,
  },
  "plan.approve": {
    description:
      "Approve (vaststellen) the family plan (a plan with youth care also needs an SKJ/BIG registration)",
    target: "case",
    allow: caseDirectors,
  },
  "action.manage": {
    description:
      "Change the status of any action of a case (the owner organisation may always change its own)",
    target: "case",
    allow: caseDirectors,
  },
  "evaluation.manage": {
    description: "Schedule and hold evaluations of the family plan and set their interval",
    target: "case",
    allow: caseDirectors,
  },
  "breakGlass.review": {
    description: "Review break-glass accesses",
    target: "none",
    allow: [{ role: "PRIVACY_OFFICER" }],
  },
} as const satisfies Record<string, Rule>;

export type Action = keyof typeof RULES;
export type CaseAction = { [K in Action]: (typeof RULES)[K]["target"] extends "case" ? K : never }[Action];
export type GlobalAction = Exclude<Action, CaseAction>;
