import { AppError, type Actor } from "@regiehub/domain";
import type { CaseAccessFacts, Executor } from "@regiehub/db";
import { mayManageReferences } from "@regiehub/policy";
import type { RegionSettings } from "../../config";
import { authorizeCase, enforce } from "../case/access";

/**
 * Asserts the actor may manage its organisation's own references in the case (`mayManageReferences`): a case
 * it does not see is `notFound()` — the person or reference named is as secret as the case — and a visible
 * one where it may not `reference.manage` is FORBIDDEN. Both refusals are marked for the processing log.
 */
export async function authorizeReferences(
  db: Executor,
  actor: Actor,
  caseId: string,
  region: RegionSettings,
  notFound: () => AppError,
): Promise<CaseAccessFacts> {
  let facts: CaseAccessFacts;
  try {
    facts = await authorizeCase(db, actor, caseId, "case.read", region);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") throw notFound().about(caseId);
    throw error;
  }
  enforce(actor, mayManageReferences(actor, facts), () =>
    new AppError(
      "FORBIDDEN",
      "Not allowed: only an organisation on the case team manages its own references there",
    ).about(caseId),
  );
  return facts;
}
