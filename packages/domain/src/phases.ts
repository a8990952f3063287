// Case phases and the transitions between them (docs/domain.md).
// Forward one step at a time; back where the work really goes back (re-analysis, plan adjusted after an
// evaluation, relapse during monitoring); any open case may close; a closed case may be reopened into
// inventory.

export const CASE_PHASES = [
  "SIGNAL",
  "INVENTORY",
  "ANALYSIS",
  "PLAN",
  "EXECUTION",
  "EVALUATION",
  "MONITORING",
  "CLOSED",
] as const;
export type CasePhase = (typeof CASE_PHASES)[number];

const TRANSITIONS: Record<CasePhase, readonly CasePhase[]> = {
  SIGNAL: ["INVENTORY", "CLOSED"],
  INVENTORY: ["ANALYSIS", "CLOSED"],
  ANALYSIS: ["PLAN", "INVENTORY", "CLOSED"],
  PLAN: ["EXECUTION", "ANALYSIS", "CLOSED"],
  EXECUTION: ["EVALUATION", "CLOSED"],
  EVALUATION: ["MONITORING", "EXECUTION", "PLAN", "CLOSED"],
  MONITORING: ["CLOSED", "EXECUTION", "EVALUATION"],
  CLOSED: ["INVENTORY"],
};

export function allowedTransitions(from: CasePhase): readonly CasePhase[] {
  return TRANSITIONS[from];
}

export function canTransition(from: CasePhase, to: CasePhase): boolean {
  return TRANSITIONS[from].includes(to);
}

/** A backward move or closing needs a reason in the dossier. */
export function transitionNeedsReason(from: CasePhase, to: CasePhase): boolean {
  if (to === "CLOSED" || from === "CLOSED") return true;
  return CASE_PHASES.indexOf(to) < CASE_PHASES.indexOf(from);
}

/**
 * The steps forward from `from` to `to`, one phase at a time, each an allowed transition: e.g. INVENTORY →
 * EXECUTION is [ANALYSIS, PLAN, EXECUTION]. Empty when `to` is not ahead of `from`.
 */
export function forwardSteps(from: CasePhase, to: CasePhase): CasePhase[] {
  const steps: CasePhase[] = [];
  let at = from;
  for (let i = CASE_PHASES.indexOf(from) + 1; i <= CASE_PHASES.indexOf(to); i++) {
    const next = CASE_PHASES[i]!;
    if (!canTransition(at, next)) return [];
    steps.push(next);
    at = next;
  }
  return steps;
}

/** The phases that approving the first family plan moves on from: the work before there is a plan. */
export const PHASES_BEFORE_FIRST_PLAN: readonly CasePhase[] = ["INVENTORY", "ANALYSIS", "PLAN"];

/** Why the hub moved a case when its first family plan was approved (recorded with each transition). */
export const FIRST_PLAN_PHASE_REASON = "Eerste gezinsplan vastgesteld";

/**
 * The phase follows the work: approving a case's FIRST family plan moves a case in inventory, analysis or plan
 * to execution, through every phase in between (each step recorded). Nothing for a case in any other phase
 * (a signal without a team yet, a case already at work, evaluated, monitored or closed) or for a later
 * version of the plan.
 */
export function phaseStepsOnPlanApproval(phase: CasePhase, firstApprovedPlan: boolean): CasePhase[] {
  if (!firstApprovedPlan || !PHASES_BEFORE_FIRST_PLAN.includes(phase)) return [];
  return forwardSteps(phase, "EXECUTION");
}
