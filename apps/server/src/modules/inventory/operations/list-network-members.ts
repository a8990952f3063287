import { parseInput, type Actor } from "@regiehub/domain";
import type { Database } from "@regiehub/db";
import { CaseListInput } from "../../reads";
import { visibleItems } from "./shared";

/** The network members (people around the family) of a case the viewer may see, in the order recorded. */
export async function listNetworkMembers(db: Database, actor: Actor, rawInput: unknown, now: Date) {
  const { caseId } = parseInput(CaseListInput, rawInput, "");
  return visibleItems(db, actor, now, caseId, "NETWORK_MEMBER");
}
