import { sql } from "drizzle-orm";
import {
  date,
  index,
  integer,
  pgEnum,
  pgSequence,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import {
  CASE_FRAMEWORKS,
  CASE_PHASES,
  DOMAINS,
  HOUSEHOLD_ROLES,
  ORGANISATION_KINDS,
  PROFESSIONAL_ROLES,
  REGISTRATION_KINDS,
} from "@regiehub/domain";

// Tables of the core dossier (DESIGN.md section 2). Column names are snake_case in SQL (drizzle `casing`).

export const organisationKind = pgEnum("organisation_kind", ORGANISATION_KINDS);
export const professionalRole = pgEnum("professional_role", PROFESSIONAL_ROLES);
export const registrationKind = pgEnum("registration_kind", REGISTRATION_KINDS);
export const casePhase = pgEnum("case_phase", CASE_PHASES);
export const caseFramework = pgEnum("case_framework", CASE_FRAMEWORKS);
export const householdRole = pgEnum("household_role", HOUSEHOLD_ROLES);
export const lifeDomain = pgEnum("life_domain", DOMAINS);

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

export type OrganisationRow = typeof organisations.$inferSelect;
export type ProfessionalRow = typeof professionals.$inferSelect;
export type CaseRow = typeof cases.$inferSelect;
export type PersonRow = typeof persons.$inferSelect;
export type CaseTeamMemberRow = typeof caseTeamMembers.$inferSelect;
