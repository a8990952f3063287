import { parseInput, type Actor } from "@regiehub/domain";
import type { Database } from "@regiehub/db";
import { CaseListInput } from "../../reads";
import { visibleItems } from "./shared";

/** The problems (probleemanalyse) of a case the viewer may see, in the order recorded. */
export async function listProblems(db: Database, actor: Actor, rawInput: unknown, now: Date) {
  const { caseId } = parseInput(CaseListInput, rawInput, "");
  return visibleItems(db, actor, now, caseId, "PROBLEM");
}
