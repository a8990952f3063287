import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigint,
  check,
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  primaryKey,
  pgEnum,
  pgSequence,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import {
  API_CLIENT_AUTH_METHODS,
  BREAK_GLASS_VERDICTS,
  CASE_FRAMEWORKS,
  CASE_PHASES,
  DATA_CLASSES,
  DOMAINS,
  DOSSIER_ITEM_KINDS,
  LEGAL_BASES,
  LOG_OPERATIONS,
  OBSERVATION_KINDS,
  SOURCE_KINDS,
  type ChangeKind,
  HOUSEHOLD_ROLES,
  ORGANISATION_KINDS,
  PROFESSIONAL_ROLES,
  REGISTRATION_KINDS,
  ACTION_STATUSES,
  GOAL_PRIORITIES,
  RELATIONSHIP_QUALITIES,
  NOTIFICATION_KINDS,
  PLAN_STATUSES,
  REFERRAL_KINDS,
  RESULT_STATUSES,
  RISK_LEVELS,
  type StatementKind,
  MEETING_PHASES,
  CONTRIBUTION_KINDS,
  AGENDA_OUTCOMES,
} from "@regiehub/domain";

// Tables of the core dossier (docs/domain.md). Column names are snake_case in SQL (drizzle `casing`).

export const organisationKind = pgEnum("organisation_kind", ORGANISATION_KINDS);
export const professionalRole = pgEnum("professional_role", PROFESSIONAL_ROLES);
export const registrationKind = pgEnum("registration_kind", REGISTRATION_KINDS);
export const casePhase = pgEnum("case_phase", CASE_PHASES);
export const caseFramework = pgEnum("case_framework", CASE_FRAMEWORKS);
export const householdRole = pgEnum("household_role", HOUSEHOLD_ROLES);
export const lifeDomain = pgEnum("life_domain", DOMAINS);
export const dataClass = pgEnum("data_class", DATA_CLASSES);
export const legalBasis = pgEnum("legal_basis", LEGAL_BASES);
export const dossierItemKind = pgEnum("dossier_item_kind", DOSSIER_ITEM_KINDS);
export const observationKind = pgEnum("observation_kind", OBSERVATION_KINDS);
export const sourceKind = pgEnum("source_kind", SOURCE_KINDS);
export const logOperation = pgEnum("log_operation", LOG_OPERATIONS);
export const breakGlassVerdict = pgEnum("break_glass_verdict", BREAK_GLASS_VERDICTS);
export const riskLevel = pgEnum("risk_level", RISK_LEVELS);
export const planStatus = pgEnum("plan_status", PLAN_STATUSES);
export const goalPriority = pgEnum("goal_priority", GOAL_PRIORITIES);
export const relationshipQuality = pgEnum("relationship_quality", RELATIONSHIP_QUALITIES);
export const actionStatus = pgEnum("action_status", ACTION_STATUSES);
export const resultStatus = pgEnum("result_status", RESULT_STATUSES);
export const referralKind = pgEnum("referral_kind", REFERRAL_KINDS);
export const notificationKind = pgEnum("notification_kind", NOTIFICATION_KINDS);
export const meetingPhase = pgEnum("meeting_phase", MEETING_PHASES);
export const contributionKind = pgEnum("contribution_kind", CONTRIBUTION_KINDS);
export const agendaOutcome = pgEnum("agenda_outcome", AGENDA_OUTCOMES);

const timestamps = {
  createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow(),
};

export const organisations = pgTable("organisations", {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull().unique(),
  kind: organisationKind().notNull(),
  municipality: text().notNull(),
  createdAt: timestamps.createdAt,
});

export const professionals = pgTable(
  "professionals",
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id),
    name: text().notNull(),
    email: text().notNull().unique(),
    role: professionalRole().notNull(),
    registrationKind: registrationKind(),
    registrationNumber: text(),
    /** `sub` claim of the external OIDC issuer (production sign-in). */
    oidcSubject: text().unique(),
    /**
     * Set on the service account of a partner system (API client): the professional that acts for the system,
     * so that authors, events and the log name it like anyone. Never offered where people are chosen.
     */
    apiClientId: uuid()
      .unique()
      .references((): AnyPgColumn => apiClients.id),
    createdAt: timestamps.createdAt,
  },
  (t) => [index().on(t.organisationId)],
);

export const caseReferenceSeq = pgSequence("case_reference_seq", { startWith: 1 });

export const cases = pgTable(
  "cases",
  {
    id: uuid().primaryKey().defaultRandom(),
    reference: text().notNull().unique(),
    title: text().notNull(),
    municipality: text().notNull(),
    phase: casePhase().notNull().default("SIGNAL"),
    framework: caseFramework().notNull().default("VOLUNTARY"),
    escalationLevel: integer().notNull().default(0),
    casusregisseurId: uuid().references(() => professionals.id),
    procesregisseurId: uuid().references(() => professionals.id),
    openedOn: date({ mode: "string" }).notNull(),
    closedOn: date({ mode: "string" }),
    /** Set when the case closes (retention, e.g. 20 years for youth care); purged after this date. */
    retainUntil: date({ mode: "string" }),
    /** Months between evaluations of the approved plan (default 3, docs/domain.md). */
    evaluationIntervalMonths: integer().notNull().default(3),
    /** The table of the escalation ladder the case is at (null at level 0, or a level from before the ladder). */
    escalationTableId: uuid().references((): AnyPgColumn => escalationTables.id),
    /** The case budget in euro cents, set by the procesregisseur (the municipality); null when none is set. */
    budgetCents: bigint({ mode: "number" }),
    /** Weeks between regiegesprekken of procesregisseur and casusregisseur (default 6). */
    checkInIntervalWeeks: integer().notNull().default(6),
    /** In monitoring: the day to look at the case again (vinger aan de pols); null otherwise. */
    monitoringFollowUpOn: date({ mode: "string" }),
    version: integer().notNull().default(1),
    ...timestamps,
  },
  (t) => [index().on(t.openedOn, t.id), index().on(t.procesregisseurId), index().on(t.casusregisseurId)],
);

export const casePhaseTransitions = pgTable(
  "case_phase_transitions",
  {
    id: uuid().primaryKey().defaultRandom(),
    caseId: uuid()
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    fromPhase: casePhase().notNull(),
    toPhase: casePhase().notNull(),
    reason: text(),
    byProfessionalId: uuid()
      .notNull()
      .references(() => professionals.id),
    at: timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [index().on(t.caseId, t.at)],
);

export const persons = pgTable(
  "persons",
  {
    id: uuid().primaryKey().defaultRandom(),
    caseId: uuid()
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    givenName: text().notNull(),
    familyName: text().notNull(),
    birthDate: date({ mode: "string" }),
    householdRole: householdRole().notNull(),
    /** Burgerservicenummer: sensitive (DataClass IDENTIFIER); only where needed. */
    bsn: text(),
    version: integer().notNull().default(1),
    ...timestamps,
  },
  (t) => [index().on(t.caseId)],
);

export const caseTeamMembers = pgTable(
  "case_team_members",
  {
    id: uuid().primaryKey().defaultRandom(),
    caseId: uuid()
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id),
    professionalId: uuid().references(() => professionals.id),
    responsibility: text(),
    domains: lifeDomain()
      .array()
      .notNull()
      .default(sql`'{}'::life_domain[]`),
    addedByProfessionalId: uuid().references(() => professionals.id),
    addedAt: timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [
    unique().on(t.caseId, t.organisationId, t.professionalId).nullsNotDistinct(),
    index().on(t.organisationId, t.caseId),
  ],
);

const uuidArray = () =>
  uuid()
    .array()
    .notNull()
    .default(sql`'{}'::uuid[]`);
const at = () => timestamp({ withTimezone: true, mode: "date" });

// Dossier items (docs/domain.md): the common part every item type shares, and one table per type.
export const dossierItems = pgTable(
  "dossier_items",
  {
    id: uuid().primaryKey().defaultRandom(),
    caseId: uuid()
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    kind: dossierItemKind().notNull(),
    domain: lifeDomain().notNull(),
    dataClass: dataClass().notNull(),
    /** The persons the item is about. A grant must cover every one of them. */
    subjectPersonIds: uuidArray(),
    authorProfessionalId: uuid()
      .notNull()
      .references(() => professionals.id),
    authorOrganisationId: uuid()
      .notNull()
      .references(() => organisations.id),
    sourceKind: sourceKind().notNull(),
    /** Who or what the information came from; a REPORTER (melder) is never disclosed to the family. */
    sourceDescription: text(),
    /** The legal basis on which the information was obtained. */
    legalBasis: legalBasis().notNull(),
    /**
     * Structure of the family plan, not content: a goal's plan, an action's or result's goal, an evaluation's
     * plan, a referral's goal. Visible with the item's metadata.
     */
    parentItemId: uuid().references((): AnyPgColumn => dossierItems.id),
    version: integer().notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index().on(t.caseId, t.createdAt),
    index().on(t.authorOrganisationId),
    index().on(t.parentItemId),
    index().on(t.caseId, t.kind),
  ],
);

export const observations = pgTable("observations", {
  itemId: uuid()
    .primaryKey()
    .references(() => dossierItems.id, { onDelete: "cascade" }),
  observationKind: observationKind().notNull(),
  statement: text().notNull(),
});

export const notes = pgTable("notes", {
  itemId: uuid()
    .primaryKey()
    .references(() => dossierItems.id, { onDelete: "cascade" }),
  title: text().notNull(),
  body: text().notNull(),
  /** The date of the conversation (gesprek) the note reports on. */
  occurredOn: date({ mode: "string" }).notNull(),
});

const itemKey = () =>
  uuid()
    .primaryKey()
    .references(() => dossierItems.id, { onDelete: "cascade" });
const day = () => date({ mode: "string" });

// The family plan's item types (issue 4, docs/domain.md). Each is a dossier item: consent applies to it
// through its row in dossier_items; these tables hold only its content.

/** Self-reliance (ZRM 1–5) of one person on the item's domain. */
export const assessments = pgTable(
  "assessments",
  {
    itemId: itemKey(),
    personId: uuid()
      .notNull()
      .references(() => persons.id, { onDelete: "cascade" }),
    score: integer().notNull(),
    assessedOn: day().notNull(),
    explanation: text(),
  },
  (t) => [index().on(t.personId), check("assessment_score_zrm", sql`${t.score} between 1 and 5`)],
);

export interface DangerStatementRow {
  danger: string;
  safetyGoal: string;
}

/** Safety (0–10), kept apart from self-reliance. */
export const safetyAssessments = pgTable(
  "safety_assessments",
  {
    itemId: itemKey(),
    score: integer().notNull(),
    riskLevel: riskLevel().notNull(),
    acute: boolean().notNull(),
    dangerStatements: jsonb().$type<DangerStatementRow[]>().notNull(),
    /** The instrument used (e.g. ARIJ, LIRIK): evidence, not the outcome. */
    instrument: text(),
    assessedOn: day().notNull(),
    conclusion: text(),
  },
  (t) => [check("safety_score_range", sql`${t.score} between 0 and 10`)],
);

/** A member of the family's social network and the support they can give. */
export const networkMembers = pgTable("network_members", {
  itemId: itemKey(),
  name: text().notNull(),
  relation: text().notNull(),
  support: text().notNull(),
  contact: text(),
  /** Supportive, stressful or broken; null when unknown (drawn as a plain line). */
  relationshipQuality: relationshipQuality(),
});

export interface ProblemCauseRow {
  description: string;
  chronic: boolean;
}
export interface ProblemStatementRow {
  statement: string;
  kind: StatementKind;
  source: string;
}

/** Problem analysis: a problem with its underlying causes, patterns and statements (fact or opinion). */
export const problems = pgTable("problems", {
  itemId: itemKey(),
  title: text().notNull(),
  description: text().notNull(),
  causes: jsonb().$type<ProblemCauseRow[]>().notNull(),
  patterns: text().array().notNull(),
  statements: jsonb().$type<ProblemStatementRow[]>().notNull(),
});

/** A version of the family plan (gezinsplan). */
export const plans = pgTable(
  "plans",
  {
    itemId: itemKey(),
    caseId: uuid()
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    number: integer().notNull(),
    status: planStatus().notNull().default("DRAFT"),
    perspective: text().notNull(),
    agreedByPersonIds: uuidArray(),
    agreedOn: day(),
    agreementRecordedByProfessionalId: uuid().references(() => professionals.id),
    approvedOn: day(),
    approvedByProfessionalId: uuid().references(() => professionals.id),
    supersededOn: day(),
    reopenReason: text(),
    /** Why this version was started (e.g. a scenario's signal was observed, a meeting decided it). */
    draftReason: text(),
  },
  (t) => [unique().on(t.caseId, t.number), index().on(t.caseId, t.status)],
);

/** A goal of a plan version; `lineageId` is shared by the same goal across versions. */
export const goals = pgTable(
  "goals",
  {
    itemId: itemKey(),
    lineageId: uuid().notNull(),
    familyWording: text().notNull(),
    professionalWording: text().notNull(),
    priority: goalPriority().notNull(),
    targetDate: day(),
  },
  (t) => [index().on(t.lineageId)],
);

/** An action (actiemanagement); overdue is derived, never stored. */
export const actions = pgTable(
  "actions",
  {
    itemId: itemKey(),
    title: text().notNull(),
    description: text(),
    ownerOrganisationId: uuid()
      .notNull()
      .references(() => organisations.id),
    ownerProfessionalId: uuid().references(() => professionals.id),
    dueOn: day(),
    status: actionStatus().notNull(),
    statusReason: text(),
    statusChangedAt: at().notNull().defaultNow(),
    /** The due date for which "overdue" was signalled as a dossier event (once per due date). */
    overdueSignalledFor: day(),
    /**
     * A doorbraak: the procesregisseur decided this action on a stalled case (doorzettingsmacht). The
     * authority it rests on (e.g. the municipality's mandate); null for an ordinary action.
     */
    doorbraakAuthority: text(),
    /** Who was heard before the doorbraak decision. */
    doorbraakHeard: text().array(),
    /** The day of the doorbraak decision. */
    doorbraakDecidedOn: day(),
  },
  (t) => [index().on(t.ownerOrganisationId, t.status), index().on(t.ownerProfessionalId)],
);

/** A measurement against a goal (resultaatmanagement). */
export const results = pgTable(
  "results",
  {
    itemId: itemKey(),
    measuredOn: day().notNull(),
    /** How far the goal is reached on a 0–10 scale (optional). */
    score: integer(),
    status: resultStatus().notNull(),
    evidence: text().notNull(),
  },
  (t) => [check("result_score_range", sql`${t.score} is null or ${t.score} between 0 and 10`)],
);

/** A scheduled evaluation of the plan; held when `heldOn` is set. */
export const evaluations = pgTable("evaluations", {
  itemId: itemKey(),
  scheduledOn: day().notNull(),
  heldOn: day(),
  participants: text().array().notNull(),
  conclusions: text(),
  /** The plan version the evaluation led to, if any. */
  ledToPlanItemId: uuid().references((): AnyPgColumn => dossierItems.id),
});

/** Verwijzing or beschikking: care deployed, feeding the case budget. */
export const referrals = pgTable(
  "referrals",
  {
    itemId: itemKey(),
    referralKind: referralKind().notNull(),
    care: text().notNull(),
    providerName: text().notNull(),
    startsOn: day().notNull(),
    endsOn: day(),
    /** Cost in euro cents. */
    costCents: bigint({ mode: "number" }).notNull(),
    reference: text(),
  },
  (t) => [check("referral_cost_positive", sql`${t.costCents} >= 0`)],
);

// Case meetings (overleg, issue 17): question → image forming → judgement → decision. The meeting itself
// (its question, date, chair, participants, phase) is case process information, visible to the case team;
// what is said in it is dossier content: each contribution is a dossier item (kind CONTRIBUTION) and follows
// consent through its row in dossier_items, like every other item.
export const meetings = pgTable(
  "meetings",
  {
    id: uuid().primaryKey().defaultRandom(),
    caseId: uuid()
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    /** The question the meeting is to answer (vraagstelling). */
    question: text().notNull(),
    heldOn: day().notNull(),
    chairProfessionalId: uuid()
      .notNull()
      .references(() => professionals.id),
    phase: meetingPhase().notNull().default("QUESTION"),
    /** Set when the decision is recorded: the meeting is closed. */
    decidedAt: at(),
    plannedByProfessionalId: uuid()
      .notNull()
      .references(() => professionals.id),
    version: integer().notNull().default(1),
    ...timestamps,
  },
  (t) => [index().on(t.caseId, t.heldOn)],
);

/** Who takes part: a professional (with their organisation) or a family member present. */
export const meetingParticipants = pgTable(
  "meeting_participants",
  {
    id: uuid().primaryKey().defaultRandom(),
    meetingId: uuid()
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    professionalId: uuid().references(() => professionals.id),
    personId: uuid().references(() => persons.id, { onDelete: "cascade" }),
  },
  (t) => [
    index().on(t.meetingId),
    index().on(t.professionalId),
    unique().on(t.meetingId, t.professionalId, t.personId).nullsNotDistinct(),
    check("meeting_participant_one", sql`(${t.professionalId} is null) <> (${t.personId} is null)`),
  ],
);

/** A contribution to a meeting: the content of a dossier item of kind CONTRIBUTION. */
export const meetingContributions = pgTable(
  "meeting_contributions",
  {
    itemId: itemKey(),
    meetingId: uuid()
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    contributionKind: contributionKind().notNull(),
    body: text().notNull(),
    /** The meeting's phase when it was made. */
    phase: meetingPhase().notNull(),
    /** A judgement or proposal made before the judgement phase ("voorstel tijdens beeldvorming"). */
    premature: boolean().notNull().default(false),
  },
  (t) => [index().on(t.meetingId)],
);

/** The decision that closes a meeting, with who was there. */
export const meetingDecisions = pgTable("meeting_decisions", {
  meetingId: uuid()
    .primaryKey()
    .references(() => meetings.id, { onDelete: "cascade" }),
  decision: text().notNull(),
  presentProfessionalIds: uuidArray(),
  presentPersonIds: uuidArray(),
  decidedByProfessionalId: uuid()
    .notNull()
    .references(() => professionals.id),
  decidedAt: at().notNull().defaultNow(),
});

/** The actions a meeting's decision put in the plan: the link is kept. */
export const meetingDecisionActions = pgTable(
  "meeting_decision_actions",
  {
    meetingId: uuid()
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    actionItemId: uuid()
      .notNull()
      .references(() => dossierItems.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.actionItemId] })],
);

// Table sessions (tafels, issue 17): a table of the escalation ladder meets on a day with an agenda of cases.
// Its members outside a case team read only the preparation summary the case director wrote, from the moment
// the case is put on the agenda until the table decides; then that access lapses by itself.
export const escalationTableMembers = pgTable(
  "escalation_table_members",
  {
    tableId: uuid()
      .notNull()
      .references(() => escalationTables.id, { onDelete: "cascade" }),
    professionalId: uuid()
      .notNull()
      .references(() => professionals.id),
  },
  (t) => [primaryKey({ columns: [t.tableId, t.professionalId] }), index().on(t.professionalId)],
);

export const tableSessions = pgTable(
  "table_sessions",
  {
    id: uuid().primaryKey().defaultRandom(),
    tableId: uuid()
      .notNull()
      .references(() => escalationTables.id),
    heldOn: day().notNull(),
    plannedByProfessionalId: uuid()
      .notNull()
      .references(() => professionals.id),
    createdAt: at().notNull().defaultNow(),
  },
  (t) => [index().on(t.tableId, t.heldOn)],
);

/** A case on a session's agenda: its question, the preparation summary, and the table's outcome. */
export const agendaEntries = pgTable(
  "table_agenda_entries",
  {
    id: uuid().primaryKey().defaultRandom(),
    sessionId: uuid()
      .notNull()
      .references(() => tableSessions.id, { onDelete: "cascade" }),
    caseId: uuid()
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    question: text().notNull(),
    /** What the table members outside the team may read, chosen by the case director. */
    preparationSummary: text().notNull(),
    /** The legal basis of sharing the summary with the table (e.g. LEGAL_TASK at the Jeugdbeschermingsplein). */
    legalBasis: legalBasis().notNull(),
    placedByProfessionalId: uuid()
      .notNull()
      .references(() => professionals.id),
    placedAt: at().notNull().defaultNow(),
    decidedAt: at(),
    outcome: agendaOutcome(),
    decision: text(),
    /** Who carries the case on after the table. */
    carriedByProfessionalId: uuid().references(() => professionals.id),
    nextReviewOn: day(),
    /**
     * Where the table's discussion of the case stands: the meeting phases (question, image forming, judgement,
     * decision), moved by the chair; the outcome is recorded in DECISION.
     */
    phase: meetingPhase().notNull().default("QUESTION"),
    /** The framework the table's outcome put the case in (a table that decides frameworks); null when unchanged. */
    frameworkDecidedTo: caseFramework(),
    /** Who of the table (its chair and members) was there when it decided. */
    presentProfessionalIds: uuid()
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
  },
  (t) => [unique().on(t.sessionId, t.caseId), index().on(t.caseId)],
);

// Scenario thinking (scenariodenken, issue 17): two uncertain factors of a case span four scenarios, each
// with the agreed response and the signals that would show it is happening. The case directors' tool:
// process information, like regie op regie.
export const caseScenarioFactors = pgTable("case_scenario_factors", {
  caseId: uuid()
    .primaryKey()
    .references(() => cases.id, { onDelete: "cascade" }),
  firstQuestion: text().notNull(),
  firstOutcomes: text().array().notNull(),
  secondQuestion: text().notNull(),
  secondOutcomes: text().array().notNull(),
  version: integer().notNull().default(1),
  updatedByProfessionalId: uuid()
    .notNull()
    .references(() => professionals.id),
  updatedAt: at().notNull().defaultNow(),
});

/** One of the four scenarios: its position in the quadrant ("0-1") and the agreed response. */
export const caseScenarios = pgTable(
  "case_scenarios",
  {
    caseId: uuid()
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    position: text().notNull(),
    response: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.position] })],
);

/** A signal that a scenario is happening; observed once, by whom and when. */
export const scenarioSignals = pgTable(
  "scenario_signals",
  {
    id: uuid().primaryKey().defaultRandom(),
    caseId: uuid()
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    position: text().notNull(),
    description: text().notNull(),
    observedAt: at(),
    observedByProfessionalId: uuid().references(() => professionals.id),
  },
  (t) => [index().on(t.caseId)],
);

/** A notification to a professional (e.g. acute unsafety in a case they direct); read when `readAt` is set. */
export const notifications = pgTable(
  "notifications",
  {
    id: uuid().primaryKey().defaultRandom(),
    recipientProfessionalId: uuid()
      .notNull()
      .references(() => professionals.id),
    caseId: uuid()
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    itemId: uuid().references(() => dossierItems.id, { onDelete: "cascade" }),
    /**
     * The agenda entry of a TABLE_OUTCOME: members of the table outside the case team cannot open the case, so
     * theirs is read through the entry (its process outcome only).
     */
    agendaEntryId: uuid().references((): AnyPgColumn => agendaEntries.id, { onDelete: "cascade" }),
    kind: notificationKind().notNull(),
    /**
     * For notifications raised from a signal (a case became stalled, a date is due): which occurrence of the
     * signal, e.g. the due date. One notification per recipient, case, kind and occurrence (unique), so that
     * several instances raising the same signal notify once.
     */
    occurrence: text(),
    createdAt: at().notNull().defaultNow(),
    readAt: at(),
  },
  (t) => [
    index().on(t.recipientProfessionalId, t.createdAt),
    uniqueIndex("notifications_once_per_occurrence")
      .on(t.recipientProfessionalId, t.caseId, t.kind, t.occurrence)
      .where(sql`${t.occurrence} is not null`),
  ],
);

// ── Regie op regie (docs/domain.md): the escalation ladder, framework decisions, check-ins, monitoring ────────

/**
 * A table of the region's escalation ladder (e.g. wijkteamoverleg → Jeugdbeschermingsplein → Zorg- en
 * Veiligheidshuis): its level (1 … 3), the organisation that hosts it and its chair. A table that
 * `decidesFramework` may decide the framework (vrijwillig, drang, gedwongen kader) of a case.
 */
export const escalationTables = pgTable(
  "escalation_tables",
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull().unique(),
    level: integer().notNull(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id),
    chairProfessionalId: uuid().references(() => professionals.id),
    description: text(),
    decidesFramework: boolean().notNull().default(false),
    /** A retired table stays in the history of the cases it handled, but no case is brought to it. */
    active: boolean().notNull().default(true),
  },
  (t) => [check("escalation_table_level", sql`${t.level} between 1 and 3`)],
);

/** One step on the ladder of a case: up to a table or down (to a lower table or to none), with its reason. */
export const caseEscalations = pgTable(
  "case_escalations",
  {
    id: uuid().primaryKey().defaultRandom(),
    caseId: uuid()
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    fromLevel: integer().notNull(),
    toLevel: integer().notNull(),
    /** The table the case moved to; null when de-escalated to level 0, or for a level from before the ladder. */
    tableId: uuid().references(() => escalationTables.id),
    reason: text().notNull(),
    /** What the table decided, once it has met. */
    decision: text(),
    decidedOn: date({ mode: "string" }),
    /** Null only for the rows the data migration wrote for levels set before the ladder. */
    byProfessionalId: uuid().references(() => professionals.id),
    at: at().notNull().defaultNow(),
  },
  (t) => [index().on(t.caseId, t.at)],
);

/** A table's decision on the framework of a case (VOLUNTARY → DRANG → COMPULSORY; see domain `framework`). */
export const caseFrameworkDecisions = pgTable(
  "case_framework_decisions",
  {
    id: uuid().primaryKey().defaultRandom(),
    caseId: uuid()
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    tableId: uuid()
      .notNull()
      .references(() => escalationTables.id),
    fromFramework: caseFramework().notNull(),
    toFramework: caseFramework().notNull(),
    decision: text().notNull(),
    decidedOn: date({ mode: "string" }).notNull(),
    /** Moving to COMPULSORY: the casusregisseur of the certified institution who took over case direction. */
    newCasusregisseurId: uuid().references(() => professionals.id),
    previousCasusregisseurId: uuid().references(() => professionals.id),
    /** The procesregisseur whose role on the case ended with this decision (kept for the history). */
    previousProcesregisseurId: uuid().references(() => professionals.id),
    byProfessionalId: uuid()
      .notNull()
      .references(() => professionals.id),
    at: at().notNull().defaultNow(),
  },
  (t) => [index().on(t.caseId, t.at)],
);

/** A regiegesprek: the periodic check-in of procesregisseur and casusregisseur about one case. */
export const caseCheckIns = pgTable(
  "case_check_ins",
  {
    id: uuid().primaryKey().defaultRandom(),
    caseId: uuid()
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    heldOn: date({ mode: "string" }).notNull(),
    /** How the cooperation in the team goes. */
    cooperation: text().notNull(),
    /** Whether there is still enough budget, in words. */
    budget: text(),
    obstacles: text(),
    nextCheckInOn: date({ mode: "string" }).notNull(),
    casusregisseurId: uuid().references(() => professionals.id),
    byProfessionalId: uuid()
      .notNull()
      .references(() => professionals.id),
    at: at().notNull().defaultNow(),
  },
  (t) => [index().on(t.caseId, t.heldOn)],
);

/** A look at a case in monitoring on its follow-up date (vinger aan de pols), and what came of it. */
export const caseMonitoringReviews = pgTable(
  "case_monitoring_reviews",
  {
    id: uuid().primaryKey().defaultRandom(),
    caseId: uuid()
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    followUpOn: date({ mode: "string" }).notNull(),
    reviewedOn: date({ mode: "string" }).notNull(),
    /** CONTINUE (a new follow-up date), CLOSE (it holds: the case closes), REOPEN (back into execution). */
    outcome: text().notNull(),
    note: text().notNull(),
    nextFollowUpOn: date({ mode: "string" }),
    byProfessionalId: uuid()
      .notNull()
      .references(() => professionals.id),
    at: at().notNull().defaultNow(),
  },
  (t) => [
    index().on(t.caseId, t.reviewedOn),
    check("monitoring_outcome", sql`${t.outcome} in ('CONTINUE', 'CLOSE', 'REOPEN')`),
  ],
);

/** Earlier versions of an item (rectification keeps them readable to the privacy officer). */
export const dossierItemVersions = pgTable(
  "dossier_item_versions",
  {
    itemId: uuid()
      .notNull()
      .references(() => dossierItems.id, { onDelete: "cascade" }),
    version: integer().notNull(),
    snapshot: jsonb().notNull(),
    supersededAt: at().notNull().defaultNow(),
    supersededByProfessionalId: uuid()
      .notNull()
      .references(() => professionals.id),
    reason: text(),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.version] })],
);

/** A family member's own statement (eigen verklaring) about an item. */
export const itemStatements = pgTable(
  "item_statements",
  {
    id: uuid().primaryKey().defaultRandom(),
    itemId: uuid()
      .notNull()
      .references(() => dossierItems.id, { onDelete: "cascade" }),
    personId: uuid()
      .notNull()
      .references(() => persons.id, { onDelete: "cascade" }),
    statement: text().notNull(),
    recordedByProfessionalId: uuid()
      .notNull()
      .references(() => professionals.id),
    recordedAt: at().notNull().defaultNow(),
  },
  (t) => [index().on(t.itemId)],
);

// Consent grants (docs/consent-and-processing-log.md).
export const consentGrants = pgTable(
  "consent_grants",
  {
    id: uuid().primaryKey().defaultRandom(),
    caseId: uuid()
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    granteeOrganisationId: uuid()
      .notNull()
      .references(() => organisations.id),
    subjectPersonIds: uuidArray(),
    domains: lifeDomain().array().notNull(),
    dataClasses: dataClass().array().notNull(),
    purpose: text().notNull(),
    legalBasis: legalBasis().notNull(),
    validFrom: at().notNull(),
    validUntil: at(),
    evidenceReference: text(),
    recordedByProfessionalId: uuid()
      .notNull()
      .references(() => professionals.id),
    recordedAt: at().notNull().defaultNow(),
    withdrawnAt: at(),
    withdrawnByProfessionalId: uuid().references(() => professionals.id),
    withdrawalReason: text(),
  },
  (t) => [index().on(t.caseId, t.granteeOrganisationId)],
);

/** Break-glass (noodknop): time-limited access outside the grants under VITAL_INTEREST, reviewed afterwards. */
export const breakGlassAccesses = pgTable(
  "break_glass_accesses",
  {
    id: uuid().primaryKey().defaultRandom(),
    caseId: uuid()
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    /** One item, or null for the whole case. */
    itemId: uuid().references(() => dossierItems.id, { onDelete: "cascade" }),
    professionalId: uuid()
      .notNull()
      .references(() => professionals.id),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id),
    justification: text().notNull(),
    openedAt: at().notNull().defaultNow(),
    expiresAt: at().notNull(),
    reviewedAt: at(),
    reviewedByProfessionalId: uuid().references(() => professionals.id),
    verdict: breakGlassVerdict(),
    reviewNote: text(),
  },
  (t) => [index().on(t.caseId, t.professionalId), index().on(t.reviewedAt)],
);

// The processing log (verwerkingslog, docs/consent-and-processing-log.md): append-only, one hash chain per
// case. A request inserts its entries unsealed (no chain position, no hash) without taking any lock; the
// sealer (`sealProcessingLog`) chains them shortly after commit. A trigger refuses DELETE and every UPDATE
// except that one sealing of an unsealed entry (its three chain columns, nothing else).
export const processingLog = pgTable(
  "processing_log",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    /** `case:<uuid>` or `global`. */
    chainKey: text().notNull(),
    /** Position in its chain; null until sealed. */
    chainSeq: integer(),
    caseId: uuid(),
    startedAt: at().notNull(),
    endedAt: at().notNull(),
    actorType: text().notNull(),
    actorId: uuid(),
    organisationId: uuid(),
    role: text(),
    /** HMAC pseudonyms of the persons concerned. */
    subjectPseudonyms: text().array().notNull(),
    itemIds: uuid().array().notNull(),
    fields: text().array().notNull(),
    operation: logOperation().notNull(),
    purpose: text().notNull(),
    legalBasis: legalBasis(),
    processingActivityId: text().notNull(),
    traceId: text().notNull(),
    operationId: text().notNull(),
    callerTraceId: text(),
    outcome: text().notNull(),
    breakGlass: boolean().notNull().default(false),
    detail: text(),
    prevHash: text(),
    hash: text(),
  },
  (t) => [
    unique().on(t.chainKey, t.chainSeq),
    index("processing_log_unsealed")
      .on(t.id)
      .where(sql`hash is null`),
    check(
      "processing_log_sealed_whole",
      sql`(chain_seq is null) = (hash is null) and (prev_hash is null) = (hash is null)`,
    ),
    index().on(t.caseId, t.startedAt),
    index().on(t.subjectPseudonyms),
  ],
);

export const processingLogHeads = pgTable("processing_log_heads", {
  chainKey: text().primaryKey(),
  lastSeq: integer().notNull(),
  lastHash: text().notNull(),
});

// Dossier events (the outbox, docs/consent-and-processing-log.md): every change writes one event per changed
// item (or one for the case) in its transaction. `seq` is taken from `event_sequence` under a row lock held
// until commit, so sequence order is commit order: a subscriber that has seen N never later meets an event
// below N.
export const dossierEvents = pgTable(
  "dossier_events",
  {
    seq: bigint({ mode: "number" }).primaryKey(),
    caseId: uuid().notNull(),
    /** What the change means (packages/domain/src/changes.ts): what streams route on. */
    changeKind: text().$type<ChangeKind>().notNull(),
    /** CREATE, UPDATE or DELETE of an item, or of the case itself when `itemId` is null (from the kind). */
    operation: logOperation().notNull(),
    itemId: uuid(),
    itemKind: dossierItemKind(),
    domain: lifeDomain(),
    dataClass: dataClass(),
    subjectPersonIds: uuidArray(),
    /** The fields that changed, e.g. `Action.status`. */
    fields: text().array().notNull(),
    actorProfessionalId: uuid(),
    organisationId: uuid(),
    occurredAt: at().notNull().defaultNow(),
  },
  (t) => [
    index().on(t.caseId, t.seq),
    index().on(t.changeKind, t.seq),
    // The portfolio counts hand-overs between casusregisseurs per case: only the director changes, not every event.
    index("dossier_events_director_changes")
      .on(t.caseId)
      .where(sql`${t.changeKind} = 'DIRECTORS_CHANGED'`),
  ],
);

/** The one-row counter of dossier events (see `dossierEvents`). */
export const eventSequence = pgTable(
  "event_sequence",
  {
    id: integer().primaryKey().default(1),
    last: bigint({ mode: "number" }).notNull().default(0),
  },
  (t) => [check("event_sequence_one_row", sql`${t.id} = 1`)],
);

/**
 * The portfolio standing of a case: its signals, urgency and reasons as `portfolioEntry` (packages/domain) computed
 * them for `computedOn` from the facts as of the case's event `factsSeq` and case row version `caseXmin`, with
 * the keys the portfolio filters and sorts on as columns — so a page of a portfolio is one indexed statement,
 * whatever its number of cases. Kept by the hub (apps/server/src/modules/portfolio/standings.ts): a standing that
 * is older than the case (a newer event, another row version) or than today is computed again before it is
 * used. Process information only, as the portfolio shows it; who may see it is decided at read (`case.read`).
 */
export const portfolioStandings = pgTable(
  "portfolio_standings",
  {
    caseId: uuid()
      .primaryKey()
      .references(() => cases.id, { onDelete: "cascade" }),
    /** The case's newest event seq when its facts were read (0 without events). */
    factsSeq: bigint({ mode: "number" }).notNull(),
    /** The case's directors as of those facts: whose portfolio it is in (every change of them is an event). */
    procesregisseurId: uuid(),
    casusregisseurId: uuid(),
    /** The day the signals were computed for ("today" then). */
    computedOn: date({ mode: "string" }).notNull(),
    urgency: doublePrecision().notNull(),
    /** The oldest overdue action's days late, -1 without one (the order's second key). */
    oldestDaysLate: integer().notNull(),
    daysInPhase: integer().notNull(),
    reference: text().notNull(),
    lastActivityOn: date({ mode: "string" }),
    /** (committed + spent) / budget; -1 without a budget. */
    budgetUse: doublePrecision().notNull(),
    stalled: boolean().notNull(),
    overdue: boolean().notNull(),
    overBudget: boolean().notNull(),
    /** The PortfolioEntry (signals, urgency, reasons). */
    entry: jsonb().notNull(),
    /** The PortfolioRow the entry was computed from (title, municipality, casusregisseur, dates). */
    facts: jsonb().notNull(),
  },
  (t) => {
    // The urgency order (comparePortfolioCases), per director: a page is the first rows of one or two of these.
    const urgencyOrder = [
      sql`${t.urgency} desc`,
      sql`${t.oldestDaysLate} desc`,
      sql`${t.daysInPhase} desc`,
      sql`${t.reference} collate "C"`,
      t.caseId,
    ] as const;
    return [
      index("portfolio_standings_procesregisseur_urgency").on(t.procesregisseurId, ...urgencyOrder),
      index("portfolio_standings_casusregisseur_urgency").on(t.casusregisseurId, ...urgencyOrder),
      // "Is any standing of this portfolio from another day?": one probe each.
      index("portfolio_standings_procesregisseur_day").on(t.procesregisseurId, t.computedOn),
      index("portfolio_standings_casusregisseur_day").on(t.casusregisseurId, t.computedOn),
    ];
  },
);

/**
 * One row: every dossier event up to `seq` is in the portfolio standings. Events are numbered in commit order
 * (`eventSequence`), so the cases changed since are those with an event after it.
 */
export const portfolioWatermark = pgTable(
  "portfolio_watermark",
  {
    id: integer().primaryKey().default(1),
    seq: bigint({ mode: "number" }).notNull().default(0),
  },
  (t) => [check("portfolio_watermark_one_row", sql`${t.id} = 1`)],
);

// ── Safe retries (apps/server/src/idempotency) ─────────────────────────────────────────────────────────────

/** What an idempotent request committed, per change: enough to say what it did when its answer was lost. */
export interface IdempotentChange {
  kind: ChangeKind;
  caseId: string | null;
  itemIds: string[];
}

/**
 * An `Idempotency-Key` of an actor (`professional:<id>`, later `client:<id>` for partner systems) and the
 * request it was first used for. The row is written in the first transaction the request commits (so a change
 * never commits without its key), and the response body is added once it was sent. Kept 24 hours.
 */
export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    actorKey: text().notNull(),
    key: text().notNull(),
    /** sha256 (hex) of the canonical JSON of the request's query, variables and operation name. */
    requestHash: text().notNull(),
    operationName: text(),
    /** When the key was claimed: the commit of the request's first transaction. */
    createdAt: at().notNull().defaultNow(),
    /** The hub instance that ran the request (a random id per start). */
    claimedBy: text().notNull(),
    /** The changes the request committed (kind, case, items), appended per transaction. */
    changes: jsonb().$type<IdempotentChange[]>().notNull().default([]),
    /** The HTTP status and the JSON body sent; null until the answer was sent (or when it never was). */
    responseStatus: integer(),
    response: text(),
  },
  (t) => [primaryKey({ columns: [t.actorKey, t.key] }), index().on(t.createdAt)],
);

// ── Partner systems (apps/server/src/modules/api-clients, auth/) ───────────────────────────────────────────

export const apiClientAuthMethod = pgEnum("api_client_auth_method", API_CLIENT_AUTH_METHODS);

/** A registered public key set (JWKS) of a client that authenticates with `private_key_jwt`. */
export interface ApiClientJwks {
  keys: Record<string, unknown>[];
}

/**
 * A partner system (API client) of an organisation, registered by one of its ADMINs. It acts through its
 * service account (`professionals.api_client_id`), within its scopes; revoked clients stay (the log names them).
 */
export const apiClients = pgTable(
  "api_clients",
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id),
    name: text().notNull(),
    /** Scopes the client may ask tokens for (API_SCOPES in packages/domain). */
    scopes: text().array().notNull(),
    /** Address ranges (CIDR) it may ask tokens from; empty: any. */
    allowedCidrs: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    authMethod: apiClientAuthMethod().notNull(),
    /** The public keys of a `private_key_jwt` client; null for a `client_secret` one. */
    jwks: jsonb().$type<ApiClientJwks>(),
    createdByProfessionalId: uuid()
      .notNull()
      .references((): AnyPgColumn => professionals.id),
    createdAt: at().notNull().defaultNow(),
    revokedAt: at(),
    revokedByProfessionalId: uuid().references((): AnyPgColumn => professionals.id),
  },
  (t) => [
    index().on(t.organisationId),
    // One client of a name per organisation while it is in use.
    uniqueIndex("api_clients_active_name")
      .on(t.organisationId, t.name)
      .where(sql`revoked_at is null`),
  ],
);

/**
 * The secrets of a `client_secret` client, as argon2id hashes. A rotation adds one and ends the old one after
 * the overlap (`expires_at`); revocation ends them all (`revoked_at`).
 */
export const apiClientSecrets = pgTable(
  "api_client_secrets",
  {
    id: uuid().primaryKey().defaultRandom(),
    clientId: uuid()
      .notNull()
      .references(() => apiClients.id),
    /** argon2id (PHC string); the secret itself is never stored. */
    secretHash: text().notNull(),
    createdAt: at().notNull().defaultNow(),
    /** Null: no end; set on the old secret at a rotation (the overlap). */
    expiresAt: at(),
    revokedAt: at(),
  },
  (t) => [index().on(t.clientId)],
);

/**
 * The `jti` of every client assertion (`private_key_jwt`) the token endpoint accepted, until the assertion
 * expires: an assertion is used once, on any instance.
 */
export const apiClientAssertions = pgTable(
  "api_client_assertions",
  {
    clientId: uuid()
      .notNull()
      .references(() => apiClients.id),
    jti: text().notNull(),
    expiresAt: at().notNull(),
  },
  (t) => [primaryKey({ columns: [t.clientId, t.jti] }), index().on(t.expiresAt)],
);

/**
 * An organisation's own identifier for a person in a case (its client number, a school's student number), so a
 * partner system can find the case by the number it knows. Seen only by the organisation that attached it.
 */
export const partnerReferences = pgTable(
  "partner_references",
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id),
    caseId: uuid()
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    personId: uuid()
      .notNull()
      .references(() => persons.id, { onDelete: "cascade" }),
    /** The organisation's own identifier, as it writes it (trimmed). */
    reference: text().notNull(),
    /** What the identifier is ("leerlingnummer", "cliëntnummer"). */
    label: text(),
    createdByProfessionalId: uuid()
      .notNull()
      .references((): AnyPgColumn => professionals.id),
    /** The partner system that attached it, if a system did. */
    apiClientId: uuid().references((): AnyPgColumn => apiClients.id),
    createdAt: at().notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("partner_references_person_reference").on(t.organisationId, t.personId, t.reference),
    index().on(t.organisationId, t.reference),
    index().on(t.personId),
    index().on(t.caseId),
  ],
);

/**
 * The operations a partner system has registered ahead of time (trusted documents): with `TRUSTED_DOCUMENTS`
 * enforced, a client may run only these, by hash or by the exact text.
 */
export const trustedDocuments = pgTable(
  "trusted_documents",
  {
    apiClientId: uuid()
      .notNull()
      .references(() => apiClients.id),
    /** sha256 of the document's exact text, lowercase hex. */
    sha256: text().notNull(),
    document: text().notNull(),
    operationName: text(),
    registeredByProfessionalId: uuid()
      .notNull()
      .references((): AnyPgColumn => professionals.id),
    registeredAt: at().notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.apiClientId, t.sha256] })],
);

export type OrganisationRow = typeof organisations.$inferSelect;
export type ProfessionalRow = typeof professionals.$inferSelect;
export type CaseRow = typeof cases.$inferSelect;
export type PersonRow = typeof persons.$inferSelect;
export type CaseTeamMemberRow = typeof caseTeamMembers.$inferSelect;
export type DossierItemRow = typeof dossierItems.$inferSelect;
export type ConsentGrantRow = typeof consentGrants.$inferSelect;
export type BreakGlassRow = typeof breakGlassAccesses.$inferSelect;
export type ProcessingLogRow = typeof processingLog.$inferSelect;
export type ItemStatementRow = typeof itemStatements.$inferSelect;
export type AssessmentRow = typeof assessments.$inferSelect;
export type SafetyAssessmentRow = typeof safetyAssessments.$inferSelect;
export type NetworkMemberRow = typeof networkMembers.$inferSelect;
export type ProblemRow = typeof problems.$inferSelect;
export type PlanRow = typeof plans.$inferSelect;
export type GoalRow = typeof goals.$inferSelect;
export type ActionRow = typeof actions.$inferSelect;
export type ResultRow = typeof results.$inferSelect;
export type EvaluationRow = typeof evaluations.$inferSelect;
export type ReferralRow = typeof referrals.$inferSelect;
export type NotificationRow = typeof notifications.$inferSelect;
export type DossierEventRow = typeof dossierEvents.$inferSelect;
export type EscalationTableRow = typeof escalationTables.$inferSelect;
export type CaseEscalationRow = typeof caseEscalations.$inferSelect;
export type CaseFrameworkDecisionRow = typeof caseFrameworkDecisions.$inferSelect;
export type CaseCheckInRow = typeof caseCheckIns.$inferSelect;
export type CaseMonitoringReviewRow = typeof caseMonitoringReviews.$inferSelect;
export type ApiClientRow = typeof apiClients.$inferSelect;
export type MeetingRow = typeof meetings.$inferSelect;
export type TableSessionRow = typeof tableSessions.$inferSelect;
export type AgendaEntryRow = typeof agendaEntries.$inferSelect;
export type CaseScenarioFactorsRow = typeof caseScenarioFactors.$inferSelect;
export type CaseScenarioRow = typeof caseScenarios.$inferSelect;
export type ScenarioSignalRow = typeof scenarioSignals.$inferSelect;
export type MeetingParticipantRow = typeof meetingParticipants.$inferSelect;
export type MeetingContributionRow = typeof meetingContributions.$inferSelect;
export type MeetingDecisionRow = typeof meetingDecisions.$inferSelect;
export type ApiClientSecretRow = typeof apiClientSecrets.$inferSelect;
