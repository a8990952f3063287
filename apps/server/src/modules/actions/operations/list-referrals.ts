import { parseInput } from "@regiehub/domain";
import type { CoveredItem } from "@regiehub/db";
import { CaseListInput, type Lookup } from "../../reads";

/** The referrals of a case the viewer may see (from the request's lookup of the case's work), by start date. */
export async function listReferrals(
  work: Lookup<{ referrals: CoveredItem<"REFERRAL">[] }>,
  rawInput: unknown,
): Promise<CoveredItem<"REFERRAL">[]> {
  const { caseId } = parseInput(CaseListInput, rawInput, "");
  const { referrals } = await work.load(caseId);
  return [...referrals].sort((a, b) =>
    a.content.startsOn === b.content.startsOn ? 0 : a.content.startsOn < b.content.startsOn ? -1 : 1,
  );
}
