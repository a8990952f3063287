import { MAX_ESCALATION_LEVEL, type CaseFramework } from "../enums";
import type { CasePhase } from "../phases";
import { calendarDate, calendarDaysBetween, checkedDate } from "../plan/dates";
import type { PlanStatus } from "../plan/plan";
import { awaitsAgendaTooLong } from "../regie/tables";
import type { PortfolioSettings } from "./settings";

// The signals of one case in the procesregisseur's portfolio (docs/domain.md: the procesregisseur watches
// phases, overdue actions, evaluations, escalations and budget, and brings parties to the table when a case
// stalls). Pure: the facts are loaded elsewhere, `today` is the calendar date in the Netherlands.
//
// Dates are calendar dates 'YYYY-MM-DD' (see plan/dates.ts). A span of time is counted in whole days and a
// limit is reached on its day: "6 weeks" is 42 days or more. A due date is overdue only after its day, as for
// actions and evaluations (isActionOverdue, isEvaluationOverdue).
//
// Decisions:
// - Progress is the latest of: plan progress, an action done, an evaluation held, and the start of the current
//   phase. Moving the case to another phase is progress too; otherwise a case that relapses from monitoring
//   into execution would be stalled on the day it returns.
// - "Past intake" means every phase after SIGNAL: once a case is taken on, the clock to an approved plan runs
//   from the day it was opened.
// - A case in monitoring is quiet by design: it is not judged on progress or time in phase, only on its
//   follow-up date (vinger aan de pols). Without a follow-up date it is not stalled.
// - A closed case needs nothing: it is never stalled, nothing in it is due or overdue, and it needs no
//   casusregisseur. Its counts are reported as loaded.
// - Budget: `committedCents` is what is still to be paid for care granted, `spentCents` what has been paid;
//   the two do not overlap. Available is the budget minus both; exactly used up is not over budget.
// - Waiting for a table's agenda (article 001: a case is never "dropped between tables"): the case was
//   escalated (a step UP the ladder) to the table it is at now, and since that step it was not put on the
//   agenda of a session of that table (an entry open or decided counts) nor was the table's decision on the
//   step recorded. It waits too long once more than `agendaWaitDays` days have passed since the day of the
//   step (awaitsAgendaTooLong). A case brought DOWN to a lower table, taken off the ladder, or closed does
//   not wait: it was handed back, not brought to a table to be discussed.

/** A case's facts as loaded for the portfolio; dates are 'YYYY-MM-DD', money is in euro cents. */
export interface PortfolioCaseFacts {
  caseId: string;
  reference: string;
  phase: CasePhase;
  /** The day the current phase started. */
  phaseSince: string;
  openedOn: string;
  framework: CaseFramework;
  /** 0 none … 3 safety/protection table. */
  escalationLevel: number;
  casusregisseurId: string | null;
  /** How often the case passed from one casusregisseur to another (the first appointment is not one). */
  handOvers: number;
  /** The day a version of the plan was approved (vastgesteld) for the first time; null when never. */
  planFirstApprovedOn: string | null;
  /** The status of the newest plan version; null without a plan. */
  planStatus: PlanStatus | null;
  /** The last day the plan moved: a result recorded, a goal or the plan changed. */
  lastPlanProgressOn: string | null;
  /** Actions still to be done (OPEN, IN_PROGRESS, BLOCKED) whose due date has passed (isActionOverdue). */
  overdueActions: number;
  /** The earliest due date among the overdue actions; null when none is overdue. */
  oldestOverdueDueOn: string | null;
  /** Actions still to be done (OPEN, IN_PROGRESS, BLOCKED), overdue or not. */
  openActions: number;
  lastActionDoneOn: string | null;
  /** When the next evaluation is due (nextEvaluationDue); null when none is scheduled. */
  nextEvaluationDueOn: string | null;
  lastEvaluationHeldOn: string | null;
  /** When the next regiegesprek of procesregisseur and casusregisseur is due; null when none is set. */
  nextCheckInDueOn: string | null;
  /** For a case in monitoring: the day set to look at it again; null when none is set. */
  monitoringFollowUpOn: string | null;
  /** Open ACUTE safety assessments. Only whether there are any is used, never their content. */
  openAcuteSafetyAssessments: number;
  /** Gaps in the case team, e.g. domains with goals and no organisation on them. */
  teamGaps: number;
  /** The case budget; null when the case has none. */
  budgetCents: number | null;
  /** Still to be paid for care granted (verplichtingen), not including what has been paid. */
  committedCents: number;
  /** Paid (gerealiseerd). */
  spentCents: number;
  openDoorbraakDecisions: number;
  /** The last day anything was recorded in the case; null when unknown. */
  lastActivityOn: string | null;
  /** The name of the ladder's table the case is at now; null at none (level 0, or a level from before the ladder). */
  escalationTableName: string | null;
  /**
   * The day (Dutch date) of the case's latest ladder step when that step brought it UP to the table it is at
   * now; null when the latest step went down, or the case is at no table.
   */
  escalatedToTableOn: string | null;
  /**
   * Since that step, the case was put on the agenda of a session of that table (open or decided), or the
   * table's decision on the step was recorded: the table took the case up.
   */
  tableTookUpCase: boolean;
}

/** Why a case counts as stalled. */
export type StalledFinding =
  /** Nothing moved since `since` (the latest progress date), `weeks` whole weeks ago. */
  | { rule: "NO_PROGRESS"; since: string; weeks: number }
  /** Past intake, opened `weeks` whole weeks ago, and no plan was ever approved. */
  | { rule: "NO_APPROVED_PLAN"; weeks: number }
  /** In monitoring, and the follow-up day `followUpOn` passed `daysLate` days ago. */
  | { rule: "MONITORING_FOLLOW_UP_PASSED"; followUpOn: string; daysLate: number };

export type StalledRule = StalledFinding["rule"];

/** Something that comes back on a date: the evaluation, the regiegesprek. */
export interface ScheduleSignal {
  /** The due date; null when nothing is scheduled. */
  dueOn: string | null;
  /** Due within `dueSoonDays`, the due date itself included; not yet overdue. */
  due: boolean;
  /** The due date has passed. */
  overdue: boolean;
  /** Days from today to the due date: 0 on the day, negative once passed; null without a date. */
  daysUntilDue: number | null;
  /** Days since the due date passed; 0 unless overdue. */
  daysOverdue: number;
}

export interface BudgetSignal {
  /** The budget; null when the case has none. */
  amountCents: number | null;
  committedCents: number;
  spentCents: number;
  /** Budget minus committed minus spent; negative when overspent; null without a budget. */
  availableCents: number | null;
  overBudget: boolean;
}

/** A case escalated to a table and not on its agenda for more than `agendaWaitDays` (article 001). */
export interface AgendaWaitSignal {
  /** The table the case was escalated to and is at now. */
  tableName: string;
  /** The day it was escalated there. */
  escalatedOn: string;
  /** Whole days since then. */
  daysWaiting: number;
}

export interface PortfolioSignals {
  caseId: string;
  reference: string;
  phase: CasePhase;
  framework: CaseFramework;
  escalationLevel: number;
  planStatus: PlanStatus | null;
  /** A plan version was ever approved. */
  planApproved: boolean;
  daysInPhase: number;
  weeksInPhase: number;
  /** At least `longInPhaseWeeks` in a working phase (SIGNAL up to EVALUATION). */
  longInPhase: boolean;
  stalled: boolean;
  /** Every rule by which the case is stalled; empty when it is not. */
  stalledBy: StalledFinding[];
  overdueActions: { count: number; oldestDaysLate: number | null };
  openActions: number;
  evaluation: ScheduleSignal;
  /** The regiegesprek of procesregisseur and casusregisseur. */
  checkIn: ScheduleSignal;
  /** Acute unsafety is reported (an open ACUTE safety assessment). */
  acuteSafety: boolean;
  /** An open case without a casusregisseur. */
  noCasusregisseur: boolean;
  teamGaps: number;
  budget: BudgetSignal;
  openDoorbraak: number;
  lastActivity: { on: string | null; daysAgo: number | null };
  handOvers: number;
  /** Escalated to a table and waiting for its agenda too long; null otherwise (and for a closed case). */
  awaitsAgenda: AgendaWaitSignal | null;
}

/** Phases past intake in which an approved plan is expected (monitoring has its own rule). */
const PLAN_EXPECTED_PHASES: readonly CasePhase[] = [
  "INVENTORY",
  "ANALYSIS",
  "PLAN",
  "EXECUTION",
  "EVALUATION",
];

/** The working phases, in which progress is expected and time in phase counts. */
const WORKING_PHASES: readonly CasePhase[] = ["SIGNAL", ...PLAN_EXPECTED_PHASES];

/** The signals of one case on `today` (a moment, or the Dutch calendar date 'YYYY-MM-DD'). */
export function portfolioSignals(
  facts: PortfolioCaseFacts,
  today: Date | string,
  settings: PortfolioSettings,
): PortfolioSignals {
  const day = calendarDate(today);
  const closed = facts.phase === "CLOSED";
  const working = WORKING_PHASES.includes(facts.phase);
  const daysInPhase = daysSince(checkedDate(facts.phaseSince, "phaseSince"), day);
  const overdueCount = checkedCount(facts.overdueActions, "overdueActions");
  const oldestOverdueDueOn = optionalDate(facts.oldestOverdueDueOn, "oldestOverdueDueOn");
  const lastActivityOn = optionalDate(facts.lastActivityOn, "lastActivityOn");
  const stalledBy = closed ? [] : stalledFindings(facts, day, settings);

  return {
    caseId: facts.caseId,
    reference: facts.reference,
    phase: facts.phase,
    framework: facts.framework,
    escalationLevel: checkedEscalationLevel(facts.escalationLevel),
    planStatus: facts.planStatus,
    planApproved: optionalDate(facts.planFirstApprovedOn, "planFirstApprovedOn") !== null,
    daysInPhase,
    weeksInPhase: wholeWeeks(daysInPhase),
    longInPhase: working && daysInPhase >= settings.longInPhaseWeeks * 7,
    stalled: stalledBy.length > 0,
    stalledBy,
    overdueActions: {
      count: overdueCount,
      oldestDaysLate: overdueCount > 0 && oldestOverdueDueOn ? daysSince(oldestOverdueDueOn, day) : null,
    },
    openActions: checkedCount(facts.openActions, "openActions"),
    evaluation: scheduleSignal(
      closed ? null : optionalDate(facts.nextEvaluationDueOn, "nextEvaluationDueOn"),
      day,
      settings,
    ),
    checkIn: scheduleSignal(
      closed ? null : optionalDate(facts.nextCheckInDueOn, "nextCheckInDueOn"),
      day,
      settings,
    ),
    acuteSafety: checkedCount(facts.openAcuteSafetyAssessments, "openAcuteSafetyAssessments") > 0,
    noCasusregisseur: !closed && facts.casusregisseurId === null,
    teamGaps: checkedCount(facts.teamGaps, "teamGaps"),
    budget: budgetSignal(facts),
    openDoorbraak: checkedCount(facts.openDoorbraakDecisions, "openDoorbraakDecisions"),
    lastActivity: { on: lastActivityOn, daysAgo: lastActivityOn ? daysSince(lastActivityOn, day) : null },
    handOvers: checkedCount(facts.handOvers, "handOvers"),
    awaitsAgenda: closed ? null : agendaWait(facts, day, settings),
  };
}

/** The case's wait for the agenda of the table it was escalated to, when it is too long (see the top). */
function agendaWait(
  facts: PortfolioCaseFacts,
  day: string,
  settings: PortfolioSettings,
): AgendaWaitSignal | null {
  const escalatedOn = optionalDate(facts.escalatedToTableOn, "escalatedToTableOn");
  const tableName = facts.escalationTableName;
  if (escalatedOn === null || tableName === null || facts.tableTookUpCase) return null;
  if (!awaitsAgendaTooLong(escalatedOn, day, settings.agendaWaitDays)) return null;
  return { tableName, escalatedOn, daysWaiting: daysSince(escalatedOn, day) };
}

/** The stalled rules that apply to an open case on `day`. */
function stalledFindings(
  facts: PortfolioCaseFacts,
  day: string,
  settings: PortfolioSettings,
): StalledFinding[] {
  if (facts.phase === "MONITORING") {
    const followUpOn = optionalDate(facts.monitoringFollowUpOn, "monitoringFollowUpOn");
    if (followUpOn === null || followUpOn >= day) return [];
    return [{ rule: "MONITORING_FOLLOW_UP_PASSED", followUpOn, daysLate: daysSince(followUpOn, day) }];
  }

  const findings: StalledFinding[] = [];
  const since = latest([
    checkedDate(facts.phaseSince, "phaseSince"),
    optionalDate(facts.lastPlanProgressOn, "lastPlanProgressOn"),
    optionalDate(facts.lastActionDoneOn, "lastActionDoneOn"),
    optionalDate(facts.lastEvaluationHeldOn, "lastEvaluationHeldOn"),
  ]);
  const daysWithoutProgress = daysSince(since, day);
  if (daysWithoutProgress >= settings.stalledAfterWeeks * 7) {
    findings.push({ rule: "NO_PROGRESS", since, weeks: wholeWeeks(daysWithoutProgress) });
  }

  const daysOpen = daysSince(checkedDate(facts.openedOn, "openedOn"), day);
  const planApproved = optionalDate(facts.planFirstApprovedOn, "planFirstApprovedOn") !== null;
  if (
    PLAN_EXPECTED_PHASES.includes(facts.phase) &&
    !planApproved &&
    daysOpen >= settings.noApprovedPlanAfterWeeks * 7
  ) {
    findings.push({ rule: "NO_APPROVED_PLAN", weeks: wholeWeeks(daysOpen) });
  }
  return findings;
}

function scheduleSignal(dueOn: string | null, day: string, settings: PortfolioSettings): ScheduleSignal {
  if (dueOn === null) return { dueOn, due: false, overdue: false, daysUntilDue: null, daysOverdue: 0 };
  const daysUntilDue = calendarDaysBetween(day, dueOn);
  const overdue = daysUntilDue < 0;
  return {
    dueOn,
    due: !overdue && daysUntilDue <= settings.dueSoonDays,
    overdue,
    daysUntilDue,
    daysOverdue: overdue ? -daysUntilDue : 0,
  };
}

/** A case's budget against what its referrals commit and have spent (also `Case.budgetStatus`). */
export function budgetSignal(
  facts: Pick<PortfolioCaseFacts, "budgetCents" | "committedCents" | "spentCents">,
): BudgetSignal {
  const amountCents = facts.budgetCents === null ? null : checkedCents(facts.budgetCents, "budgetCents");
  const committedCents = checkedCents(facts.committedCents, "committedCents");
  const spentCents = checkedCents(facts.spentCents, "spentCents");
  const availableCents = amountCents === null ? null : amountCents - committedCents - spentCents;
  return {
    amountCents,
    committedCents,
    spentCents,
    availableCents,
    overBudget: availableCents !== null && availableCents < 0,
  };
}

/** Whole days from `from` to `day`; 0 when `from` lies after it. */
function daysSince(from: string, day: string): number {
  return Math.max(0, calendarDaysBetween(from, day));
}

function wholeWeeks(days: number): number {
  return Math.floor(days / 7);
}

/** The latest of the dates given (ISO dates compare as strings). */
function latest(dates: [string, ...(string | null)[]]): string {
  return dates.reduce<string>((max, date) => (date !== null && date > max ? date : max), dates[0]);
}

// The facts come from the database: a malformed value is a programming error (a RangeError), not user input.

function optionalDate(value: string | null, what: string): string | null {
  return value === null ? null : checkedDate(value, what);
}

function checkedCount(value: number, what: string): number {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${what} is not a count: ${String(value)}`);
  }
  return value;
}

function checkedCents(value: number, what: string): number {
  if (!Number.isSafeInteger(value))
    throw new RangeError(`${what} is not an amount in cents: ${String(value)}`);
  return value;
}

function checkedEscalationLevel(value: number): number {
  if (!Number.isInteger(value) || value < 0 || value > MAX_ESCALATION_LEVEL) {
    throw new RangeError(`escalationLevel is not 0–${MAX_ESCALATION_LEVEL}: ${String(value)}`);
  }
  return value;
}
