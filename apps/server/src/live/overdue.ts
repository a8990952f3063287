import { claimOverdueActions, type Database } from "@regiehub/db";
import { dutchDate } from "@regiehub/domain";
import { AuditTrail, traceFrom } from "../audit/trail";
import type { Pseudonymizer } from "../audit/pseudonym";
import { ChangeRecorder } from "../changes/recorder";

/**
 * Actions pass their due date without anyone changing them, so "overdue" is signalled by the hub itself: an
 * ACTION_OVERDUE change per action (once per due date, actor: the hub), which reaches the procesregisseur's
 * overview (`portfolioEvents`, change OVERDUE) and the case's subscribers. Claiming the actions takes their
 * row locks, so with several instances each action is signalled once.
 * Returns the highest sequence number appended, if any.
 */
export async function signalOverdueActions(
  db: Database,
  pseudonymize: Pseudonymizer,
  now: Date,
): Promise<number | undefined> {
  const changes = new ChangeRecorder(new AuditTrail(db, pseudonymize, undefined, traceFrom(null)));
  await changes.transaction(db, async (tx, record) => {
    const overdue = await claimOverdueActions(tx, dutchDate(now));
    for (const action of overdue) {
      record({
        kind: "ACTION_OVERDUE",
        caseId: action.caseId,
        subjectPersonIds: action.subjectPersonIds,
        itemIds: [action.itemId],
        fields: ["Action.overdue"],
        legalBasis: "LEGAL_TASK",
        detail: "action passed its due date",
      });
    }
  });
  return changes.lastEventSeq;
}
