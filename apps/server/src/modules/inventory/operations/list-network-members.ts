import type { OperationContext } from "../../../operation";
import { parseInput } from "@regiehub/domain";
import { CaseListInput } from "../../reads";
import { visibleItems } from "./shared";

/** The network members (people around the family) of a case the viewer may see, in the order recorded. */
export async function listNetworkMembers({ db, actor, now }: OperationContext, rawInput: unknown) {
  const { caseId } = parseInput(CaseListInput, rawInput, "");
  return visibleItems(db, actor, now, caseId, "NETWORK_MEMBER");
}
