import type { OperationContext } from "../../../operation";
import { parseInput } from "@regiehub/domain";
import { listItems } from "@regiehub/db";
import { itemScope } from "@regiehub/policy";
import { CaseListInput } from "../../reads";

/** The evaluations of a case's plans the viewer may see, by scheduled date. */
export async function listEvaluations({ db, actor, now }: OperationContext, rawInput: unknown) {
  const { caseId } = parseInput(CaseListInput, rawInput, "");
  const records = await listItems(db, itemScope(actor, now), { caseId, kinds: ["EVALUATION"] });
  // listItems is oldest first; a stable sort by date keeps that order on the same date.
  return records.sort((a, b) => (a.content?.scheduledOn ?? "").localeCompare(b.content?.scheduledOn ?? ""));
}
