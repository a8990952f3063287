import { eq } from "drizzle-orm";
import { AppError, isUuid, type Actor, type CaseScope } from "@regiehub/domain";
import { tables, unsafeLoadCaseAccessFacts, type CaseAccessFacts, type Executor } from "@regiehub/db";
import { authorize, caseScope, type CaseAction, type Decision } from "@regiehub/policy";
import { noteChecked } from "../../checked-actions";
import type { RegionSettings } from "../../config";
import { withRegion } from "../../region";

/** Enforces a decision of the policy: a refusal throws `refusal()`. */
export function enforce(actor: Actor, decision: Decision, refusal: () => AppError): void {
  noteChecked(actor, decision.action);
  if (!decision.allowed) throw refusal();
}

/** The SQL scope of the cases the actor may see: the `case.read` rule, applied by the data layer. */
export function readableCases(actor: Actor): CaseScope {
  noteChecked(actor, "case.read");
  return caseScope(actor);
}

/**
 * Loads the policy facts of a case and asserts the actor may perform `action` on it. A case that does not
 * exist, or that the actor may not see, is NOT_FOUND. Refusals carry the case id for the processing log.
 * `region` fills in the region's settings (`OperationContext.region`): the plan's rules depend on them;
 * without it the policy takes the default (the procesregisseur does not edit plans).
 */
export async function authorizeCase(
  db: Executor,
  actor: Actor,
  caseId: string,
  action: CaseAction,
  region?: RegionSettings,
): Promise<CaseAccessFacts> {
  noteChecked(actor, action);
  if (!isUuid(caseId)) throw AppError.notFound("Case");
  const [loaded] = await unsafeLoadCaseAccessFacts(db, [caseId]);
  if (!loaded) throw AppError.notFound("Case");
  const facts = withRegion(loaded, region);
  try {
    authorize(actor, action, facts);
  } catch (error) {
    if (error instanceof AppError) error.about(caseId);
    throw error;
  }
  return facts;
}

/** NOT_FOUND for a case id; when the case exists, the refusal is marked for the processing log. */
export async function caseNotFound(db: Executor, caseId: string): Promise<AppError> {
  const error = AppError.notFound("Case");
  if (!isUuid(caseId)) return error;
  const [row] = await db
    .select({ id: tables.cases.id })
    .from(tables.cases)
    .where(eq(tables.cases.id, caseId));
  return row ? error.about(caseId) : error;
}
