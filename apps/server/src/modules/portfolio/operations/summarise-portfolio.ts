import { CASE_PHASES, parseInput, type CasePhase } from "@regiehub/domain";
import type { OperationContext } from "../../../operation";
import { ListPortfolioInput, orderedPortfolio } from "./list-portfolio";

const SummaryInput = ListPortfolioInput.pick({ filter: true });

export interface PortfolioSummary {
  total: number;
  stalled: number;
  overdue: number;
  acuteSafety: number;
  byPhase: { phase: CasePhase; cases: number; stalled: number }[];
}

/**
 * Counts over the viewer's portfolio (the same statement and signals as the list) for its charts: how many
 * cases, stalled, overdue and with acute safety, and per phase. Counts name no case and no family, so unlike
 * the list they are not logged per case.
 */
export async function summarisePortfolio(
  ctx: OperationContext,
  rawInput: unknown,
): Promise<PortfolioSummary> {
  const input = parseInput(SummaryInput, rawInput, "");
  const items = await orderedPortfolio(ctx, { filter: input.filter, orderBy: null });
  const byPhase = new Map(CASE_PHASES.map((phase) => [phase, { phase, cases: 0, stalled: 0 }]));
  let stalled = 0;
  let overdue = 0;
  let acuteSafety = 0;
  for (const { signals: s } of items) {
    const phase = byPhase.get(s.phase)!;
    phase.cases++;
    if (s.stalled) {
      phase.stalled++;
      stalled++;
    }
    if (s.overdueActions.count > 0) overdue++;
    if (s.acuteSafety) acuteSafety++;
  }
  return { total: items.length, stalled, overdue, acuteSafety, byPhase: [...byPhase.values()] };
}
