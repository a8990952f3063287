import { z } from "zod";
import { AppError, parseInput, targetId, type Actor } from "@regiehub/domain";
import type { CaseAccessFacts, ConsentGrantRow } from "@regiehub/db";
import { can, grantIsValid } from "@regiehub/policy";
import type { Lookup } from "../../reads";

export const ListGrantsInput = z.object({
  caseId: targetId(),
  includeInactive: z.boolean().nullish(),
});

/** The request's lookups a grant list reads (shared with the item decisions of the same request). */
export interface GrantLookups {
  caseFacts: Lookup<CaseAccessFacts | undefined>;
  grantsByCase: Lookup<ConsentGrantRow[]>;
}

/**
 * The consent grants of a case: all of them for those who manage consent, the own organisation's for other
 * team members; only the valid ones unless `includeInactive`.
 */
export async function listGrants(
  lookups: GrantLookups,
  actor: Actor,
  rawInput: unknown,
  now: Date,
): Promise<ConsentGrantRow[]> {
  const { caseId, includeInactive } = parseInput(ListGrantsInput, rawInput, "");
  const facts = await lookups.caseFacts.load(caseId);
  if (!facts) throw AppError.notFound("Case");
  const all = await lookups.grantsByCase.load(caseId);
  const mine = can(actor, "consent.manage", facts).allowed
    ? all
    : all.filter((g) => g.granteeOrganisationId === actor.organisationId);
  return includeInactive ? mine : mine.filter((g) => grantIsValid(g, now));
}
