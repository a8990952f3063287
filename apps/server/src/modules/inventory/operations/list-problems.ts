import type { OperationContext } from "../../../operation";
import { parseInput } from "@regiehub/domain";
import { CaseListInput } from "../../reads";
import { visibleItems } from "./shared";

/** The problems (probleemanalyse) of a case the viewer may see, in the order recorded. */
export async function listProblems({ db, actor, now }: OperationContext, rawInput: unknown) {
  const { caseId } = parseInput(CaseListInput, rawInput, "");
  return visibleItems(db, actor, now, caseId, "PROBLEM");
}
