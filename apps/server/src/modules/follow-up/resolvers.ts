import DataLoader from "dataloader";
import { AppError, budgetSignal, dutchDate, nextCheckInDue } from "@regiehub/domain";
import {
  unsafeLoadCaseMoney,
  unsafeLoadCheckIns,
  unsafeLoadMonitoringReviews,
  type CaseCheckInRow,
  type CaseMonitoringReviewRow,
  type CaseMoney,
} from "@regiehub/db";
import { can } from "@regiehub/policy";
import { operation, requireActor, type Context } from "../../graphql/context";
import type { Resolvers } from "../../graphql/generated/resolvers";
import type { CaseModel } from "../../graphql/models";
import { recordCheckIn } from "./operations/record-check-in";
import { recordMonitoringReview } from "./operations/record-monitoring-review";
import { setCaseBudget } from "./operations/set-case-budget";
import { setCheckInInterval } from "./operations/set-check-in-interval";
import { startMonitoring } from "./operations/start-monitoring";

// Regie op regie on a case: process information like the portfolio, released only to whoever may
// `case.readFollowUp` the case (its procesregisseur, casusregisseur, a casusregisseur colleague); for every
// other viewer each field is null with CONSENT_REQUIRED (and a DENIED entry), as the BSN is — decided over
// the case's facts of this request, on every path that reaches a case (the case, lists, mutation results,
// live events). A released field is logged as a read of the case.

interface FollowUpLoaders {
  checkIns: DataLoader<string, CaseCheckInRow[]>;
  reviews: DataLoader<string, CaseMonitoringReviewRow[]>;
  money: DataLoader<string, CaseMoney | undefined>;
}

const perRequest = new WeakMap<Context, FollowUpLoaders>();

function grouped<T extends { caseId: string }>(keys: readonly string[], rows: T[]): T[][] {
  const map = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) map.get(row.caseId)?.push(row);
  return keys.map((k) => map.get(k) ?? []);
}

/** One query per kind per tick, however many cases a page shows (after access was decided). */
function loaders(ctx: Context): FollowUpLoaders {
  let found = perRequest.get(ctx);
  if (!found) {
    const today = dutchDate(ctx.now);
    found = {
      checkIns: new DataLoader(async (ids) => grouped(ids, await unsafeLoadCheckIns(ctx.db, ids))),
      reviews: new DataLoader(async (ids) => grouped(ids, await unsafeLoadMonitoringReviews(ctx.db, ids))),
      money: new DataLoader(async (ids) => {
        const rows = new Map((await unsafeLoadCaseMoney(ctx.db, ids, today)).map((r) => [r.caseId, r]));
        return ids.map((id) => rows.get(id));
      }),
    };
    perRequest.set(ctx, found);
  }
  return found;
}

/**
 * `value()` when the viewer may read the case's regie op regie (logged as a read of `Case.<field>`);
 * otherwise CONSENT_REQUIRED (the field resolves to null, the refusal is logged).
 */
async function released<T>(ctx: Context, c: CaseModel, field: string, value: () => T | Promise<T>) {
  const facts = await ctx.loaders.caseFacts.load(c.id);
  if (!facts || !can(requireActor(ctx), "case.readFollowUp", facts).allowed) {
    throw new AppError(
      "CONSENT_REQUIRED",
      "Regie op regie (regiegesprekken, budget, monitoring) is shared only with the case's procesregisseur and casusregisseur",
    ).about(c.id);
  }
  ctx.audit.read({
    caseId: c.id,
    subjectPersonIds: [],
    fields: [`Case.${field}`],
    legalBasis: "LEGAL_TASK",
  });
  return value();
}

export const followUpResolvers: Resolvers = {
  Mutation: {
    recordCheckIn: (_root, { input }, ctx) => recordCheckIn(operation(ctx), input),
    setCheckInInterval: (_root, { input }, ctx) => setCheckInInterval(operation(ctx), input),
    setCaseBudget: (_root, { input }, ctx) => setCaseBudget(operation(ctx), input),
    startMonitoring: (_root, { input }, ctx) =>
      startMonitoring(operation(ctx), input, ctx.config.retentionYears),
    recordMonitoringReview: (_root, { input }, ctx) =>
      recordMonitoringReview(operation(ctx), input, ctx.config.retentionYears),
  },
  Case: {
    checkIns: (c, _a, ctx) => released(ctx, c, "checkIns", () => loaders(ctx).checkIns.load(c.id)),
    nextCheckInOn: (c, _a, ctx) =>
      released(ctx, c, "nextCheckInOn", async () => {
        if (c.phase === "CLOSED") return null;
        const [latest] = await loaders(ctx).checkIns.load(c.id);
        return nextCheckInDue({
          latestNextCheckInOn: latest?.nextCheckInOn ?? null,
          openedOn: c.openedOn,
          intervalWeeks: c.checkInIntervalWeeks,
          hasProcesregisseur: c.procesregisseurId !== null,
        });
      }),
    checkInIntervalWeeks: (c, _a, ctx) =>
      released(ctx, c, "checkInIntervalWeeks", () => c.checkInIntervalWeeks),
    budgetStatus: (c, _a, ctx) =>
      released(ctx, c, "budgetStatus", async () => {
        const money = await loaders(ctx).money.load(c.id);
        return budgetSignal({
          budgetCents: c.budgetCents,
          committedCents: money?.committedCents ?? 0,
          spentCents: money?.spentCents ?? 0,
        });
      }),
    monitoringFollowUpOn: (c, _a, ctx) =>
      released(ctx, c, "monitoringFollowUpOn", () => c.monitoringFollowUpOn),
    monitoringReviews: (c, _a, ctx) =>
      released(ctx, c, "monitoringReviews", () => loaders(ctx).reviews.load(c.id)),
  },
  CheckIn: {
    casusregisseur: async (r, _a, ctx) =>
      r.casusregisseurId ? ((await ctx.loaders.professional.load(r.casusregisseurId)) ?? null) : null,
    recordedBy: async (r, _a, ctx) => {
      const p = await ctx.loaders.professional.load(r.byProfessionalId);
      if (!p) throw AppError.notFound("Professional");
      return p;
    },
    recordedAt: (r) => r.at,
  },
  MonitoringReview: {
    outcome: (r) => r.outcome as "CONTINUE" | "CLOSE" | "REOPEN",
    recordedBy: async (r, _a, ctx) => {
      const p = await ctx.loaders.professional.load(r.byProfessionalId);
      if (!p) throw AppError.notFound("Professional");
      return p;
    },
    recordedAt: (r) => r.at,
  },
};
