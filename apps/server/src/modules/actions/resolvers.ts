import { AppError, allowedActionTransitions, isActionOverdue } from "@regiehub/domain";
import { findItem, type ItemRecord } from "@regiehub/db";
import { itemScope } from "@regiehub/policy";
import { requireActor, type Context } from "../../graphql/context";
import type { Resolvers } from "../../graphql/generated/resolvers";
import { content } from "../dossier/access";
import { itemFields, type KindViewFacts } from "../dossier/item-fields";
import { addAction } from "./operations/add-action";
import { changeActionStatus } from "./operations/change-action-status";
import { recordReferral } from "./operations/record-referral";
import { recordResult } from "./operations/record-result";
import { caseWork, goalsOfLineage, referralRunsOn, sortActions, sortResults } from "./views";

// Actions (actiemanagement), results (resultaatmanagement) and referrals: their types, the action board and
// budget of a case, and the work towards a goal across plan versions. Every content field goes through
// `content()` (consent and the processing log).

/** An action's owner and status, for CHANGE_STATUS (known only when its content is visible). */
const actionViewFacts: KindViewFacts = (r) =>
  r.action ? { ownerOrganisationId: r.action.ownerOrganisationId, actionStatus: r.action.status } : {};

/** The work (actions or results) towards every version of a goal that the viewer may see. */
async function workOfGoal(ctx: Context, goal: ItemRecord, kind: "actions" | "results") {
  if (!goal.goal) return []; // a redacted goal: its lineage is content
  const goalIds = new Set(await goalsOfLineage(ctx, goal.caseId, goal.goal.lineageId));
  const work = await caseWork(ctx, goal.caseId);
  return work[kind].filter((r) => r.parentItemId !== null && goalIds.has(r.parentItemId));
}

export const actionResolvers: Resolvers = {
  Action: {
    ...itemFields("Action", actionViewFacts),
    goalId: (r) => r.parentItemId!,
    goal: async (r, _a, ctx) => {
      if (!r.parentItemId) return null;
      // A redacted stub when the goal is outside the viewer's grants.
      return (await findItem(ctx.db, itemScope(requireActor(ctx), ctx.now), r.parentItemId)) ?? null;
    },
    title: (r, _a, ctx) => content(ctx, r, "Action.title", () => r.action!.title),
    description: (r, _a, ctx) => content(ctx, r, "Action.description", () => r.action!.description),
    ownerOrganisation: (r, _a, ctx) =>
      content(ctx, r, "Action.ownerOrganisation", async () => {
        const org = await ctx.loaders.organisation.load(r.action!.ownerOrganisationId);
        if (!org) throw AppError.notFound("Organisation");
        return org;
      }),
    ownerProfessional: (r, _a, ctx) =>
      content(ctx, r, "Action.ownerProfessional", async () => {
        const id = r.action!.ownerProfessionalId;
        return id ? ((await ctx.loaders.professional.load(id)) ?? null) : null;
      }),
    dueOn: (r, _a, ctx) => content(ctx, r, "Action.dueOn", () => r.action!.dueOn),
    status: (r, _a, ctx) => content(ctx, r, "Action.status", () => r.action!.status),
    statusReason: (r, _a, ctx) => content(ctx, r, "Action.statusReason", () => r.action!.statusReason),
    statusChangedAt: (r, _a, ctx) =>
      content(ctx, r, "Action.statusChangedAt", () => r.action!.statusChangedAt),
    overdue: (r, _a, ctx) => content(ctx, r, "Action.overdue", () => isActionOverdue(r.action!, ctx.now)),
    allowedTransitions: (r, _a, ctx) =>
      content(ctx, r, "Action.allowedTransitions", () => [...allowedActionTransitions(r.action!.status)]),
  },
  Result: {
    ...itemFields("Result"),
    goalId: (r) => r.parentItemId!,
    measuredOn: (r, _a, ctx) => content(ctx, r, "Result.measuredOn", () => r.result!.measuredOn),
    score: (r, _a, ctx) => content(ctx, r, "Result.score", () => r.result!.score),
    status: (r, _a, ctx) => content(ctx, r, "Result.status", () => r.result!.status),
    evidence: (r, _a, ctx) => content(ctx, r, "Result.evidence", () => r.result!.evidence),
  },
  Referral: {
    ...itemFields("Referral"),
    goalId: (r) => r.parentItemId,
    referralKind: (r, _a, ctx) => content(ctx, r, "Referral.referralKind", () => r.referral!.referralKind),
    care: (r, _a, ctx) => content(ctx, r, "Referral.care", () => r.referral!.care),
    providerName: (r, _a, ctx) => content(ctx, r, "Referral.providerName", () => r.referral!.providerName),
    startsOn: (r, _a, ctx) => content(ctx, r, "Referral.startsOn", () => r.referral!.startsOn),
    endsOn: (r, _a, ctx) => content(ctx, r, "Referral.endsOn", () => r.referral!.endsOn),
    costCents: (r, _a, ctx) => content(ctx, r, "Referral.costCents", () => r.referral!.costCents),
    reference: (r, _a, ctx) => content(ctx, r, "Referral.reference", () => r.referral!.reference),
  },
  Goal: {
    actions: async (r, _a, ctx) => sortActions(await workOfGoal(ctx, r, "actions"), ctx.now),
    results: async (r, _a, ctx) => sortResults(await workOfGoal(ctx, r, "results")),
    latestResult: async (r, _a, ctx) => sortResults(await workOfGoal(ctx, r, "results")).at(-1) ?? null,
  },
  Case: {
    actions: async (c, { filter }, ctx) => {
      const actor = requireActor(ctx);
      const scope = filter?.scope ?? "ALL";
      const statuses = filter?.statuses?.length ? new Set(filter.statuses) : undefined;
      const { actions } = await caseWork(ctx, c.id);
      const selected = actions.filter((r) => {
        const a = r.action!;
        if (scope === "MINE" && a.ownerProfessionalId !== actor.professionalId) return false;
        if (scope === "ORGANISATION" && a.ownerOrganisationId !== actor.organisationId) return false;
        if (statuses && !statuses.has(a.status)) return false;
        if (filter?.overdueOnly && !isActionOverdue(a, ctx.now)) return false;
        return true;
      });
      return sortActions(selected, ctx.now);
    },
    referrals: async (c, _a, ctx) => {
      const { referrals } = await caseWork(ctx, c.id);
      return [...referrals].sort((a, b) =>
        a.referral!.startsOn === b.referral!.startsOn
          ? 0
          : a.referral!.startsOn < b.referral!.startsOn
            ? -1
            : 1,
      );
    },
    budget: async (c, _a, ctx) => {
      const { referrals } = await caseWork(ctx, c.id);
      let totalCostCents = 0;
      let activeCostCents = 0;
      for (const r of referrals) {
        // The budget reads each referral's cost: logged like any other read.
        const cost = await content(ctx, r, "Referral.costCents", () => r.referral!.costCents);
        totalCostCents += cost;
        if (referralRunsOn(r, ctx.now)) activeCostCents += cost;
      }
      return { totalCostCents, activeCostCents, referralCount: referrals.length };
    },
  },
  Mutation: {
    addAction: (_r, { input }, ctx) => addAction(ctx.db, requireActor(ctx), ctx.changes, input, ctx.now),
    changeActionStatus: (_r, { input }, ctx) =>
      changeActionStatus(ctx.db, requireActor(ctx), ctx.changes, input, ctx.now),
    recordResult: (_r, { input }, ctx) =>
      recordResult(ctx.db, requireActor(ctx), ctx.changes, input, ctx.now),
    recordReferral: (_r, { input }, ctx) =>
      recordReferral(ctx.db, requireActor(ctx), ctx.changes, input, ctx.now),
  },
};
