import { DEFAULT_PORTFOLIO_SETTINGS } from "./settings";
import type { PortfolioCaseFacts } from "./signals";

// For the tests of this folder only (not exported from the package): one healthy case and a fixed "today".

/** A Monday. */
export const TODAY = "2025-03-10";

export const SETTINGS = DEFAULT_PORTFOLIO_SETTINGS;

/**
 * A case in execution on TODAY that needs nothing: 4 weeks in its phase, a plan approved, progress last week,
 * no action overdue, evaluation and regiegesprek weeks away, budget to spare. Tests change what they test.
 */
export function caseFacts(changes: Partial<PortfolioCaseFacts> = {}): PortfolioCaseFacts {
  return {
    caseId: "00000000-0000-4000-8000-000000000001",
    reference: "RH-2024-0001",
    phase: "EXECUTION",
    phaseSince: "2025-02-10",
    openedOn: "2024-12-02",
    framework: "VOLUNTARY",
    escalationLevel: 0,
    casusregisseurId: "00000000-0000-4000-8000-0000000000c1",
    handOvers: 0,
    planFirstApprovedOn: "2025-01-20",
    planStatus: "APPROVED",
    lastPlanProgressOn: "2025-03-03",
    overdueActions: 0,
    oldestOverdueDueOn: null,
    openActions: 3,
    lastActionDoneOn: "2025-03-05",
    nextEvaluationDueOn: "2025-04-20",
    lastEvaluationHeldOn: null,
    nextCheckInDueOn: "2025-04-01",
    monitoringFollowUpOn: null,
    openAcuteSafetyAssessments: 0,
    teamGaps: 0,
    budgetCents: 500_000,
    committedCents: 200_000,
    spentCents: 100_000,
    openDoorbraakDecisions: 0,
    lastActivityOn: "2025-03-07",
    escalationTableName: null,
    escalatedToTableOn: null,
    tableTookUpCase: false,
    ...changes,
  };
}

/** A case with no progress dates at all, everything else as `caseFacts`. */
export function withoutProgress(changes: Partial<PortfolioCaseFacts> = {}): PortfolioCaseFacts {
  return caseFacts({
    lastPlanProgressOn: null,
    lastActionDoneOn: null,
    lastEvaluationHeldOn: null,
    ...changes,
  });
}
