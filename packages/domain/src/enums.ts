// The working vocabulary of DESIGN.md section 2, as closed sets. The GraphQL enums mirror these exactly
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
