import { AppError, isUuid, type Actor } from "@regiehub/domain";
import { unsafeLoadCaseAccessFacts, type CaseAccessFacts, type Executor } from "@regiehub/db";
import { authorize, type CaseAction } from "@regiehub/policy";

/**
 * Loads the policy facts of a case and asserts the actor may perform `action` on it. A case that does not
 * exist, or that the actor may not see, is NOT_FOUND.
 */
export async function authorizeCase(
  db: Executor,
  actor: Actor,
  caseId: string,
  action: CaseAction,
): Promise<CaseAccessFacts> {
  if (!isUuid(caseId)) throw AppError.notFound("Case");
  const [facts] = await unsafeLoadCaseAccessFacts(db, [caseId]);
  if (!facts) throw AppError.notFound("Case");
  authorize(actor, action, facts);
  return facts;
}
