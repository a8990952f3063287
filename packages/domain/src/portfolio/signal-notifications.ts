import { calendarDate, checkedDate } from "../plan/dates";
import type { PortfolioSettings } from "./settings";
import { portfolioSignals, type PortfolioCaseFacts, type StalledFinding } from "./signals";

// Notifications the hub raises itself from the portfolio's signals (the signal sweep, apps/server/src/live/
// signals.ts): a case became stalled, a regiegesprek or a monitoring follow-up is due, a plan waits for
// approval, a grant expires soon. Pure: which signal occurs, with a key that identifies the occurrence, and
// who hears of it. The sweep stores one notification per recipient, case, kind and occurrence (a unique index),
// so sweeping again — or on several instances at once — raises nothing new until the occurrence changes.
//
// Decisions:
// - CASE_STALLED: one notification per stall, keyed by the first stalled rule and the date it counts from
//   (NO_PROGRESS: the last progress date; NO_APPROVED_PLAN: the day the case was opened). Progress ends the
//   stall; stalling again later has a new date and notifies again. A case in monitoring whose follow-up date
//   passed is not notified as stalled: MONITORING_FOLLOW_UP_DUE already told the directors on the day itself.
// - CHECK_IN_DUE: when the portfolio shows the regiegesprek as due (within `dueSoonDays`) or overdue, keyed by
//   the due date: a new due date (after a regiegesprek, a new interval) notifies again.
// - MONITORING_FOLLOW_UP_DUE: a case in monitoring on or after its follow-up date, keyed by that date.
// - PLAN_AWAITS_APPROVAL: the newest plan version is AGREED (agreed with the family, not yet vastgesteld),
//   keyed by the plan and its item version, so a plan reopened and agreed again notifies again.
// - GRANT_EXPIRING: a grant in force, not withdrawn, that ends within GRANT_EXPIRY_NOTICE_DAYS, keyed by the
//   grant and the Dutch date it ends.
// - Recipients: stalled, regiegesprek and follow-up go to both directors (procesregisseur and casusregisseur:
//   they hold the regiegesprek together). Approving the plan and keeping consent current are the
//   casusregisseur's daily work ("niet op de stoel van de casusregisseur"), so those go to the casusregisseur
//   only — and to the procesregisseur while the case has no casusregisseur, so that nothing goes unheard.
//   Whether a recipient may read the case at all is the policy's decision, taken by the sweep.

/** The notification kinds raised by the signal sweep. */
export const SIGNAL_NOTIFICATION_KINDS = [
  "CASE_STALLED",
  "CHECK_IN_DUE",
  "MONITORING_FOLLOW_UP_DUE",
  "PLAN_AWAITS_APPROVAL",
  "GRANT_EXPIRING",
] as const;
export type SignalNotificationKind = (typeof SIGNAL_NOTIFICATION_KINDS)[number];

/** How many days before a grant ends its casusregisseur is told. */
export const GRANT_EXPIRY_NOTICE_DAYS = 14;

/** One occurrence of a signal in a case. */
export interface SignalOccurrence {
  caseId: string;
  kind: SignalNotificationKind;
  /** Identifies the occurrence: the same signal with the same key is notified once. */
  occurrence: string;
  /** The dossier item concerned (the plan), if any. */
  itemId: string | null;
}

/** The newest plan version of a case, agreed and waiting to be approved. */
export interface PlanAwaitingApproval {
  caseId: string;
  planId: string;
  /** The plan item's version (it moves with every change, a reopening included). */
  version: number;
}

/** A grant in force that ends soon. */
export interface GrantExpiring {
  caseId: string;
  grantId: string;
  /** The Dutch calendar date it ends, 'YYYY-MM-DD'. */
  expiresOn: string;
}

/** The directors of a case, who hear of its signals. */
export interface CaseDirectors {
  procesregisseurId: string | null;
  casusregisseurId: string | null;
}

/** The key of a stall: the rule and the date it counts from. */
function stallKey(finding: StalledFinding, facts: PortfolioCaseFacts): string | null {
  switch (finding.rule) {
    case "NO_PROGRESS":
      return `NO_PROGRESS:${finding.since}`;
    case "NO_APPROVED_PLAN":
      return `NO_APPROVED_PLAN:${checkedDate(facts.openedOn, "openedOn")}`;
    case "MONITORING_FOLLOW_UP_PASSED":
      return null; // notified as MONITORING_FOLLOW_UP_DUE on the day itself
  }
}

/** The signals of one case's portfolio facts that are notified, on `today` (a moment or a Dutch date). */
export function portfolioSignalOccurrences(
  facts: PortfolioCaseFacts,
  today: Date | string,
  settings: PortfolioSettings,
): SignalOccurrence[] {
  if (facts.phase === "CLOSED") return [];
  const day = calendarDate(today);
  const signals = portfolioSignals(facts, day, settings);
  const found: SignalOccurrence[] = [];
  const of = (kind: SignalNotificationKind, occurrence: string): SignalOccurrence => ({
    caseId: facts.caseId,
    kind,
    occurrence,
    itemId: null,
  });

  const stall = signals.stalledBy.map((f) => stallKey(f, facts)).find((k): k is string => k !== null);
  if (stall) found.push(of("CASE_STALLED", stall));
  if (signals.checkIn.dueOn !== null && (signals.checkIn.due || signals.checkIn.overdue)) {
    found.push(of("CHECK_IN_DUE", signals.checkIn.dueOn));
  }
  if (facts.phase === "MONITORING" && facts.monitoringFollowUpOn !== null) {
    const followUpOn = checkedDate(facts.monitoringFollowUpOn, "monitoringFollowUpOn");
    if (followUpOn <= day) found.push(of("MONITORING_FOLLOW_UP_DUE", followUpOn));
  }
  return found;
}

/** A plan that waits for approval, as a signal. */
export function planAwaitingApprovalOccurrence(plan: PlanAwaitingApproval): SignalOccurrence {
  if (!Number.isSafeInteger(plan.version) || plan.version < 1) {
    throw new RangeError(`version is not a version number: ${String(plan.version)}`);
  }
  return {
    caseId: plan.caseId,
    kind: "PLAN_AWAITS_APPROVAL",
    occurrence: `${plan.planId}:${plan.version}`,
    itemId: plan.planId,
  };
}

/** A grant that ends soon, as a signal. */
export function grantExpiringOccurrence(grant: GrantExpiring): SignalOccurrence {
  return {
    caseId: grant.caseId,
    kind: "GRANT_EXPIRING",
    occurrence: `${grant.grantId}:${checkedDate(grant.expiresOn, "expiresOn")}`,
    itemId: null,
  };
}

/** Who hears of a signal of this kind in a case: distinct professionals, procesregisseur first. */
export function signalRecipients(kind: SignalNotificationKind, directors: CaseDirectors): string[] {
  const { procesregisseurId, casusregisseurId } = directors;
  const ids =
    kind === "PLAN_AWAITS_APPROVAL" || kind === "GRANT_EXPIRING"
      ? [casusregisseurId ?? procesregisseurId]
      : [procesregisseurId, casusregisseurId];
  return [...new Set(ids.filter((id): id is string => id !== null))];
}
