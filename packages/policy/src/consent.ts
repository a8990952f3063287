import type { Actor, DataClass, Domain, ItemScope, LegalBasis } from "@regiehub/domain";
import { CONTENT_READ_SCOPE, RELATIONS, scopeAllows, worksOnCases, type CaseResource } from "./rules";

// Consent-scoped access to dossier items (docs/consent-and-processing-log.md). Pure: the data layer turns
// the same rules into SQL (packages/db/src/access.ts), and a property test holds the two together.
//
// A viewer of a case sees an item when
//   - the viewer's organisation directs the case (that of the casusregisseur), or the viewer is its
//     procesregisseur: the whole case;
//   - otherwise, being on the team: its own organisation's items, and items that ONE valid grant to the viewer's organisation covers the item:
//     its domain, its data class, and every person it is about; JUSTICE data only under a JUSTICE or
//     LEGAL_TASK basis. Grants are never combined: the union of what each grant covers on its own.
//   - or under an open break-glass access of the viewer for that item or that case.
// Expired, not-yet-valid and withdrawn grants count as absent.
// A partner system (an API client acting as its organisation) sees what a professional of its organisation
// sees, and only with the `dossier:read` scope in its token: the scope narrows, never widens.

export interface GrantFacts {
  id: string;
  caseId: string;
  granteeOrganisationId: string;
  subjectPersonIds: readonly string[];
  domains: readonly Domain[];
  dataClasses: readonly DataClass[];
  legalBasis: LegalBasis;
  validFrom: Date;
  validUntil: Date | null;
  withdrawnAt: Date | null;
}

export interface ItemFacts {
  id: string;
  caseId: string;
  domain: Domain;
  dataClass: DataClass;
  subjectPersonIds: readonly string[];
  authorOrganisationId: string;
}

export interface BreakGlassFacts {
  caseId: string;
  itemId: string | null;
  professionalId: string;
  expiresAt: Date;
}

export type ItemAccessVia =
  "DIRECTING_ORGANISATION" | "PROCESREGISSEUR" | "AUTHOR_ORGANISATION" | "GRANT" | "BREAK_GLASS";

export type ItemAccess =
  { allowed: true; via: ItemAccessVia; grantId?: string } | { allowed: false; reason: string };

/** Data classes that only some legal bases may carry. */
export const JUSTICE_BASES: readonly LegalBasis[] = ["JUSTICE", "LEGAL_TASK"];

export function grantIsValid(grant: GrantFacts, now: Date): boolean {
  return (
    grant.withdrawnAt === null &&
    grant.validFrom.getTime() <= now.getTime() &&
    (grant.validUntil === null || grant.validUntil.getTime() > now.getTime())
  );
}

export function grantCovers(grant: GrantFacts, item: ItemFacts, now: Date): boolean {
  return (
    grant.caseId === item.caseId &&
    grantIsValid(grant, now) &&
    grant.domains.includes(item.domain) &&
    grant.dataClasses.includes(item.dataClass) &&
    (item.dataClass !== "JUSTICE" || JUSTICE_BASES.includes(grant.legalBasis)) &&
    // an item about nobody in particular (the family as a whole) is never covered by a grant about persons
    item.subjectPersonIds.length > 0 &&
    item.subjectPersonIds.every((id) => grant.subjectPersonIds.includes(id))
  );
}

/** The whole case: the directing organisation and the procesregisseur. */
export function seesWholeCase(actor: Actor, c: CaseResource): ItemAccessVia | undefined {
  if (!worksOnCases(actor) || !scopeAllows(actor, CONTENT_READ_SCOPE)) return undefined;
  if (RELATIONS.directingOrganisation(actor, c)) return "DIRECTING_ORGANISATION";
  if (RELATIONS.procesregisseur(actor, c)) return "PROCESREGISSEUR";
  return undefined;
}

/**
 * May the actor see this item's content? `grants` and `breakGlass` may hold anything; only the ones for the
 * actor's organisation (grants) or the actor (break-glass) count.
 */
export function itemAccess(
  actor: Actor,
  c: CaseResource,
  item: ItemFacts,
  grants: readonly GrantFacts[],
  breakGlass: readonly BreakGlassFacts[],
  now: Date,
): ItemAccess {
  if (!worksOnCases(actor)) return { allowed: false, reason: "role does not work on cases" };
  if (!scopeAllows(actor, CONTENT_READ_SCOPE))
    return { allowed: false, reason: `the partner system's token lacks scope ${CONTENT_READ_SCOPE}` };
  const whole = seesWholeCase(actor, c);
  if (whole) return { allowed: true, via: whole };
  if (!RELATIONS.teamOrganisation(actor, c))
    return { allowed: false, reason: "organisation not on the team" };
  if (item.authorOrganisationId === actor.organisationId)
    return { allowed: true, via: "AUTHOR_ORGANISATION" };
  const grant = grants.find(
    (g) => g.granteeOrganisationId === actor.organisationId && grantCovers(g, item, now),
  );
  if (grant) return { allowed: true, via: "GRANT", grantId: grant.id };
  const glass = breakGlass.some(
    (b) =>
      b.professionalId === actor.professionalId &&
      b.caseId === item.caseId &&
      (b.itemId === null || b.itemId === item.id) &&
      b.expiresAt.getTime() > now.getTime(),
  );
  if (glass) return { allowed: true, via: "BREAK_GLASS" };
  return { allowed: false, reason: "no valid grant covers this item" };
}

/** Which items the actor may read, as data for the SQL filter: mirrors `itemAccess`. */
export function itemScope(actor: Actor, now: Date): ItemScope {
  if (!worksOnCases(actor) || !scopeAllows(actor, CONTENT_READ_SCOPE)) return { kind: "none" };
  return {
    kind: "consent",
    organisationId: actor.organisationId,
    professionalId: actor.professionalId,
    at: now,
  };
}

/**
 * Validation of a new grant (beyond the input types). JUSTICE data needs a JUSTICE or LEGAL_TASK basis; a
 * grant names its data classes explicitly, so CHILD_SAFETY is never implied by plain consent.
 */
export function grantProblems(input: {
  dataClasses: readonly DataClass[];
  legalBasis: LegalBasis;
  domains: readonly Domain[];
  subjectPersonIds: readonly string[];
  validFrom: Date;
  validUntil: Date | null;
}): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  if (input.domains.length === 0)
    problems.push({ path: "input.domains", message: "Kies minstens één leefgebied" });
  if (input.dataClasses.length === 0)
    problems.push({ path: "input.dataClasses", message: "Kies minstens één gegevenscategorie" });
  if (input.subjectPersonIds.length === 0)
    problems.push({ path: "input.subjectPersonIds", message: "Kies minstens één betrokkene" });
  if (input.dataClasses.includes("JUSTICE") && !JUSTICE_BASES.includes(input.legalBasis)) {
    problems.push({
      path: "input.legalBasis",
      message: "Justitiële gegevens alleen op grond van justitie (WPG) of een wettelijke taak",
    });
  }
  if (input.validUntil && input.validUntil.getTime() <= input.validFrom.getTime()) {
    problems.push({ path: "input.validUntil", message: "Einddatum ligt vóór de begindatum" });
  }
  return problems;
}

/** Organisations that see an item now ("zichtbaar voor"); break-glass is personal and not listed. */
export function organisationsSeeingItem(
  c: CaseResource,
  item: ItemFacts,
  grants: readonly GrantFacts[],
  procesregisseurOrganisationId: string | null,
  now: Date,
): string[] {
  const seeing = new Set<string>();
  if (c.casusregisseurOrganisationId) seeing.add(c.casusregisseurOrganisationId);
  if (procesregisseurOrganisationId) seeing.add(procesregisseurOrganisationId);
  if (c.teamOrganisationIds.includes(item.authorOrganisationId)) seeing.add(item.authorOrganisationId);
  for (const g of grants) {
    if (c.teamOrganisationIds.includes(g.granteeOrganisationId) && grantCovers(g, item, now)) {
      seeing.add(g.granteeOrganisationId);
    }
  }
  return [...seeing];
}

/** The legal basis a read rests on, for the processing log. */
export function basisOfAccess(
  access: ItemAccess,
  itemBasis: LegalBasis,
  grants: readonly GrantFacts[],
): LegalBasis | null {
  if (!access.allowed) return null;
  switch (access.via) {
    case "DIRECTING_ORGANISATION":
    case "PROCESREGISSEUR":
      return "LEGAL_TASK";
    case "AUTHOR_ORGANISATION":
      return itemBasis;
    case "GRANT":
      return grants.find((g) => g.id === access.grantId)?.legalBasis ?? null;
    case "BREAK_GLASS":
      return "VITAL_INTEREST";
  }
}
