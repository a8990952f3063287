import type { OperationContext } from "../../../operation";
import { parseInput } from "@regiehub/domain";
import { listItems, type PlanMeta } from "@regiehub/db";
import { itemScope } from "@regiehub/policy";
import { CaseListInput, type Lookup } from "../../reads";

/**
 * Every version of a case's family plan, newest first; versions outside the viewer's grants as redacted stubs
 * (their number and status are process facts every reader of the case sees). The plan facts come from the
 * request's lookup, which the plan fields use again.
 */
export async function listPlans(
  { db, actor, now }: OperationContext,
  planMetaOfCase: Lookup<PlanMeta[]>,
  rawInput: unknown,
) {
  const { caseId } = parseInput(CaseListInput, rawInput, "");
  const records = await listItems(db, itemScope(actor, now), {
    caseId,
    kinds: ["PLAN"],
    includeRedacted: true,
  });
  const number = new Map((await planMetaOfCase.load(caseId)).map((m) => [m.itemId, m.number]));
  return records.sort((a, b) => (number.get(b.id) ?? 0) - (number.get(a.id) ?? 0));
}
