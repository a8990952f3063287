import {
  DEFAULT_PORTFOLIO_SETTINGS,
  budgetSignal,
  dutchDate,
  everyOpenPhase,
  onTimeShare,
  parseInput,
  type PhaseTime,
} from "@regiehub/domain";
import {
  loadBudgetUse,
  loadPartnerTimeliness,
  loadStalledTrend,
  loadTimeInPhase,
  type CaseBudgetUseRow,
  type PartnerTimelinessRow,
  type PortfolioChartsQuery,
  type StalledWeekRow,
} from "@regiehub/db";
import { caseScope } from "@regiehub/policy";
import type { OperationContext } from "../../../operation";
import { ListPortfolioInput, orderedPortfolio } from "./list-portfolio";

const ChartsInput = ListPortfolioInput.pick({ filter: true });

/** One partner organisation's timeliness, with the share done on time. */
export interface PartnerTimeliness extends PartnerTimelinessRow {
  onTimeShare: number;
}

export interface PortfolioCharts {
  stalledByWeek: StalledWeekRow[];
  timeInPhase: PhaseTime[];
  budgetUse: (CaseBudgetUseRow & { availableCents: number; overBudget: boolean })[];
  partnerTimeliness: PartnerTimeliness[];
}

/**
 * The figures of the viewer's portfolio charts: the stalled trend, time in phase, budget use per case and
 * partner timeliness, each series in one statement over the cases of the portfolio (the same scope and
 * filters as the list). The filters derived from signals (stalled, overdue, over budget) need the signals:
 * only when one of them is given is the portfolio's list computed first (one more statement), and the series
 * are restricted to its cases. Like the list, each case the charts name (the budget use, by reference) is
 * logged as a portfolio read; the other series are counts that name no case, as the summary.
 */
export async function summarisePortfolioCharts(
  ctx: OperationContext,
  rawInput: unknown,
): Promise<PortfolioCharts> {
  const input = parseInput(ChartsInput, rawInput, "");
  const filter = input.filter ?? {};
  const derived = [filter.stalled, filter.overdue, filter.overBudget].some(
    (v) => v !== null && v !== undefined,
  );
  const caseIds = derived
    ? (await orderedPortfolio(ctx, { filter, orderBy: null })).map((item) => item.signals.caseId)
    : undefined;
  const settings = DEFAULT_PORTFOLIO_SETTINGS;
  const query: PortfolioChartsQuery = {
    scope: caseScope(ctx.actor),
    professionalId: ctx.actor.professionalId,
    today: dutchDate(ctx.now),
    phases: filter.phases,
    frameworks: filter.frameworks,
    municipality: filter.municipality,
    casusregisseurId: filter.casusregisseurId,
    organisationId: filter.organisationId,
    escalated: filter.escalated,
    caseIds,
  };
  const stalledByWeek = await loadStalledTrend(ctx.db, {
    ...query,
    stalledAfterDays: settings.stalledAfterWeeks * 7,
  });
  const timeInPhase = everyOpenPhase(await loadTimeInPhase(ctx.db, query));
  const budgetUse = (await loadBudgetUse(ctx.db, query)).map((row) => {
    const signal = budgetSignal(row);
    return { ...row, availableCents: signal.availableCents ?? 0, overBudget: signal.overBudget };
  });
  const partnerTimeliness = (await loadPartnerTimeliness(ctx.db, query)).map((row) => ({
    ...row,
    // Only organisations with a counted action are loaded, so the share is always there.
    onTimeShare: onTimeShare(row) ?? 0,
  }));
  for (const row of budgetUse) {
    ctx.audit.read({
      caseId: row.caseId,
      subjectPersonIds: [],
      fields: ["Portfolio.budgetUse"],
      legalBasis: "LEGAL_TASK",
      detail: "portfolio charts",
    });
  }
  return { stalledByWeek, timeInPhase, budgetUse, partnerTimeliness };
}
