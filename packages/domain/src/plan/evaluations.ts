import { addMonths, format, parseISO } from "date-fns";
import { calendarDate, checkedDate } from "./dates";

// Evaluations (docs/domain.md): the approved plan is reviewed on a schedule, by default every 3 months
// from approval; a case may set its own interval. Due and overdue are derived, never stored.
//
// The cycle runs from the later of the approval of the plan in force and the last evaluation held: an
// evaluation held before this version was approved (typically the one that led to it) does not count, so a
// new version restarts the cycle at its approval.

export const DEFAULT_EVALUATION_INTERVAL_MONTHS = 3;
export const EVALUATION_INTERVAL_MONTHS = { min: 1, max: 12 } as const;

/** Null for a whole number of months from 1 to 12, else the reason in Dutch. */
export function evaluationIntervalProblem(months: unknown): string | null {
  if (
    typeof months !== "number" ||
    !Number.isInteger(months) ||
    months < EVALUATION_INTERVAL_MONTHS.min ||
    months > EVALUATION_INTERVAL_MONTHS.max
  ) {
    return `De evaluatietermijn is een heel aantal maanden van ${EVALUATION_INTERVAL_MONTHS.min} tot en met ${EVALUATION_INTERVAL_MONTHS.max}.`;
  }
  return null;
}

/**
 * The date ('YYYY-MM-DD') the next evaluation is due: `intervalMonths` after the later of `approvedOn` and
 * `lastHeldOn`. A month end stays within its month (30 November + 3 months = 28 February).
 */
export function nextEvaluationDue(
  approvedOn: string,
  intervalMonths: number = DEFAULT_EVALUATION_INTERVAL_MONTHS,
  lastHeldOn?: string | null,
): string {
  const problem = evaluationIntervalProblem(intervalMonths);
  if (problem) throw new RangeError(`intervalMonths: ${String(intervalMonths)}`);
  let from = checkedDate(approvedOn, "approvedOn");
  if (lastHeldOn && checkedDate(lastHeldOn, "lastHeldOn") > from) from = lastHeldOn;
  return format(addMonths(parseISO(from), intervalMonths), "yyyy-MM-dd");
}

/** Overdue once the due date has passed in the Netherlands; on the due date itself it is just due. */
export function isEvaluationOverdue(dueOn: string, today: Date | string): boolean {
  return checkedDate(dueOn, "dueOn") < calendarDate(today);
}
