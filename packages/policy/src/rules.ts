import type { Actor, ApiScope, DossierItemKind, ProfessionalRole } from "@regiehub/domain";

// Every permission of Regiehub in one table (Outline's policies, Twenty's reviewed permission map).
// A rule lists who may perform an action: relations to the case, or roles. A change here changes the
// snapshot in rules.test.ts and is reviewed as a permission change.
//
// Partner systems (API clients) act through a service account of their organisation (role PROFESSIONAL), so
// the same rules decide for them as for a professional there; each rule also names the `scope` a system's
// token needs for it, or null where systems may never act (administration, supervision, break-glass, the
// directors' work). A system is never a casusregisseur or procesregisseur.

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
  /**
   * The region lets the procesregisseur edit and approve plans, goals and evaluations as well (a region
   * setting the server fills from its configuration; absent: no). By default that is the casusregisseur's.
   */
  procesregisseurEditsPlans?: boolean;
}

/** Roles that work on case content. Admins and privacy officers do not, whatever their organisation. */
export const CASE_WORKER_ROLES: readonly ProfessionalRole[] = [
  "PROCESREGISSEUR",
  "CASUSREGISSEUR",
  "PROFESSIONAL",
];
export const worksOnCases = (a: Actor): boolean => CASE_WORKER_ROLES.includes(a.role);
/** Whether a professional can be named to work on a case (carry an action, attend, carry it on): a person in a
 * case-working role, never a partner system's service account. */
export const isCaseWorker = (p: { role: ProfessionalRole; apiClientId: string | null }): boolean =>
  p.apiClientId === null && CASE_WORKER_ROLES.includes(p.role);

/**
 * Whether the actor's scopes allow what needs `scope`: always for people; for a partner system only when its
 * token carries the scope (null: never).
 */
export const scopeAllows = (a: Actor, scope: ApiScope | null): boolean =>
  !a.system || (scope !== null && a.system.scopes.includes(scope));

/**
 * The scope a partner system needs to read dossier items' content: not a rule of its own but the consent rule
 * (`itemAccess`, and its SQL), which it narrows as the rules' scopes narrow `can`.
 */
export const CONTENT_READ_SCOPE: ApiScope = "dossier:read";

export const RELATIONS = {
  /** The actor's organisation is on the case team (and the actor works on cases). */
  teamOrganisation: (a: Actor, c: CaseResource) =>
    worksOnCases(a) && c.teamOrganisationIds.includes(a.organisationId),
  /** The actor is the case's procesregisseur (never a partner system). */
  procesregisseur: (a: Actor, c: CaseResource) =>
    worksOnCases(a) && !a.system && c.procesregisseurId === a.professionalId,
  /**
   * The actor is the case's procesregisseur AND the region lets the procesregisseur edit plans
   * (`procesregisseurEditsPlans`); otherwise plan content is the casusregisseur's.
   */
  procesregisseurEditingPlans: (a: Actor, c: CaseResource) =>
    worksOnCases(a) &&
    !a.system &&
    c.procesregisseurId === a.professionalId &&
    c.procesregisseurEditsPlans === true,
  /** The actor is the case's casusregisseur (never a partner system). */
  casusregisseur: (a: Actor, c: CaseResource) => !a.system && c.casusregisseurId === a.professionalId,
  /**
   * A professional working on cases at the directing organisation (that of the casusregisseur), whatever
   * their role there: the organisation that sees the whole case (`seesWholeCase`).
   */
  directingOrganisation: (a: Actor, c: CaseResource) =>
    worksOnCases(a) &&
    c.casusregisseurOrganisationId !== null &&
    c.casusregisseurOrganisationId === a.organisationId,
  /** A casusregisseur of the directing organisation (a colleague who stands in; never a partner system). */
  directingColleague: (a: Actor, c: CaseResource) =>
    a.role === "CASUSREGISSEUR" && !a.system && c.casusregisseurOrganisationId === a.organisationId,
  /** A privacy officer of the directing organisation or of the procesregisseur's organisation. */
  privacyOfficer: (a: Actor, c: CaseResource) =>
    a.role === "PRIVACY_OFFICER" &&
    (a.organisationId === c.casusregisseurOrganisationId ||
      a.organisationId === c.procesregisseurOrganisationId),
} as const;
export type Relation = keyof typeof RELATIONS;

/** What we know about one dossier item when deciding an item-level rule. */
export interface ItemResource {
  kind: DossierItemKind;
  authorProfessionalId: string;
  /** The organisation that carries out an action; absent for other kinds. */
  ownerOrganisationId?: string | null;
}

/** Relations of the actor to one item of a case (for rules with target "item"). */
export const ITEM_RELATIONS = {
  /** The actor recorded the item. */
  author: (a: Actor, _c: CaseResource, item: ItemResource) => item.authorProfessionalId === a.professionalId,
  /** The actor's organisation carries out the action (and is on the team; the actor works on cases). */
  actionOwner: (a: Actor, c: CaseResource, item: ItemResource) =>
    RELATIONS.teamOrganisation(a, c) && item.ownerOrganisationId === a.organisationId,
} as const;
export type ItemRelation = keyof typeof ITEM_RELATIONS;

/** What we know about one entry of a case team when deciding a team-member rule. */
export interface TeamMemberResource {
  /** The organisation on the team. */
  organisationId: string;
}

/** Relations of the actor to one entry of the case team (for rules with target "teamMember"). */
export const TEAM_MEMBER_RELATIONS = {
  /** The entry is of the actor's own organisation (which is on the team; the actor works on cases). */
  ownOrganisation: (a: Actor, c: CaseResource, member: TeamMemberResource) =>
    RELATIONS.teamOrganisation(a, c) && member.organisationId === a.organisationId,
} as const;
export type TeamMemberRelation = keyof typeof TEAM_MEMBER_RELATIONS;

/** What we know about one meeting of a case when deciding a meeting rule. */
export interface MeetingResource {
  chairProfessionalId: string;
  /** The professionals invited to take part (the chair need not be among them). */
  participantProfessionalIds: readonly string[];
}

/** Relations of the actor to one meeting of a case (for rules with target "meeting"). */
export const MEETING_RELATIONS = {
  /** The actor chairs the meeting (a person, never a partner system). */
  chair: (a: Actor, _c: CaseResource, m: MeetingResource) =>
    worksOnCases(a) && !a.system && m.chairProfessionalId === a.professionalId,
  /** The actor takes part in the meeting, and their organisation is on the case team. */
  participant: (a: Actor, c: CaseResource, m: MeetingResource) =>
    !a.system && RELATIONS.teamOrganisation(a, c) && m.participantProfessionalIds.includes(a.professionalId),
} as const;
export type MeetingRelation = keyof typeof MEETING_RELATIONS;

/** What we know about one case on a table's agenda when deciding an agenda rule. */
export interface AgendaEntryResource {
  /** The chair of the session's table. */
  tableChairProfessionalId: string | null;
  /** The members of the session's table. */
  tableMemberProfessionalIds: readonly string[];
  /** Whether the entry is open now: on the agenda and not yet decided (`sessionAccessOpen` in the domain). */
  open: boolean;
}

/** Relations of the actor to one case on a table's agenda (for rules with target "agendaEntry"). */
export const AGENDA_RELATIONS = {
  /**
   * A member (or the chair) of the table while the case is on its agenda and not yet decided — whether or not
   * their organisation is on the case team: the time-limited, purpose-bound access of a table session.
   */
  tableMemberWhileOpen: (a: Actor, _c: CaseResource, e: AgendaEntryResource) =>
    worksOnCases(a) &&
    !a.system &&
    e.open &&
    (e.tableMemberProfessionalIds.includes(a.professionalId) ||
      e.tableChairProfessionalId === a.professionalId),
  /** The chair of the table, while the case is open on its agenda. */
  tableChairWhileOpen: (a: Actor, _c: CaseResource, e: AgendaEntryResource) =>
    !a.system && e.open && e.tableChairProfessionalId === a.professionalId,
} as const;
export type AgendaRelation = keyof typeof AGENDA_RELATIONS;

export type Who =
  | { relation: Relation }
  | { meeting: MeetingRelation }
  | { agenda: AgendaRelation }
  | { item: ItemRelation }
  | { member: TeamMemberRelation }
  | { role: ProfessionalRole }
  | { anyone: true };

export interface Rule {
  /** What the action is, in a sentence, for the permission snapshot. */
  description: string;
  /**
   * What the action concerns: one item of a case (item and case relations apply), one entry of a case team
   * (team-member and case relations apply), one case (case relations apply) or none (only roles / anyone).
   */
  target: "item" | "teamMember" | "meeting" | "agendaEntry" | "case" | "none";
  /** For target "item": the only item kinds the action applies to. */
  kinds?: readonly DossierItemKind[];
  allow: readonly Who[];
  /**
   * The scope a partner system's token needs for the action (API_SCOPES in packages/domain), or null: systems
   * may not perform it at all. A scope only narrows: the rule's `allow` decides for a system as for anyone.
   */
  scope: ApiScope | null;
}

/** Who directs a case; also who may `action.manage` (and so change the status of any action). */
const caseDirectors: Who[] = [
  { relation: "casusregisseur" },
  { relation: "directingColleague" },
  { relation: "procesregisseur" },
];

/**
 * Who edits and approves the family plan — its versions, goals, actions, results and evaluations: the
 * casusregisseur and a casusregisseur colleague who stands in. The procesregisseur directs the process, not
 * the plan ("niet op de stoel van de casusregisseur"): only where the region says so
 * (`procesregisseurEditingPlans`). The doorbraak stays the procesregisseur's own (`case.doorbraak`).
 */
const planEditors: Who[] = [
  { relation: "casusregisseur" },
  { relation: "directingColleague" },
  { relation: "procesregisseurEditingPlans" },
];

export const RULES = {
  "viewer.read": {
    description: "See oneself: one's profile and what one may do outside any one case",
    target: "none",
    allow: [{ anyone: true }],
    scope: "cases:read",
  },
  "notification.read": {
    description: "Read one's own notifications and mark them read (only of cases one may see)",
    target: "none",
    allow: [{ anyone: true }],
    scope: null,
  },
  "case.list": {
    description: "List the cases one may see (each one as case.read allows)",
    target: "none",
    allow: [{ anyone: true }],
    scope: "cases:read",
  },
  "portfolio.read": {
    description:
      "See one's portfolio: the cases one directs as procesregisseur or runs as casusregisseur (each as case.read allows), with process signals only — counts, dates, phases, levels, amounts, never dossier content",
    target: "none",
    allow: [{ role: "PROCESREGISSEUR" }, { role: "CASUSREGISSEUR" }],
    scope: null,
  },
  "live.follow": {
    description:
      "Follow live events: the newest event position, the case-level events of the cases one may see, the actions one's organisation carries out (each event as case.read and consent allow)",
    target: "none",
    allow: [{ anyone: true }],
    scope: "events:subscribe",
  },
  "organisation.list": {
    description: "List the chain partners of the region",
    target: "none",
    allow: [{ anyone: true }],
    scope: "cases:read",
  },
  "escalationTable.list": {
    description: "List the tables of the region's escalation ladder (name, level, organisation, chair)",
    target: "none",
    allow: [{ anyone: true }],
    scope: "cases:read",
  },
  "professional.list": {
    description: "List professionals (names, roles, organisations) to choose directors and team members",
    target: "none",
    allow: [{ anyone: true }],
    scope: null,
  },
  "case.open": {
    description: "Open a new case",
    target: "none",
    allow: [{ role: "CASUSREGISSEUR" }, { role: "PROCESREGISSEUR" }],
    scope: null,
  },
  "case.read": {
    description: "See a case: its summary, family members and who is on its team (why: team.readRole)",
    target: "case",
    allow: [{ relation: "teamOrganisation" }, { relation: "procesregisseur" }],
    scope: "cases:read",
  },
  "case.update": {
    description:
      "Edit a case's title, municipality and directors (the framework changes only by a table's decision)",
    target: "case",
    allow: caseDirectors,
    scope: null,
  },
  "case.movePhase": {
    description: "Move a case to another phase",
    target: "case",
    allow: caseDirectors,
    scope: null,
  },
  "case.escalate": {
    description:
      "Move a case up or down the region's escalation ladder (to a table, with a reason) and record the table's decision",
    target: "case",
    allow: caseDirectors,
    scope: null,
  },
  "case.decideFramework": {
    description:
      "Record a table's decision on a case's framework (voluntary, drang, compulsory); into the compulsory framework a casusregisseur of a certified institution takes over",
    target: "case",
    allow: caseDirectors,
    scope: null,
  },
  "case.doorbraak": {
    description:
      "Record a doorbraak on a case (doorzettingsmacht): an action in the current plan, carried by a team organisation, by a date, on a stated authority — the procesregisseur of the case only",
    target: "case",
    allow: [{ relation: "procesregisseur" }],
    scope: null,
  },
  "case.readFollowUp": {
    description:
      "See a case's regie op regie — regiegesprekken, the case budget and what is committed and spent against it, monitoring and its follow-ups — process information as in the portfolio: the case's procesregisseur, its casusregisseur and a casusregisseur colleague who stands in",
    target: "case",
    allow: caseDirectors,
    scope: null,
  },
  "case.checkIn": {
    description:
      "Record a regiegesprek (check-in of procesregisseur and casusregisseur) on a case and set the weeks between them",
    target: "case",
    allow: caseDirectors,
    scope: null,
  },
  "case.budget": {
    description:
      "Set or clear a case's budget (the municipality's amount that referrals count against) — the procesregisseur of the case only",
    target: "case",
    allow: [{ relation: "procesregisseur" }],
    scope: null,
  },
  "case.monitor": {
    description:
      "Start monitoring a case with a follow-up date, and record the outcome of a follow-up (continue, close or reopen)",
    target: "case",
    allow: caseDirectors,
    scope: null,
  },
  "person.create": {
    description: "Add a family member to a case",
    target: "case",
    allow: [{ relation: "casusregisseur" }, { relation: "directingColleague" }],
    scope: null,
  },
  "person.update": {
    description: "Edit a family member of a case",
    target: "case",
    allow: [{ relation: "casusregisseur" }, { relation: "directingColleague" }],
    scope: null,
  },
  "person.readBsn": {
    description: "Read the BSN of a case's family members",
    target: "case",
    allow: [{ relation: "casusregisseur" }, { relation: "directingColleague" }],
    scope: null,
  },
  "team.manage": {
    description: "Add or remove organisations and professionals on a case team",
    target: "case",
    allow: caseDirectors,
    scope: null,
  },
  "team.readRole": {
    description:
      "Read why a team member is involved (its free-text role, which can reveal the family's care); who is involved and how to reach them is part of case.read",
    target: "teamMember",
    allow: [
      { member: "ownOrganisation" },
      { relation: "directingOrganisation" },
      { relation: "procesregisseur" },
    ],
    scope: "cases:read",
  },
  "item.record": {
    description:
      "Record dossier items in a case: observations, notes, assessments, safety assessments, network members, problems, referrals (actions and results towards the plan's goals: plan.work)",
    target: "case",
    allow: [{ relation: "teamOrganisation" }, { relation: "procesregisseur" }],
    scope: "dossier:write",
  },
  "item.correct": {
    description: "Correct an observation or note (rectification: the previous version is kept)",
    target: "item",
    kinds: ["OBSERVATION", "NOTE"],
    allow: [{ item: "author" }, { relation: "casusregisseur" }, { relation: "directingColleague" }],
    scope: "dossier:write",
  },
  "item.addStatement": {
    description: "Record a family member's own statement about an item",
    target: "case",
    allow: [{ relation: "casusregisseur" }, { relation: "directingColleague" }],
    scope: null,
  },
  "item.readHistory": {
    description: "Read earlier versions of corrected items",
    target: "case",
    allow: [
      { relation: "casusregisseur" },
      { relation: "directingColleague" },
      { relation: "privacyOfficer" },
    ],
    scope: null,
  },
  "consent.manage": {
    description: "Grant and withdraw partners' access to a case",
    target: "case",
    allow: caseDirectors,
    scope: null,
  },
  "log.read": {
    description: "Read the processing log of a case",
    target: "case",
    allow: [
      { relation: "casusregisseur" },
      { relation: "directingColleague" },
      { relation: "privacyOfficer" },
    ],
    scope: null,
  },
  "person.export": {
    description: "Export everything held about a person (inzage)",
    target: "case",
    allow: [
      { relation: "casusregisseur" },
      { relation: "directingColleague" },
      { relation: "privacyOfficer" },
    ],
    scope: null,
  },
  "breakGlass.open": {
    description: "Open items outside the grants in acute unsafety (break-glass, reviewed afterwards)",
    target: "case",
    allow: [{ relation: "teamOrganisation" }],
    scope: null,
  },
  "plan.manage": {
    description:
      "Draft a new version of the family plan, edit a draft and its goals, record the family's agreement, reopen an agreed plan — the casusregisseur's; the procesregisseur only where the region lets him edit plans",
    target: "case",
    allow: planEditors,
    scope: null,
  },
  "plan.approve": {
    description:
      "Approve (vaststellen) the family plan (a plan with youth care also needs an SKJ/BIG registration) — the casusregisseur's; the procesregisseur only where the region lets him edit plans",
    target: "case",
    allow: planEditors,
    scope: null,
  },
  "plan.work": {
    description:
      "Add actions to the goals of the family plan and record results against them: the team's work (the procesregisseur adds an action by a doorbraak, or where the region lets him edit plans)",
    target: "case",
    allow: [{ relation: "teamOrganisation" }, { relation: "procesregisseurEditingPlans" }],
    scope: "plan:write",
  },
  "action.manage": {
    description:
      "Change the status of any action of a case (the owner organisation may always change its own). Following up the work, not editing the plan: an action's title, owner and date stay as the plan has them, and a status change (with its reason where the domain asks one) is what the procesregisseur acts on when work stalls — so he keeps it with the case's directors",
    target: "case",
    allow: caseDirectors,
    scope: null,
  },
  "action.changeStatus": {
    description: "Change the status of an action (its owner organisation, and whoever may action.manage)",
    target: "item",
    kinds: ["ACTION"],
    allow: [{ item: "actionOwner" }, ...caseDirectors],
    scope: "plan:write",
  },
  "action.listOwn": {
    description:
      "List the actions one's organisation carries (or one carries oneself) across all cases (Mijn acties): only on cases one may see (case.read) and only actions whose content the consent rule lets one's organisation see (itemAccess)",
    target: "none",
    allow: [{ role: "PROCESREGISSEUR" }, { role: "CASUSREGISSEUR" }, { role: "PROFESSIONAL" }],
    scope: "dossier:read",
  },
  "evaluation.manage": {
    description:
      "Schedule and hold evaluations of the family plan and set their interval — the casusregisseur's; the procesregisseur only where the region lets him edit plans",
    target: "case",
    allow: planEditors,
    scope: null,
  },
  "scenario.manage": {
    description:
      "See and set a case's scenarios (two uncertain factors, four scenarios with their responses and signals) and mark a signal observed — the case directors' tool",
    target: "case",
    allow: caseDirectors,
    scope: null,
  },
  "tableSession.plan": {
    description: "Plan a session of a table of the region's escalation ladder on a day",
    target: "none",
    allow: [{ role: "PROCESREGISSEUR" }],
    scope: null,
  },
  "tableSession.listOwn": {
    description:
      "List the sessions of the tables one sits on (my sessions), with the cases on their agendas: each case's preparation summary as agenda.readPreparation allows, its outcome once decided; and the outcome notices of those tables for cases one cannot open",
    target: "none",
    allow: [{ role: "PROCESREGISSEUR" }, { role: "CASUSREGISSEUR" }, { role: "PROFESSIONAL" }],
    scope: null,
  },
  "agenda.place": {
    description:
      "Put a case on a table session's agenda with its question and the preparation summary the table may read — never on two open agendas at once",
    target: "case",
    allow: caseDirectors,
    scope: null,
  },
  "agenda.readPreparation": {
    description:
      "Read the preparation summary of a case on a table's agenda: the table's members and chair only from the moment it is on the agenda until the table decides (purpose-bound, time-limited, every read logged), and the case's directors",
    target: "agendaEntry",
    allow: [{ agenda: "tableMemberWhileOpen" }, ...caseDirectors],
    scope: null,
  },
  "agenda.decide": {
    description:
      "Run the table's discussion of a case on its agenda — move it through the phases (question, image forming, judgement, decision) — and record the outcome (voluntary suffices, drang, a Raad investigation, back to the team; at a table that decides frameworks, through the framework state machine): the table's chair; the members hear the outcome, never the dossier content",
    target: "agendaEntry",
    allow: [{ agenda: "tableChairWhileOpen" }],
    scope: null,
  },
  "meeting.plan": {
    description:
      "Plan a meeting (overleg) on a case: its question, date, chair (a case director) and participants (team professionals, family members present, children from 12)",
    target: "case",
    allow: caseDirectors,
    scope: null,
  },
  "meeting.chair": {
    description:
      "Chair a meeting: move it through question, image forming, judgement and decision, and record its decision with the actions it puts in the plan",
    target: "meeting",
    allow: [{ meeting: "chair" }],
    scope: null,
  },
  "meeting.contribute": {
    description:
      "Contribute to a meeting one takes part in (information, a judgement, a proposal): each contribution is a dossier item that follows consent like any other",
    target: "meeting",
    allow: [{ meeting: "chair" }, { meeting: "participant" }],
    scope: null,
  },
  "breakGlass.review": {
    description: "Review break-glass accesses",
    target: "none",
    allow: [{ role: "PRIVACY_OFFICER" }],
    scope: null,
  },
  "reference.manage": {
    description:
      "Attach and detach the own organisation's references (its client or student number) to the family members of a case, and see them — only that organisation ever sees them (a partner system also needs case.read's scope to reach the case)",
    target: "case",
    allow: [{ relation: "teamOrganisation" }],
    scope: "references:manage",
  },
  "reference.find": {
    description:
      "Find cases by the own organisation's references (each one as reference.manage and case.read allow)",
    target: "none",
    allow: [{ role: "PROCESREGISSEUR" }, { role: "CASUSREGISSEUR" }, { role: "PROFESSIONAL" }],
    scope: "references:manage",
  },
  "apiClient.manage": {
    description:
      "Register, list, rotate the secret of and revoke the partner systems (API clients) of one's own organisation, and register and remove the operations they may run (trusted documents)",
    target: "none",
    allow: [{ role: "ADMIN" }],
    scope: null,
  },
} as const satisfies Record<string, Rule>;

export type Action = keyof typeof RULES;
type ActionOf<T extends Rule["target"]> = {
  [K in Action]: (typeof RULES)[K]["target"] extends T ? K : never;
}[Action];
export type CaseAction = ActionOf<"case">;
/** Actions on one item of a case: decided over the case and the item. */
export type ItemRuleAction = ActionOf<"item">;
/** Actions on one entry of a case team: decided over the case and the entry. */
export type TeamMemberRuleAction = ActionOf<"teamMember">;
/** Actions on one meeting of a case: decided over the case and the meeting. */
export type MeetingRuleAction = ActionOf<"meeting">;
/** Actions on one case on a table's agenda: decided over the case and the entry. */
export type AgendaRuleAction = ActionOf<"agendaEntry">;
export type GlobalAction = ActionOf<"none">;
