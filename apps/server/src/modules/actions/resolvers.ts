import { AppError, allowedActionTransitions, isActionOverdue } from "@regiehub/domain";
import { findItem, isCoveredItemOf, type ItemOf, type ItemRecord } from "@regiehub/db";
import { itemScope } from "@regiehub/policy";
import { operation, requireActor, type Context } from "../../graphql/context";
import type { Resolvers } from "../../graphql/generated/resolvers";
import { content } from "../dossier/access";
import { itemFields, type KindViewFacts } from "../dossier/item-fields";
import { addAction } from "./operations/add-action";
import { recordDoorbraak } from "./operations/record-doorbraak";
import { changeActionStatus } from "./operations/change-action-status";
import { listActions } from "./operations/list-actions";
import { listMyActions } from "./operations/list-my-actions";
import { listReferrals } from "./operations/list-referrals";
import { recordReferral } from "./operations/record-referral";
import { recordResult } from "./operations/record-result";
import {
  caseWork,
  caseWorkLookup,
  goalsOfLineage,
  referralRunsOn,
  sortActions,
  sortResults,
  type CaseWork,
} from "./views";

// Actions (actiemanagement), results (resultaatmanagement) and referrals: their types, the action board and
// budget of a case, and the work towards a goal across plan versions. Every content field goes through
// `content()` (consent and the processing log).

/** An action's owner and status, for CHANGE_STATUS (known only when its content is visible). */
const actionViewFacts: KindViewFacts = (r) =>
  isCoveredItemOf(r, "ACTION")
    ? { ownerOrganisationId: r.content.ownerOrganisationId, actionStatus: r.content.status }
    : {};

/** The work (actions or results, as `pick` chooses) towards every version of a goal that the viewer may see. */
async function workOfGoal<T extends ItemRecord>(
  ctx: Context,
  goal: ItemOf<"GOAL">,
  pick: (work: CaseWork) => readonly T[],
): Promise<T[]> {
  if (!goal.covered) return []; // a redacted goal: its lineage is content
  const goalIds = new Set(await goalsOfLineage(ctx, goal.caseId, goal.content.lineageId));
  const work = pick(await caseWork(ctx, goal.caseId));
  return work.filter((r) => r.parentItemId !== null && goalIds.has(r.parentItemId));
}

export const actionResolvers: Resolvers = {
  Action: {
    ...itemFields("Action", actionViewFacts),
    goalId: (r) => r.parentItemId!,
    goal: async (r, _a, ctx) => {
      if (!r.parentItemId) return null;
      // A redacted stub when the goal is outside the viewer's grants.
      return (await findItem(ctx.db, itemScope(requireActor(ctx), ctx.now), r.parentItemId, "GOAL")) ?? null;
    },
    title: (r, _a, ctx) => content(ctx, r, "Action.title", (a) => a.title),
    description: (r, _a, ctx) => content(ctx, r, "Action.description", (a) => a.description),
    ownerOrganisation: (r, _a, ctx) =>
      content(ctx, r, "Action.ownerOrganisation", async (a) => {
        const org = await ctx.loaders.organisation.load(a.ownerOrganisationId);
        if (!org) throw AppError.notFound("Organisation");
        return org;
      }),
    ownerProfessional: (r, _a, ctx) =>
      content(ctx, r, "Action.ownerProfessional", async (a) => {
        const id = a.ownerProfessionalId;
        return id ? ((await ctx.loaders.professional.load(id)) ?? null) : null;
      }),
    dueOn: (r, _a, ctx) => content(ctx, r, "Action.dueOn", (a) => a.dueOn),
    status: (r, _a, ctx) => content(ctx, r, "Action.status", (a) => a.status),
    statusReason: (r, _a, ctx) => content(ctx, r, "Action.statusReason", (a) => a.statusReason),
    statusChangedAt: (r, _a, ctx) => content(ctx, r, "Action.statusChangedAt", (a) => a.statusChangedAt),
    overdue: (r, _a, ctx) => content(ctx, r, "Action.overdue", (a) => isActionOverdue(a, ctx.now)),
    doorbraak: (r, _a, ctx) =>
      content(ctx, r, "Action.doorbraak", (a) =>
        a.doorbraakAuthority && a.doorbraakDecidedOn
          ? {
              authority: a.doorbraakAuthority,
              heard: a.doorbraakHeard ?? [],
              decidedOn: a.doorbraakDecidedOn,
            }
          : null,
      ),
    allowedTransitions: (r, _a, ctx) =>
      content(ctx, r, "Action.allowedTransitions", (a) => [...allowedActionTransitions(a.status)]),
  },
  Result: {
    ...itemFields("Result"),
    goalId: (r) => r.parentItemId!,
    measuredOn: (r, _a, ctx) => content(ctx, r, "Result.measuredOn", (c) => c.measuredOn),
    score: (r, _a, ctx) => content(ctx, r, "Result.score", (c) => c.score),
    status: (r, _a, ctx) => content(ctx, r, "Result.status", (c) => c.status),
    evidence: (r, _a, ctx) => content(ctx, r, "Result.evidence", (c) => c.evidence),
  },
  Referral: {
    ...itemFields("Referral"),
    goalId: (r) => r.parentItemId,
    referralKind: (r, _a, ctx) => content(ctx, r, "Referral.referralKind", (c) => c.referralKind),
    care: (r, _a, ctx) => content(ctx, r, "Referral.care", (c) => c.care),
    providerName: (r, _a, ctx) => content(ctx, r, "Referral.providerName", (c) => c.providerName),
    startsOn: (r, _a, ctx) => content(ctx, r, "Referral.startsOn", (c) => c.startsOn),
    endsOn: (r, _a, ctx) => content(ctx, r, "Referral.endsOn", (c) => c.endsOn),
    costCents: (r, _a, ctx) => content(ctx, r, "Referral.costCents", (c) => c.costCents),
    reference: (r, _a, ctx) => content(ctx, r, "Referral.reference", (c) => c.reference),
  },
  Goal: {
    actions: async (r, _a, ctx) => sortActions(await workOfGoal(ctx, r, (w) => w.actions), ctx.now),
    results: async (r, _a, ctx) => sortResults(await workOfGoal(ctx, r, (w) => w.results)),
    latestResult: async (r, _a, ctx) =>
      sortResults(await workOfGoal(ctx, r, (w) => w.results)).at(-1) ?? null,
  },
  Case: {
    actions: (c, args, ctx) =>
      listActions(caseWorkLookup(ctx), requireActor(ctx), { ...args, caseId: c.id }, ctx.now),
    referrals: (c, _a, ctx) => listReferrals(caseWorkLookup(ctx), { caseId: c.id }),
    budget: async (c, _a, ctx) => {
      const { referrals } = await caseWork(ctx, c.id);
      let totalCostCents = 0;
      let activeCostCents = 0;
      for (const r of referrals) {
        // The budget reads each referral's cost: logged like any other read.
        const cost = await content(ctx, r, "Referral.costCents", (c) => c.costCents);
        totalCostCents += cost;
        if (referralRunsOn(r, ctx.now)) activeCostCents += cost;
      }
      return { totalCostCents, activeCostCents, referralCount: referrals.length };
    },
  },
  Query: {
    myActions: (_r, args, ctx) => listMyActions(operation(ctx), args),
  },
  Mutation: {
    addAction: (_r, { input }, ctx) => addAction(operation(ctx), input),
    recordDoorbraak: (_r, { input }, ctx) => recordDoorbraak(operation(ctx), input),
    changeActionStatus: (_r, { input }, ctx) => changeActionStatus(operation(ctx), input),
    recordResult: (_r, { input }, ctx) => recordResult(operation(ctx), input),
    recordReferral: (_r, { input }, ctx) => recordReferral(operation(ctx), input),
  },
};
