import { parseInput, type Actor } from "@regiehub/domain";
import type { Database, ItemOf } from "@regiehub/db";
import { CaseListInput } from "../../reads";
import { newestFirst } from "../views";
import { visibleItems } from "./shared";

const assessedOn = (r: ItemOf<"SAFETY_ASSESSMENT">) => r.content?.assessedOn ?? "";

/** The safety assessments of a case the viewer may see, newest first. */
export async function listSafetyAssessments(db: Database, actor: Actor, rawInput: unknown, now: Date) {
  const { caseId } = parseInput(CaseListInput, rawInput, "");
  return newestFirst(await visibleItems(db, actor, now, caseId, "SAFETY_ASSESSMENT"), assessedOn);
}
