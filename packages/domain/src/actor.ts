import type { OrganisationKind, ProfessionalRole } from "./enums";

/** Who is acting: a signed-in professional (partner systems follow the same shape later). */
export interface Actor {
  kind: "professional";
  professionalId: string;
  organisationId: string;
  organisationKind: OrganisationKind;
  role: ProfessionalRole;
  name: string;
  hasRegistration: boolean;
}

/**
 * Which cases an actor may see, as data the data layer turns into SQL (the policy decides, the db applies).
 * `involved`: cases where the organisation is on the team, or that the professional directs as procesregisseur.
 */
export type CaseScope =
  { kind: "none" } | { kind: "involved"; organisationId: string; professionalId: string };

/**
 * Which dossier items an actor may read, as data for the SQL filter (packages/db/src/access.ts); mirrors
 * `itemAccess` in packages/policy. `at` is the moment validity of grants and break-glass is judged.
 */
export type ItemScope =
  { kind: "none" } | { kind: "consent"; organisationId: string; professionalId: string; at: Date };
