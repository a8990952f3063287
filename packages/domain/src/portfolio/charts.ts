import { CASE_PHASES, type CasePhase } from "../phases";

// Pure pieces of the portfolio's charts (Query.portfolioCharts): the figures come from SQL
// (packages/db/src/queries/portfolio-charts.ts); these complete and derive what the charts show.

/** The phases of an open case, in phase order: the time-in-phase chart lists each of them. */
export const OPEN_CASE_PHASES: readonly CasePhase[] = CASE_PHASES.filter((phase) => phase !== "CLOSED");

export interface PhaseTime {
  phase: CasePhase;
  cases: number;
  medianWeeks: number | null;
  maxWeeks: number | null;
}

/**
 * Every phase of an open case in phase order, with the figures found for it and, for a phase without cases,
 * 0 cases and no median or maximum. A CLOSED row, or a phase given twice, is a programming error.
 */
export function everyOpenPhase(rows: readonly PhaseTime[]): PhaseTime[] {
  const byPhase = new Map<CasePhase, PhaseTime>();
  for (const row of rows) {
    if (!OPEN_CASE_PHASES.includes(row.phase) || byPhase.has(row.phase)) {
      throw new RangeError(`Unexpected time-in-phase row for ${row.phase}`);
    }
    byPhase.set(row.phase, row);
  }
  return OPEN_CASE_PHASES.map(
    (phase) => byPhase.get(phase) ?? { phase, cases: 0, medianWeeks: null, maxWeeks: null },
  );
}

export interface ActionTimeliness {
  doneOnTime: number;
  doneLate: number;
  openOverdue: number;
}

/** The actions counted: done on time, done late and open past their due date. */
export function countedActions(t: ActionTimeliness): number {
  return t.doneOnTime + t.doneLate + t.openOverdue;
}

/**
 * The share of the counted actions that was done on time, from 0 to 1; null when none is counted (no action
 * due yet). An overdue open action counts against the share: it is not done on time whatever happens next.
 */
export function onTimeShare(t: ActionTimeliness): number | null {
  const total = countedActions(t);
  return total === 0 ? null : t.doneOnTime / total;
}
