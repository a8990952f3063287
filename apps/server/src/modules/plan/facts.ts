import DataLoader from "dataloader";
import type { Domain } from "@regiehub/domain";
import {
  unsafeLoadCasePlanMeta,
  unsafeLoadGoalDomains,
  unsafeLoadGoalLineages,
  unsafeLoadLastHeldEvaluations,
  unsafeLoadPlanMeta,
  type PlanMeta,
} from "@regiehub/db";
import type { Context } from "../../graphql/context";
import type { Lookup } from "../reads";

// Process facts of the family plan (number, status, dates, goal domains, lineage), batched per request.
// They are read without access rules, so they are only ever asked for records of a case the viewer may read
// (every record reaching a resolver comes from an authorised case).

interface PlanLoaders {
  meta: DataLoader<string, PlanMeta | undefined>;
  caseMeta: DataLoader<string, PlanMeta[]>;
  goalDomains: DataLoader<string, Domain[]>;
  lineage: DataLoader<string, string | undefined>;
  lastHeld: DataLoader<string, string | null>;
}

// Keyed by the request's loaders: a root field's resolver gets a context of its own (graphql/guard.ts).
const perRequest = new WeakMap<Context["loaders"], PlanLoaders>();

function loaders(ctx: Context): PlanLoaders {
  let l = perRequest.get(ctx.loaders);
  if (l) return l;
  const db = ctx.db;
  l = {
    meta: new DataLoader(async (ids) => {
      const rows = await unsafeLoadPlanMeta(db, ids);
      return ids.map((id) => rows.find((r) => r.itemId === id));
    }),
    caseMeta: new DataLoader(async (caseIds) =>
      Promise.all(caseIds.map((id) => unsafeLoadCasePlanMeta(db, id))),
    ),
    goalDomains: new DataLoader(async (planIds) => {
      const rows = await unsafeLoadGoalDomains(db, planIds);
      return planIds.map((id) => rows.filter((r) => r.planId === id).map((r) => r.domain));
    }),
    lineage: new DataLoader(async (goalIds) => {
      const rows = await unsafeLoadGoalLineages(db, goalIds);
      return goalIds.map((id) => rows.find((r) => r.goalId === id)?.lineageId);
    }),
    lastHeld: new DataLoader(async (planIds) => {
      const rows = await unsafeLoadLastHeldEvaluations(db, planIds);
      return planIds.map((id) => rows.find((r) => r.planId === id)?.lastHeldOn ?? null);
    }),
  };
  perRequest.set(ctx.loaders, l);
  return l;
}

/** The process facts of a plan version (visible to every viewer of the case). */
export async function planMeta(ctx: Context, planId: string): Promise<PlanMeta> {
  const meta = await loaders(ctx).meta.load(planId);
  if (!meta) throw new Error(`plan ${planId} has no plan row`);
  return meta;
}

/** Every plan version of a case, newest first. */
export const casePlanMeta = (ctx: Context, caseId: string) => loaders(ctx).caseMeta.load(caseId);

/** The same, as the request's lookup (for the read operations). */
export const casePlanMetaLookup = (ctx: Context): Lookup<PlanMeta[]> => loaders(ctx).caseMeta;

/** The domains of every goal of a plan, also the goals the viewer cannot see. */
export const planGoalDomains = (ctx: Context, planId: string) => loaders(ctx).goalDomains.load(planId);

/** The lineage of a goal. */
export async function goalLineage(ctx: Context, goalId: string): Promise<string> {
  const lineage = await loaders(ctx).lineage.load(goalId);
  if (!lineage) throw new Error(`goal ${goalId} has no goal row`);
  return lineage;
}

/** The date of the last held evaluation of a plan, or null. */
export const lastHeldEvaluation = (ctx: Context, planId: string) => loaders(ctx).lastHeld.load(planId);
