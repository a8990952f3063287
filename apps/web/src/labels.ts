/**
 * Dutch UI labels for the enums of the GraphQL contract (packages/schema/schema.graphql).
 * The order of the keys is the order shown in selects and lists. The enum types are generated from the
 * contract (`pnpm codegen`), so a new value in the SDL fails the typecheck until it has a label here.
 */

import type {
  CaseFramework,
  CasePhase,
  Domain,
  HouseholdRole,
  OrganisationKind,
  ProfessionalRole,
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

/** Escalation levels as described in the contract (`Case.escalationLevel`). */
export const ESCALATION_LABELS: Record<number, string> = {
  0: "Geen escalatie",
  1: "Casusregie",
  2: "Procesregie",
  3: "Veiligheidstafel",
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

/** "1 casus", "12 casussen". */
export function countCases(count: number): string {
  return `${count} ${count === 1 ? "casus" : "casussen"}`;
}

function parseDate(value: string): Date | null {
  // `Date` scalars are plain calendar dates; read them as UTC so no time zone shifts the day.
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
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
