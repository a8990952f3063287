import { claimOverdueActions, type Database } from "@regiehub/db";
import { dutchDate } from "@regiehub/domain";
import { AuditTrail, traceFrom } from "../audit/trail";
import type { Pseudonymizer } from "../audit/pseudonym";

/**
 * Actions pass their due date without anyone changing them, so "overdue" is signalled by the hub itself: a
 * dossier event per action (once per due date, field `Action.overdue`, actor: the hub), which reaches the
 * procesregisseur's overview (`portfolioEvents`, change OVERDUE) and the case's subscribers. Claiming the
 * actions takes their row locks, so with several instances each action is signalled once.
 * Returns the highest sequence number appended, if any.
 */
export async function signalOverdueActions(
  db: Database,
  pseudonymize: Pseudonymizer,
  now: Date,
): Promise<number | undefined> {
  const audit = new AuditTrail(db, pseudonymize, undefined, traceFrom(null));
  await db.transaction(async (tx) => {
    const overdue = await claimOverdueActions(tx, dutchDate(now));
    for (const action of overdue) {
      await audit.change(tx, {
        caseId: action.caseId,
        operation: "UPDATE",
        subjectPersonIds: action.subjectPersonIds,
        itemIds: [action.itemId],
        fields: ["Action.overdue"],
        legalBasis: "LEGAL_TASK",
        detail: "action passed its due date",
      });
    }
  });
  return audit.lastEventSeq;
}
