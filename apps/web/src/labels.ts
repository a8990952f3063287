/**
 * Dutch UI labels for the enums of the GraphQL contract (packages/schema/schema.graphql).
 * The order of the keys is the order shown in selects and lists. The enum types are generated from the
 * contract (`pnpm codegen`), so a new value in the SDL fails the typecheck until it has a label here.
 */
import { dutchDate } from "@regiehub/domain";
import type {
  BreakGlassVerdict,
  CaseFramework,
  CasePhase,
  DataClass,
  Domain,
  DossierItemKind,
  HouseholdRole,
  ItemAccessVia,
  LegalBasis,
  LogOperation,
  NotificationKind,
  ObservationKind,
  OrganisationKind,
  ProfessionalRole,
  SourceKind,
} from "./generated/graphql";

export const PHASE_LABELS: Record<CasePhase, string> = {
  SIGNAL: "Signaal",
  INVENTORY: "Inventarisatie",
  ANALYSIS: "Analyse",
  PLAN: "Plan",
  EXECUTION: "Uitvoering",
  EVALUATION: "Evaluatie",
  MONITORING: "Monitoring",
  CLOSED: "Gesloten",
};

export const FRAMEWORK_LABELS: Record<CaseFramework, string> = {
  VOLUNTARY: "Vrijwillig",
  DRANG: "Drang",
  COMPULSORY: "Gedwongen kader",
};

export const HOUSEHOLD_ROLE_LABELS: Record<HouseholdRole, string> = {
  PARENT: "Ouder",
  CHILD: "Kind",
  EX_PARTNER: "Ex-partner",
  OTHER: "Overig",
};

export const ROLE_LABELS: Record<ProfessionalRole, string> = {
  PROCESREGISSEUR: "Procesregisseur",
  CASUSREGISSEUR: "Casusregisseur",
  PROFESSIONAL: "Professional",
  PRIVACY_OFFICER: "Privacyfunctionaris",
  ADMIN: "Functioneel beheerder",
};

export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, string> = {
  WIJKTEAM: "Wijkteam",
  VEILIG_THUIS: "Veilig Thuis",
  JEUGDBESCHERMING: "Jeugdbescherming (gecertificeerde instelling)",
  RAAD_KINDERBESCHERMING: "Raad voor de Kinderbescherming",
  SCHOOL: "School",
  HUISARTS: "Huisarts",
  JGZ: "Jeugdgezondheidszorg",
  GGZ: "Geestelijke gezondheidszorg",
  VERSLAVINGSZORG: "Verslavingszorg",
  WONINGCORPORATIE: "Woningcorporatie",
  SCHULDHULP: "Schuldhulpverlening",
  POLITIE: "Politie",
  GEMEENTE: "Gemeente",
  OTHER: "Overige partner",
};

export const DOMAIN_LABELS: Record<Domain, string> = {
  FINANCES: "Financiën",
  WORK: "Werk",
  EDUCATION: "Onderwijs",
  DAYTIME_ACTIVITIES: "Dagbesteding",
  HOUSING: "Huisvesting",
  FAMILY_RELATIONS: "Huiselijke relaties",
  MENTAL_HEALTH: "Geestelijke gezondheid",
  PHYSICAL_HEALTH: "Lichamelijke gezondheid",
  SUBSTANCE_USE: "Middelengebruik",
  DAILY_LIVING: "Activiteiten dagelijks leven",
  SOCIAL_NETWORK: "Sociaal netwerk",
  SOCIAL_PARTICIPATION: "Maatschappelijke participatie",
  JUSTICE: "Justitie",
  SAFETY: "Veiligheid",
  PARENTING: "Opvoeding",
  YOUTH_CARE: "Jeugdhulp",
};

export const DATA_CLASS_LABELS: Record<DataClass, string> = {
  GENERAL: "Algemeen",
  SPECIAL_CATEGORY: "Bijzonder (gezondheid)",
  JUSTICE: "Justitieel",
  CHILD_SAFETY: "Kindveiligheid",
  IDENTIFIER: "Identificerend",
};

export const DOSSIER_ITEM_KIND_LABELS: Record<DossierItemKind, string> = {
  OBSERVATION: "Observatie",
  NOTE: "Gespreksverslag",
  ASSESSMENT: "Zelfredzaamheid",
  SAFETY_ASSESSMENT: "Veiligheidsinschatting",
  NETWORK_MEMBER: "Netwerklid",
  PROBLEM: "Probleem",
  PLAN: "Gezinsplan",
  GOAL: "Doel",
  ACTION: "Actie",
  RESULT: "Resultaat",
  EVALUATION: "Evaluatie",
  REFERRAL: "Verwijzing",
  CONTRIBUTION: "Bijdrage aan overleg",
};

/** Plural, for the filter ("Alle observaties"). */
export const DOSSIER_ITEM_KIND_PLURAL_LABELS: Record<DossierItemKind, string> = {
  OBSERVATION: "Observaties",
  NOTE: "Gespreksverslagen",
  ASSESSMENT: "Zelfredzaamheidsscores",
  SAFETY_ASSESSMENT: "Veiligheidsinschattingen",
  NETWORK_MEMBER: "Netwerkleden",
  PROBLEM: "Problemen",
  PLAN: "Gezinsplannen",
  GOAL: "Doelen",
  ACTION: "Acties",
  RESULT: "Resultaten",
  EVALUATION: "Evaluaties",
  REFERRAL: "Verwijzingen",
  CONTRIBUTION: "Bijdragen aan overleg",
};

export const OBSERVATION_KIND_LABELS: Record<ObservationKind, string> = {
  FACT: "Feit",
  OPINION: "Mening",
  CONCERN: "Zorg",
};

/** What each observation kind means, as help text in the forms. */
export const OBSERVATION_KIND_DESCRIPTIONS: Record<ObservationKind, string> = {
  FACT: "Iets wat is waargenomen of vastgelegd.",
  OPINION: "Een opvatting van een professional of gezinslid.",
  CONCERN: "Een zorg die aandacht nodig heeft.",
};

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  FAMILY: "Gezin",
  PARTNER: "Ketenpartner",
  DOCUMENT: "Document",
  REPORTER: "Melder",
  OWN_OBSERVATION: "Eigen waarneming",
};

export const LEGAL_BASIS_LABELS: Record<LegalBasis, string> = {
  CONSENT: "Toestemming",
  LEGAL_TASK: "Wettelijke taak",
  VITAL_INTEREST: "Vitaal belang",
  JUSTICE: "Justitie (WPG)",
};

/** How the viewer sees an item: "U ziet dit via …". */
export const ACCESS_VIA_LABELS: Record<ItemAccessVia, string> = {
  DIRECTING_ORGANISATION: "regievoerende organisatie",
  PROCESREGISSEUR: "procesregisseur",
  AUTHOR_ORGANISATION: "eigen organisatie",
  GRANT: "toestemming",
  BREAK_GLASS: "noodtoegang",
};

export const LOG_OPERATION_LABELS: Record<LogOperation, string> = {
  READ: "Ingezien",
  CREATE: "Vastgelegd",
  UPDATE: "Gewijzigd",
  DELETE: "Verwijderd",
  EXPORT: "Geëxporteerd",
  DENIED: "Geweigerd",
};

/** `ProcessingLogEntry.outcome` is a string in the contract: SUCCESS, DENIED or FAILED. */
export const LOG_OUTCOME_LABELS: Record<string, string> = {
  SUCCESS: "Gelukt",
  DENIED: "Geweigerd",
  FAILED: "Mislukt",
};

/** `ProcessingLogEntry.actorType` is a string in the contract. */
export const ACTOR_TYPE_LABELS: Record<string, string> = {
  PROFESSIONAL: "Professional",
  PARTNER_SYSTEM: "Partnersysteem",
  SYSTEM: "Systeem",
};

export const BREAK_GLASS_VERDICT_LABELS: Record<BreakGlassVerdict, string> = {
  JUSTIFIED: "Gerechtvaardigd",
  UNJUSTIFIED: "Niet gerechtvaardigd",
};

/** Escalation levels as described in the contract (`Case.escalationLevel`). */
export const ESCALATION_LABELS: Record<number, string> = {
  0: "Geen escalatie",
  1: "Casusregie",
  2: "Procesregie",
  3: "Veiligheidstafel",
};

/** What a notification is about, as a short label before its message (`Notification.kind`). */
export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, string> = {
  ACUTE_SAFETY: "Acute onveiligheid",
  DOORBRAAK: "Doorbraak",
  ESCALATION: "Escalatie",
  FRAMEWORK_DECISION: "Besluit over het kader",
  CASE_STALLED: "Stilstand",
  CHECK_IN_DUE: "Regiegesprek",
  MONITORING_FOLLOW_UP_DUE: "Vinger aan de pols",
  PLAN_AWAITS_APPROVAL: "Plan vaststellen",
  GRANT_EXPIRING: "Toestemming verloopt",
  SCENARIO_SIGNAL: "Signaal van een scenario",
  TABLE_OUTCOME: "Uitkomst van een tafel",
};

function keysOf<K extends string>(labels: Record<K, string>): K[] {
  return Object.keys(labels) as K[];
}

export const CASE_PHASES = keysOf(PHASE_LABELS);
export const CASE_FRAMEWORKS = keysOf(FRAMEWORK_LABELS);
export const HOUSEHOLD_ROLES = keysOf(HOUSEHOLD_ROLE_LABELS);
export const PROFESSIONAL_ROLES = keysOf(ROLE_LABELS);
export const ORGANISATION_KINDS = keysOf(ORGANISATION_KIND_LABELS);
export const DOMAINS = keysOf(DOMAIN_LABELS);
export const DATA_CLASSES = keysOf(DATA_CLASS_LABELS);
export const DOSSIER_ITEM_KINDS = keysOf(DOSSIER_ITEM_KIND_LABELS);
export const OBSERVATION_KINDS = keysOf(OBSERVATION_KIND_LABELS);
export const SOURCE_KINDS = keysOf(SOURCE_KIND_LABELS);
export const LEGAL_BASES = keysOf(LEGAL_BASIS_LABELS);
export const LOG_OPERATIONS = keysOf(LOG_OPERATION_LABELS);
export const BREAK_GLASS_VERDICTS = keysOf(BREAK_GLASS_VERDICT_LABELS);

/** The options of a choice (checkboxes, radio buttons, a select) in the order of `labels`, with its labels. */
export function optionsOf<K extends string>(labels: Record<K, string>): { value: K; label: string }[] {
  return keysOf(labels).map((value) => ({ value, label: labels[value] }));
}

export const DOMAIN_OPTIONS = optionsOf(DOMAIN_LABELS);
export const DATA_CLASS_OPTIONS = optionsOf(DATA_CLASS_LABELS);

export function isDomain(value: string | null | undefined): value is Domain {
  return typeof value === "string" && value in DOMAIN_LABELS;
}

export function isDossierItemKind(value: string | null | undefined): value is DossierItemKind {
  return typeof value === "string" && value in DOSSIER_ITEM_KIND_LABELS;
}

export function isCasePhase(value: string | null | undefined): value is CasePhase {
  return typeof value === "string" && value in PHASE_LABELS;
}

/** Label lookup that tolerates values added to the contract after this build. */
export function label<K extends string>(
  labels: Record<K, string>,
  value: K | string | null | undefined,
): string {
  if (value === null || value === undefined) return "";
  return (labels as Record<string, string>)[value] ?? value;
}

export function escalationLabel(level: number): string {
  const text = ESCALATION_LABELS[level];
  return text ? `${level} – ${text}` : String(level);
}

/** "1 item", "12 items". */
export function countItems(count: number): string {
  return `${count} ${count === 1 ? "item" : "items"}`;
}

/** A list of names in Dutch: "A", "A en B", "A, B en C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} en ${names[names.length - 1]}`;
}

/** "1 casus", "12 casussen". */
export function countCases(count: number): string {
  return `${count} ${count === 1 ? "casus" : "casussen"}`;
}

function parseDate(value: string): Date | null {
  // `Date` scalars are plain calendar dates; read them as UTC so no time zone shifts the day.
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A `DateTime` as it arrives (an ISO string; the generated type also allows a Date), or null. */
export type DateTimeValue = Date | string | null | undefined;

export function toDate(value: DateTimeValue): Date | null {
  if (value === null || value === undefined || value === "") return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** ISO text of a `DateTime`, for `<time dateTime>`. */
export function isoDateTime(value: DateTimeValue): string | undefined {
  return toDate(value)?.toISOString();
}

const DUTCH_TIME_ZONE = "Europe/Amsterdam";

const longDateTime = new Intl.DateTimeFormat("nl-NL", {
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: DUTCH_TIME_ZONE,
});
const shortDateTime = new Intl.DateTimeFormat("nl-NL", {
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: DUTCH_TIME_ZONE,
});
const dayOfDateTime = new Intl.DateTimeFormat("nl-NL", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: DUTCH_TIME_ZONE,
});

/** "5 januari 2026 om 09:15" (Dutch time). */
export function formatDateTime(value: DateTimeValue): string {
  const date = toDate(value);
  return date ? longDateTime.format(date) : "";
}

/** "05-01-2026 09:15" (Dutch time), for tables. */
export function formatShortDateTime(value: DateTimeValue): string {
  const date = toDate(value);
  return date ? shortDateTime.format(date) : "";
}

/** The calendar day of a `DateTime` in the Netherlands: "5 januari 2026". */
export function formatDayOf(value: DateTimeValue): string {
  const date = toDate(value);
  return date ? dayOfDateTime.format(date) : "";
}

/**
 * A date input's value (`YYYY-MM-DD`, local) as an ISO `DateTime`: the start of that day, or with
 * `endOfDay` its last millisecond ("tot en met").
 */
export function dateInputToIso(value: string, endOfDay = false): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T${endOfDay ? "23:59:59.999" : "00:00:00.000"}`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/**
 * Today as `YYYY-MM-DD` (for defaults and `max` of date inputs and file names): the calendar date in the
 * Netherlands, as the hub decides "today" — not the device's, which may be a day off around midnight.
 */
export function todayInput(): string {
  return dutchDate(new Date());
}

const longDate = new Intl.DateTimeFormat("nl-NL", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const shortDate = new Intl.DateTimeFormat("nl-NL", {
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  timeZone: "UTC",
});

/** "5 januari 2026". */
export function formatDate(value: string | null | undefined): string {
  if (!value) return "";
  const date = parseDate(value);
  return date ? longDate.format(date) : value;
}

/** "05-01-2026", for tables. */
export function formatShortDate(value: string | null | undefined): string {
  if (!value) return "";
  const date = parseDate(value);
  return date ? shortDate.format(date) : value;
}
