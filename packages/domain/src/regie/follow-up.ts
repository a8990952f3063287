import { addDays, addMonths, format, parseISO } from "date-fns";
import type { CasePhase } from "../phases";
import { calendarDate, checkedDate, isIsoDate } from "../plan/dates";

// Regie op regie (docs/domain.md): the procesregisseur and the casusregisseur hold a regiegesprek about a case
// every few weeks (default 6); the municipality sets a budget for the case; after a case is wound down it is
// monitored for a while ("vinger aan de pols", e.g. three months) and looked at again on a follow-up date.
// Pure: dates are calendar dates 'YYYY-MM-DD' in the Netherlands (plan/dates.ts), money is in euro cents.
//
// When is the next regiegesprek due?
// - After a regiegesprek: on the date agreed in it (`nextCheckInOn`, by default its day plus the interval).
// - Before the first one: the interval after the day the case was opened. The day the procesregisseur was
//   appointed is not recorded as such (only as an event), and a case taken on by procesregie is usually
//   opened for it; so the opening day is the start of the clock, and an old case without any regiegesprek
//   shows as overdue — which is what a procesregisseur needs to see.
// - Without a procesregisseur there is nobody to hold it: nothing is due.
// Changing the interval moves the first one (it is derived) but not a date already agreed in a regiegesprek.
// The same rule runs in SQL for the portfolio (packages/db/src/queries/portfolio.ts).

export const DEFAULT_CHECK_IN_INTERVAL_WEEKS = 6;
export const CHECK_IN_INTERVAL_WEEKS = { min: 1, max: 26 } as const;

/** Months after which a case in monitoring is looked at again, unless another date is chosen. */
export const DEFAULT_MONITORING_MONTHS = 3;

/** The largest case budget, in euro cents (ten million euro): larger is a typing error. */
export const MAX_BUDGET_CENTS = 1_000_000_000;

/** What can come of a look at a case in monitoring. */
export const MONITORING_OUTCOMES = ["CONTINUE", "CLOSE", "REOPEN"] as const;
export type MonitoringOutcome = (typeof MONITORING_OUTCOMES)[number];

/** Null for a whole number of weeks from 1 to 26, else the reason in Dutch. */
export function checkInIntervalProblem(weeks: unknown): string | null {
  if (
    typeof weeks !== "number" ||
    !Number.isInteger(weeks) ||
    weeks < CHECK_IN_INTERVAL_WEEKS.min ||
    weeks > CHECK_IN_INTERVAL_WEEKS.max
  ) {
    return `De termijn tussen regiegesprekken is een heel aantal weken van ${CHECK_IN_INTERVAL_WEEKS.min} tot en met ${CHECK_IN_INTERVAL_WEEKS.max}.`;
  }
  return null;
}

/** `weeks` whole weeks after `from` ('YYYY-MM-DD'). */
export function addWeeksTo(from: string, weeks: number): string {
  if (checkInIntervalProblem(weeks)) throw new RangeError(`weeks: ${String(weeks)}`);
  return format(addDays(parseISO(checkedDate(from, "from")), weeks * 7), "yyyy-MM-dd");
}

export interface CheckInScheduleFacts {
  /** The next date agreed in the latest regiegesprek (the one held last); null before the first. */
  latestNextCheckInOn: string | null;
  openedOn: string;
  intervalWeeks: number;
  hasProcesregisseur: boolean;
}

/** When the next regiegesprek is due (see above); null when the case has no procesregisseur. */
export function nextCheckInDue(facts: CheckInScheduleFacts): string | null {
  if (!facts.hasProcesregisseur) return null;
  if (facts.latestNextCheckInOn !== null)
    return checkedDate(facts.latestNextCheckInOn, "latestNextCheckInOn");
  return addWeeksTo(facts.openedOn, facts.intervalWeeks);
}

/** A problem with one input field: which field, and why in Dutch. */
export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * The dates of a regiegesprek: it was held (not in the future) and the next one lies after it. `nextCheckInOn`
 * null means "the interval after `heldOn`". Returns the next date, or the problem.
 */
export function checkInDates(
  heldOn: string,
  nextCheckInOn: string | null,
  intervalWeeks: number,
  today: Date | string,
): { nextCheckInOn: string } | FieldProblem {
  const day = calendarDate(today);
  if (!isIsoDate(heldOn)) return { field: "heldOn", message: "Geef een geldige datum (JJJJ-MM-DD)" };
  if (heldOn > day) return { field: "heldOn", message: "Een regiegesprek ligt niet in de toekomst" };
  if (nextCheckInOn === null) return { nextCheckInOn: addWeeksTo(heldOn, intervalWeeks) };
  if (!isIsoDate(nextCheckInOn)) {
    return { field: "nextCheckInOn", message: "Geef een geldige datum (JJJJ-MM-DD)" };
  }
  if (nextCheckInOn <= heldOn) {
    return { field: "nextCheckInOn", message: "Het volgende regiegesprek ligt na dit gesprek" };
  }
  return { nextCheckInOn };
}

/** The follow-up date suggested when monitoring starts: three months from today. */
export function suggestedMonitoringFollowUp(today: Date | string): string {
  return format(addMonths(parseISO(calendarDate(today)), DEFAULT_MONITORING_MONTHS), "yyyy-MM-dd");
}

/** Null when `followUpOn` is a date after today, else the reason in Dutch. */
export function followUpProblem(followUpOn: string, today: Date | string): string | null {
  if (!isIsoDate(followUpOn)) return "Geef een geldige datum (JJJJ-MM-DD)";
  if (followUpOn <= calendarDate(today)) return "Kies een datum na vandaag";
  return null;
}

/** Null for a whole number of cents from 0 to `MAX_BUDGET_CENTS`, else the reason in Dutch. */
export function budgetProblem(amountCents: unknown): string | null {
  if (
    typeof amountCents !== "number" ||
    !Number.isSafeInteger(amountCents) ||
    amountCents < 0 ||
    amountCents > MAX_BUDGET_CENTS
  ) {
    return "Het budget is een bedrag van € 0 tot en met € 10.000.000, in hele centen";
  }
  return null;
}

/** The phase an outcome moves a case in monitoring to; null when it stays in monitoring. */
export function phaseAfterMonitoring(outcome: MonitoringOutcome): CasePhase | null {
  switch (outcome) {
    case "CONTINUE":
      return null;
    case "CLOSE":
      return "CLOSED";
    case "REOPEN":
      return "EXECUTION";
  }
}
