// The working vocabulary of docs/domain.md, as closed sets. The GraphQL enums mirror these exactly
// (a unit test in packages/schema compares them).

export const ORGANISATION_KINDS = [
  "WIJKTEAM",
  "VEILIG_THUIS",
  "JEUGDBESCHERMING",
  "RAAD_KINDERBESCHERMING",
  "SCHOOL",
  "HUISARTS",
  "JGZ",
  "GGZ",
  "VERSLAVINGSZORG",
  "WONINGCORPORATIE",
  "SCHULDHULP",
  "POLITIE",
  "GEMEENTE",
  "OTHER",
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const PROFESSIONAL_ROLES = [
  "PROCESREGISSEUR",
  "CASUSREGISSEUR",
  "PROFESSIONAL",
  "PRIVACY_OFFICER",
  "ADMIN",
] as const;
export type ProfessionalRole = (typeof PROFESSIONAL_ROLES)[number];

export const REGISTRATION_KINDS = ["SKJ", "BIG"] as const;
export type RegistrationKind = (typeof REGISTRATION_KINDS)[number];

export const CASE_FRAMEWORKS = ["VOLUNTARY", "DRANG", "COMPULSORY"] as const;
export type CaseFramework = (typeof CASE_FRAMEWORKS)[number];

export const HOUSEHOLD_ROLES = ["PARENT", "CHILD", "EX_PARTNER", "OTHER"] as const;
export type HouseholdRole = (typeof HOUSEHOLD_ROLES)[number];

export const DOMAINS = [
  "FINANCES",
  "WORK",
  "EDUCATION",
  "DAYTIME_ACTIVITIES",
  "HOUSING",
  "FAMILY_RELATIONS",
  "MENTAL_HEALTH",
  "PHYSICAL_HEALTH",
  "SUBSTANCE_USE",
  "DAILY_LIVING",
  "SOCIAL_NETWORK",
  "SOCIAL_PARTICIPATION",
  "JUSTICE",
  "SAFETY",
  "PARENTING",
  "YOUTH_CARE",
] as const;
export type Domain = (typeof DOMAINS)[number];

/** Escalation levels: 0 none, 1 casusregie, 2 procesregie, 3 safety/protection table. */
export const MAX_ESCALATION_LEVEL = 3;

/** Sensitivity of a dossier item (docs/domain.md). */
export const DATA_CLASSES = ["GENERAL", "SPECIAL_CATEGORY", "JUSTICE", "CHILD_SAFETY", "IDENTIFIER"] as const;
export type DataClass = (typeof DATA_CLASSES)[number];

/** The legal basis of a grant or of how information was obtained (AVG art. 6, WPG). */
export const LEGAL_BASES = ["CONSENT", "LEGAL_TASK", "VITAL_INTEREST", "JUSTICE"] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

// Dossier item kinds: see item-kinds.ts (the registry every layer derives from).

/** Beeldvorming: facts are kept apart from opinions and concerns. */
export const OBSERVATION_KINDS = ["FACT", "OPINION", "CONCERN"] as const;
export type ObservationKind = (typeof OBSERVATION_KINDS)[number];

/** Where information came from. A REPORTER (melder) is never disclosed to the family. */
export const SOURCE_KINDS = ["FAMILY", "PARTNER", "DOCUMENT", "REPORTER", "OWN_OBSERVATION"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const LOG_OPERATIONS = ["READ", "CREATE", "UPDATE", "DELETE", "EXPORT", "DENIED"] as const;
export type LogOperation = (typeof LOG_OPERATIONS)[number];

export const BREAK_GLASS_VERDICTS = ["JUSTIFIED", "UNJUSTIFIED"] as const;
export type BreakGlassVerdict = (typeof BREAK_GLASS_VERDICTS)[number];

/** Organisations whose work is child safety: plain consent does not stretch to CHILD_SAFETY data for others. */
export const SAFETY_ORGANISATION_KINDS = [
  "VEILIG_THUIS",
  "JEUGDBESCHERMING",
  "RAAD_KINDERBESCHERMING",
] as const;

/** Priority of a goal in the family plan. */
export const GOAL_PRIORITIES = ["HIGH", "MEDIUM", "LOW"] as const;
export type GoalPriority = (typeof GOAL_PRIORITIES)[number];

/** How a network member's relationship with the family feels (ecogram line); null when unknown. */
export const RELATIONSHIP_QUALITIES = ["SUPPORTIVE", "STRESSFUL", "BROKEN"] as const;
export type RelationshipQuality = (typeof RELATIONSHIP_QUALITIES)[number];

/** Problem analysis: each statement is a fact or an opinion, with its source. */
export const STATEMENT_KINDS = ["FACT", "OPINION"] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];

/** Verwijzing (referral to care) or beschikking (the municipality's decision granting care). */
export const REFERRAL_KINDS = ["REFERRAL", "DECISION"] as const;
export type ReferralKind = (typeof REFERRAL_KINDS)[number];

/** What a notification to a professional is about. */
export const NOTIFICATION_KINDS = [
  "ACUTE_SAFETY",
  "DOORBRAAK",
  /** The case moved up or down the escalation ladder. */
  "ESCALATION",
  /** A table decided the case's framework (and, into the compulsory framework, who directs it now). */
  "FRAMEWORK_DECISION",
  /** Portfolio signals, raised once per occurrence: */
  "CASE_STALLED",
  "CHECK_IN_DUE",
  "MONITORING_FOLLOW_UP_DUE",
  "PLAN_AWAITS_APPROVAL",
  "GRANT_EXPIRING",
  /** A signal of one of the case's scenarios was observed. */
  "SCENARIO_SIGNAL",
  /** A table decided on a case on its agenda: its members hear the outcome (never the dossier content). */
  "TABLE_OUTCOME",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** The phases of a case meeting (overleg, article 003): question first, then image forming, then judgement. */
export const MEETING_PHASES = ["QUESTION", "IMAGE_FORMING", "JUDGEMENT", "DECISION"] as const;
export type MeetingPhase = (typeof MEETING_PHASES)[number];

/** What a contribution to a meeting is: information for the picture, a judgement, or a proposal. */
export const CONTRIBUTION_KINDS = ["INFORMATION", "JUDGEMENT", "PROPOSAL"] as const;
export type ContributionKind = (typeof CONTRIBUTION_KINDS)[number];

/** What a table decides on a case on its agenda (article 001's Jeugdbeschermingsplein). */
export const AGENDA_OUTCOMES = [
  /** Voluntary support suffices ("vrijwillig volstaat"). */
  "VOLUNTARY_SUFFICES",
  /** Drang: voluntary with goals and monitoring. */
  "DRANG",
  /** A request to the Raad voor de Kinderbescherming to investigate; casusregie by a certified institution. */
  "RAAD_INVESTIGATION",
  /** Back to the team or a lower table with advice. */
  "BACK_TO_TEAM",
] as const;
export type AgendaOutcome = (typeof AGENDA_OUTCOMES)[number];
