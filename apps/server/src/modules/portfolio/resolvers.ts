import { operation } from "../../graphql/context";
import type { Resolvers } from "../../graphql/generated/resolvers";
import { exportPortfolio } from "./operations/export-portfolio";
import { listPortfolio } from "./operations/list-portfolio";
import { summarisePortfolio } from "./operations/summarise-portfolio";
import { summarisePortfolioCharts } from "./operations/summarise-portfolio-charts";

export const portfolioResolvers: Resolvers = {
  Query: {
    portfolio: (_root, args, ctx) => listPortfolio(operation(ctx), args),
    portfolioCsv: (_root, args, ctx) => exportPortfolio(operation(ctx), args),
    portfolioSummary: (_root, args, ctx) => summarisePortfolio(operation(ctx), args),
    portfolioCharts: (_root, args, ctx) => summarisePortfolioCharts(operation(ctx), args),
  },
  PortfolioPartnerTimeliness: {
    organisation: async (p, _args, ctx) => {
      const organisation = await ctx.loaders.organisation.load(p.organisationId);
      if (!organisation) throw new Error(`Organisation ${p.organisationId} not found`);
      return organisation;
    },
  },
  PortfolioEntry: {
    caseId: (e) => e.signals.caseId,
    reference: (e) => e.signals.reference,
    title: (e) => e.row.title,
    municipality: (e) => e.row.municipality,
    phase: (e) => e.signals.phase,
    framework: (e) => e.signals.framework,
    escalationLevel: (e) => e.signals.escalationLevel,
    casusregisseur: async (e, _args, ctx) =>
      e.row.casusregisseurId ? ((await ctx.loaders.professional.load(e.row.casusregisseurId)) ?? null) : null,
    openedOn: (e) => e.row.openedOn,
    weeksInPhase: (e) => e.signals.weeksInPhase,
    stalled: (e) => e.signals.stalled,
    stalledBy: (e) => e.signals.stalledBy.map((f) => f.rule),
    overdueActions: (e) => e.signals.overdueActions.count,
    oldestOverdueDaysLate: (e) => e.signals.overdueActions.oldestDaysLate,
    openActions: (e) => e.signals.openActions,
    evaluation: (e) => e.signals.evaluation,
    checkIn: (e) => e.signals.checkIn,
    acuteSafety: (e) => e.signals.acuteSafety,
    teamGaps: (e) => e.signals.teamGaps,
    budget: (e) => e.signals.budget,
    openDoorbraak: (e) => e.signals.openDoorbraak,
    handOvers: (e) => e.signals.handOvers,
    lastActivityOn: (e) => e.signals.lastActivity.on,
    // A standing computed before the signal existed has none: null until the case is computed again.
    awaitsAgenda: (e) => e.signals.awaitsAgenda ?? null,
    urgency: (e) => Math.round(e.urgency),
    reasons: (e) => e.reasons,
  },
};
