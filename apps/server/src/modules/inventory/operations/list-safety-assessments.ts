import type { OperationContext } from "../../../operation";
import { parseInput } from "@regiehub/domain";
import type { ItemOf } from "@regiehub/db";
import { CaseListInput } from "../../reads";
import { newestFirst } from "../views";
import { visibleItems } from "./shared";

const assessedOn = (r: ItemOf<"SAFETY_ASSESSMENT">) => r.content?.assessedOn ?? "";

/** The safety assessments of a case the viewer may see, newest first. */
export async function listSafetyAssessments({ db, actor, now }: OperationContext, rawInput: unknown) {
  const { caseId } = parseInput(CaseListInput, rawInput, "");
  return newestFirst(await visibleItems(db, actor, now, caseId, "SAFETY_ASSESSMENT"), assessedOn);
}
