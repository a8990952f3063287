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
