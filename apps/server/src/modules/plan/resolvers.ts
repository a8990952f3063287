import {
  AppError,
  GOAL_PRIORITIES,
  allowedPlanTransitions,
  isEvaluationOverdue,
  nextEvaluationDue,
  planIncludesYouthCare,
  planTransitionProblem,
  type GoalPriority,
} from "@regiehub/domain";
import { findItem, listItems, type ItemOf } from "@regiehub/db";
import { can, itemScope } from "@regiehub/policy";
import { operation, requireActor, type Context } from "../../graphql/context";
import type { Resolvers } from "../../graphql/generated/resolvers";
import type { CaseModel, EvaluationScheduleModel } from "../../graphql/models";
import { content } from "../dossier/access";
import { itemFields, type KindViewFacts } from "../dossier/item-fields";
import {
  casePlanMeta,
  casePlanMetaLookup,
  goalLineage,
  lastHeldEvaluation,
  planGoalDomains,
  planMeta,
} from "./facts";
import { addGoal } from "./operations/add-goal";
import { agreePlan } from "./operations/agree-plan";
import { approvePlan } from "./operations/approve-plan";
import { draftPlan } from "./operations/draft-plan";
import { holdEvaluation } from "./operations/hold-evaluation";
import { listEvaluations } from "./operations/list-evaluations";
import { listPlans } from "./operations/list-plans";
import { reopenPlan } from "./operations/reopen-plan";
import { scheduleEvaluation } from "./operations/schedule-evaluation";
import { setEvaluationInterval } from "./operations/set-evaluation-interval";
import { updateGoal } from "./operations/update-goal";
import { updatePlan } from "./operations/update-plan";

const PRIORITY_ORDER = new Map<GoalPriority, number>(GOAL_PRIORITIES.map((p, i) => [p, i]));

/** The goals of a plan the viewer may see: by priority, then in the order they were added. */
async function visibleGoals(ctx: Context, plan: ItemOf<"PLAN">): Promise<ItemOf<"GOAL">[]> {
  const goals = await listItems(ctx.db, itemScope(requireActor(ctx), ctx.now), {
    caseId: plan.caseId,
    kinds: ["GOAL"],
    parentItemIds: [plan.id],
  });
  const rank = (g: ItemOf<"GOAL">) =>
    PRIORITY_ORDER.get(g.content?.priority ?? "LOW") ?? GOAL_PRIORITIES.length;
  // listItems returns oldest first; a stable sort keeps that order within a priority.
  return goals.sort((a, b) => rank(a) - rank(b));
}

/** A plan version of a case as the viewer sees it (redacted when no grant covers it). */
async function planRecord(ctx: Context, planId: string | undefined): Promise<ItemOf<"PLAN"> | null> {
  if (!planId) return null;
  return (await findItem(ctx.db, itemScope(requireActor(ctx), ctx.now), planId, "PLAN")) ?? null;
}

async function evaluationSchedule(ctx: Context, c: CaseModel): Promise<EvaluationScheduleModel> {
  const current = (await casePlanMeta(ctx, c.id)).find((p) => p.status === "APPROVED");
  const intervalMonths = c.evaluationIntervalMonths;
  if (!current?.approvedOn) return { intervalMonths, plan: null, nextDueOn: null, overdue: false };
  const nextDueOn = nextEvaluationDue(
    current.approvedOn,
    intervalMonths,
    await lastHeldEvaluation(ctx, current.itemId),
  );
  return {
    intervalMonths,
    plan: await planRecord(ctx, current.itemId),
    nextDueOn,
    overdue: isEvaluationOverdue(nextDueOn, ctx.now),
  };
}

async function viewerApprovalProblem(ctx: Context, plan: ItemOf<"PLAN">): Promise<string | null> {
  const actor = requireActor(ctx);
  const [meta, facts, domains, me] = await Promise.all([
    planMeta(ctx, plan.id),
    ctx.loaders.caseFacts.load(plan.caseId),
    planGoalDomains(ctx, plan.id),
    ctx.loaders.professional.load(actor.professionalId),
  ]);
  if (!facts || !can(actor, "plan.approve", facts).allowed) {
    return facts?.procesregisseurEditsPlans
      ? "Alleen de casusregisseur, een casusregisseur van de regievoerende organisatie of de procesregisseur stelt het plan vast."
      : "Alleen de casusregisseur of een casusregisseur van de regievoerende organisatie stelt het plan vast.";
  }
  return planTransitionProblem(
    {
      from: meta.status,
      to: "APPROVED",
      goals: domains.map((domain) => ({ domain })),
      approver: { hasRegistration: Boolean(me?.registrationKind) },
    },
    ctx.now,
  );
}

/** The status of a goal's plan version, for ADD_ACTION and RECORD_RESULT (offered on visible goals only). */
const goalViewFacts: KindViewFacts = async (r, ctx, access) => {
  if (!access.allowed || !r.parentItemId) return {};
  return { planStatus: (await planMeta(ctx, r.parentItemId)).status };
};

export const planResolvers: Resolvers = {
  Plan: {
    ...itemFields("Plan"),
    number: async (r, _a, ctx) => (await planMeta(ctx, r.id)).number,
    status: async (r, _a, ctx) => (await planMeta(ctx, r.id)).status,
    agreedOn: async (r, _a, ctx) => (await planMeta(ctx, r.id)).agreedOn,
    approvedOn: async (r, _a, ctx) => (await planMeta(ctx, r.id)).approvedOn,
    supersededOn: async (r, _a, ctx) => (await planMeta(ctx, r.id)).supersededOn,
    approvedBy: async (r, _a, ctx) => {
      const id = (await planMeta(ctx, r.id)).approvedByProfessionalId;
      return id ? ((await ctx.loaders.professional.load(id)) ?? null) : null;
    },
    allowedTransitions: async (r, _a, ctx) => [...allowedPlanTransitions((await planMeta(ctx, r.id)).status)],
    includesYouthCare: async (r, _a, ctx) =>
      planIncludesYouthCare({ goals: (await planGoalDomains(ctx, r.id)).map((domain) => ({ domain })) }),
    approvalProblem: (r, _a, ctx) => viewerApprovalProblem(ctx, r),
    perspective: (r, _a, ctx) => content(ctx, r, "Plan.perspective", (p) => p.perspective),
    reopenReason: (r, _a, ctx) => content(ctx, r, "Plan.reopenReason", (p) => p.reopenReason),
    draftReason: (r, _a, ctx) => content(ctx, r, "Plan.draftReason", (p) => p.draftReason),
    agreedBy: (r, _a, ctx) =>
      content(ctx, r, "Plan.agreedBy", async (plan) => {
        const persons = await ctx.loaders.personsByCase.load(r.caseId);
        return persons.filter((p) => plan.agreedByPersonIds.includes(p.id));
      }),
    goals: (r, _a, ctx) => visibleGoals(ctx, r),
  },
  Goal: {
    ...itemFields("Goal", goalViewFacts),
    planId: (r) => {
      if (!r.parentItemId) throw new AppError("INTERNAL", "A goal without a plan");
      return r.parentItemId;
    },
    lineageId: (r, _a, ctx) => r.content?.lineageId ?? goalLineage(ctx, r.id),
    familyWording: (r, _a, ctx) => content(ctx, r, "Goal.familyWording", (c) => c.familyWording),
    professionalWording: (r, _a, ctx) =>
      content(ctx, r, "Goal.professionalWording", (c) => c.professionalWording),
    priority: (r, _a, ctx) => content(ctx, r, "Goal.priority", (c) => c.priority),
    targetDate: (r, _a, ctx) => content(ctx, r, "Goal.targetDate", (c) => c.targetDate),
  },
  Evaluation: {
    ...itemFields("Evaluation"),
    planId: (r) => {
      if (!r.parentItemId) throw new AppError("INTERNAL", "An evaluation without a plan");
      return r.parentItemId;
    },
    scheduledOn: (r, _a, ctx) => content(ctx, r, "Evaluation.scheduledOn", (c) => c.scheduledOn),
    heldOn: (r, _a, ctx) => content(ctx, r, "Evaluation.heldOn", (c) => c.heldOn),
    status: (r, _a, ctx) => content(ctx, r, "Evaluation.status", (e) => (e.heldOn ? "HELD" : "SCHEDULED")),
    overdue: (r, _a, ctx) =>
      content(ctx, r, "Evaluation.overdue", (e) => !e.heldOn && isEvaluationOverdue(e.scheduledOn, ctx.now)),
    participants: (r, _a, ctx) => content(ctx, r, "Evaluation.participants", (c) => c.participants),
    conclusions: (r, _a, ctx) => content(ctx, r, "Evaluation.conclusions", (c) => c.conclusions),
    ledToPlan: (r, _a, ctx) =>
      content(ctx, r, "Evaluation.ledToPlan", (e) => planRecord(ctx, e.ledToPlanItemId ?? undefined)),
  },
  EvaluationSchedule: {
    plan: (s) => s.plan,
  },
  Case: {
    evaluationIntervalMonths: (c) => c.evaluationIntervalMonths,
    plans: (c, _a, ctx) => listPlans(operation(ctx), casePlanMetaLookup(ctx), { caseId: c.id }),
    currentPlan: async (c, _a, ctx) =>
      planRecord(ctx, (await casePlanMeta(ctx, c.id)).find((p) => p.status === "APPROVED")?.itemId),
    draftPlan: async (c, _a, ctx) =>
      planRecord(
        ctx,
        (await casePlanMeta(ctx, c.id)).find((p) => p.status === "DRAFT" || p.status === "AGREED")?.itemId,
      ),
    evaluations: (c, _a, ctx) => listEvaluations(operation(ctx), { caseId: c.id }),
    evaluationSchedule: (c, _a, ctx) => evaluationSchedule(ctx, c),
  },
  Mutation: {
    draftPlan: (_r, { input }, ctx) => draftPlan(operation(ctx), input),
    updatePlan: (_r, { input }, ctx) => updatePlan(operation(ctx), input),
    agreePlan: (_r, { input }, ctx) => agreePlan(operation(ctx), input),
    approvePlan: (_r, { input }, ctx) => approvePlan(operation(ctx), input, ctx.config.retentionYears),
    reopenPlan: (_r, { input }, ctx) => reopenPlan(operation(ctx), input),
    addGoal: (_r, { input }, ctx) => addGoal(operation(ctx), input),
    updateGoal: (_r, { input }, ctx) => updateGoal(operation(ctx), input),
    scheduleEvaluation: (_r, { input }, ctx) => scheduleEvaluation(operation(ctx), input),
    holdEvaluation: (_r, { input }, ctx) => holdEvaluation(operation(ctx), input),
    setEvaluationInterval: (_r, { input }, ctx) => setEvaluationInterval(operation(ctx), input),
  },
};
