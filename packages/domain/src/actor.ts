import type { ApiScope } from "./api-scopes";
import type { OrganisationKind, ProfessionalRole } from "./enums";

/**
 * Who is acting: a signed-in professional, or a partner system (an API client). A system acts through its
 * service account — a `professionals` row of the client's organisation, role PROFESSIONAL, no registration —
 * so that everything that names a professional (authors, events, log) keeps working; `system` marks it and
 * carries the token's scopes, which the policy uses to narrow what the organisation may do.
 */
export interface Actor {
  kind: "professional";
  professionalId: string;
  organisationId: string;
  organisationKind: OrganisationKind;
  role: ProfessionalRole;
  name: string;
  hasRegistration: boolean;
  /** Set when a partner system acts (a token of the hub's token endpoint); absent for people. */
  system?: SystemActor;
}

/** A partner system acting: its API client and the scopes of its token (within the client's). */
export interface SystemActor {
  clientId: string;
  scopes: readonly ApiScope[];
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
