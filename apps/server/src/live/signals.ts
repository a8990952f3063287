import {
  insertSignalNotifications,
  unsafeLoadActors,
  unsafeLoadCaseAccessFacts,
  unsafeLoadGrantsExpiring,
  unsafeLoadOpenCasePortfolioFacts,
  unsafeLoadPlansAwaitingApproval,
  type Database,
  type SignalNotification,
} from "@regiehub/db";
import {
  DEFAULT_PORTFOLIO_SETTINGS,
  GRANT_EXPIRY_NOTICE_DAYS,
  dutchDate,
  grantExpiringOccurrence,
  planAwaitingApprovalOccurrence,
  portfolioSignalOccurrences,
  signalRecipients,
  type PortfolioSettings,
  type SignalOccurrence,
} from "@regiehub/domain";
import { can } from "@regiehub/policy";
import { AuditTrail, traceFrom } from "../audit/trail";
import type { Pseudonymizer } from "../audit/pseudonym";
import { ChangeRecorder } from "../changes/recorder";

/** What one sweep found and raised. */
export interface SignalSweep {
  /** Occurrences of signals found in open cases. */
  found: number;
  /** Notifications stored by this sweep (those already raised before, here or elsewhere, not counted). */
  raised: (SignalNotification & { id: string })[];
  /** The highest sequence number of the SIGNAL_NOTIFIED events appended (one per case told), if any. */
  lastEventSeq?: number;
}

/**
 * The signal sweep: the portfolio's signals become notifications to the case's directors, as overdue actions
 * become events (./overdue.ts) — a case became stalled, a regiegesprek or a monitoring follow-up is due, a plan
 * waits for approval, a grant ends within 14 days (the rules: packages/domain/src/portfolio/
 * signal-notifications.ts). "Today" is the Dutch calendar date of `now`.
 *
 * A fixed number of statements whatever the number of cases: the portfolio facts of every open case, the plans
 * waiting, the grants ending, the access facts of the cases concerned and the recipients (the policy decides
 * per recipient whether they may read the case: one who may not is not told), then one insert. Each
 * notification is stored once per recipient, case, kind and occurrence (a unique index, conflicts skipped),
 * so a second sweep, or one on another instance at the same moment, raises nothing twice.
 *
 * The notifications reach their recipients live as overdue actions do: in the insert's transaction, one
 * SIGNAL_NOTIFIED change per case that got a notification now (actor: the hub; logged as SYSTEM), whose
 * event reaches `portfolioEvents` (change SIGNAL) and the case's subscribers — case-level, naming no item and
 * no content, only that the case's directors were told. A notification already raised (here or on another
 * instance) adds no event, so each event stands for notifications stored once.
 */
export async function sweepSignals(
  db: Database,
  pseudonymize: Pseudonymizer,
  now: Date,
  settings: PortfolioSettings = DEFAULT_PORTFOLIO_SETTINGS,
): Promise<SignalSweep> {
  const today = dutchDate(now);
  const [facts, plans, grants] = await Promise.all([
    unsafeLoadOpenCasePortfolioFacts(db, today),
    unsafeLoadPlansAwaitingApproval(db),
    unsafeLoadGrantsExpiring(db, now, GRANT_EXPIRY_NOTICE_DAYS),
  ]);
  const occurrences: SignalOccurrence[] = [
    ...facts.flatMap((f) => portfolioSignalOccurrences(f, today, settings)),
    ...plans.map(planAwaitingApprovalOccurrence),
    ...grants.map(grantExpiringOccurrence),
  ];
  if (occurrences.length === 0) return { found: 0, raised: [] };

  const cases = new Map(
    (await unsafeLoadCaseAccessFacts(db, [...new Set(occurrences.map((o) => o.caseId))])).map((c) => [
      c.id,
      c,
    ]),
  );
  const addressed = occurrences.flatMap((o) => {
    const access = cases.get(o.caseId);
    return access ? signalRecipients(o.kind, access).map((recipient) => ({ o, access, recipient })) : [];
  });
  const actors = new Map(
    (await unsafeLoadActors(db, [...new Set(addressed.map((a) => a.recipient))])).map((a) => [
      a.professionalId,
      a,
    ]),
  );
  const rows: SignalNotification[] = addressed
    .filter(({ access, recipient }) => {
      const actor = actors.get(recipient);
      return !!actor && can(actor, "case.read", access).allowed;
    })
    .map(({ o, recipient }) => ({
      recipientProfessionalId: recipient,
      caseId: o.caseId,
      itemId: o.itemId,
      kind: o.kind,
      occurrence: o.occurrence,
    }));
  if (rows.length === 0) return { found: occurrences.length, raised: [] };

  const changes = new ChangeRecorder(new AuditTrail(db, pseudonymize, undefined, traceFrom(null)));
  const raised = await changes.transaction(db, async (tx, record) => {
    const stored = await insertSignalNotifications(tx, rows);
    const byCase = new Map<string, (typeof stored)[number][]>();
    for (const n of stored) byCase.set(n.caseId, [...(byCase.get(n.caseId) ?? []), n]);
    for (const [caseId, told] of byCase) {
      record({
        kind: "SIGNAL_NOTIFIED",
        caseId,
        subjectPersonIds: [],
        fields: ["Notification"],
        legalBasis: "LEGAL_TASK",
        detail: `signal notified: ${signalSummary(told)}`,
      });
    }
    return stored;
  });
  return { found: occurrences.length, raised, lastEventSeq: changes.lastEventSeq };
}

/** "CASE_STALLED ×2, CHECK_IN_DUE ×1": the kinds told and how many recipients, for the log's detail. */
function signalSummary(told: readonly SignalNotification[]): string {
  const counts = new Map<string, number>();
  for (const n of told) counts.set(n.kind, (counts.get(n.kind) ?? 0) + 1);
  return [...counts]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([kind, n]) => `${kind} ×${n}`)
    .join(", ");
}
