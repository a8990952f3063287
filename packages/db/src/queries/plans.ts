import { and, asc, desc, eq, inArray, isNotNull, max } from "drizzle-orm";
import type { Domain } from "@regiehub/domain";
import type { Executor } from "../client";
import { dossierItems, evaluations, goals, plans } from "../schema";

// Process facts of the family plan that every viewer of a case may see, whatever their grants: a plan
// version's number, status and dates (process, not content: docs/consent-and-processing-log.md), the
// domains of its goals (the youth-care rule counts every goal) and the lineage of a goal. No perspective,
// wording or agreement here.
// These read WITHOUT access rules: call them only after the case has been authorised.

/** The process facts of a plan version (no content). */
export interface PlanMeta {
  itemId: string;
  caseId: string;
  number: number;
  status: (typeof plans.$inferSelect)["status"];
  agreedOn: string | null;
  approvedOn: string | null;
  approvedByProfessionalId: string | null;
  supersededOn: string | null;
  version: number;
  createdAt: Date;
}

const metaColumns = {
  itemId: plans.itemId,
  caseId: plans.caseId,
  number: plans.number,
  status: plans.status,
  agreedOn: plans.agreedOn,
  approvedOn: plans.approvedOn,
  approvedByProfessionalId: plans.approvedByProfessionalId,
  supersededOn: plans.supersededOn,
  version: dossierItems.version,
  createdAt: dossierItems.createdAt,
};

/** Process facts of plan versions by item id (missing ids are left out). */
export async function unsafeLoadPlanMeta(db: Executor, planIds: readonly string[]): Promise<PlanMeta[]> {
  if (planIds.length === 0) return [];
  return db
    .select(metaColumns)
    .from(plans)
    .innerJoin(dossierItems, eq(dossierItems.id, plans.itemId))
    .where(inArray(plans.itemId, [...planIds]));
}

/** Process facts of every plan version of a case, newest (highest number) first. */
export async function unsafeLoadCasePlanMeta(db: Executor, caseId: string): Promise<PlanMeta[]> {
  return db
    .select(metaColumns)
    .from(plans)
    .innerJoin(dossierItems, eq(dossierItems.id, plans.itemId))
    .where(eq(plans.caseId, caseId))
    .orderBy(desc(plans.number));
}

/** Every goal of the given plans with its domain (no content), oldest first: for the youth-care rule. */
export async function unsafeLoadGoalDomains(
  db: Executor,
  planIds: readonly string[],
): Promise<{ planId: string; goalId: string; domain: Domain }[]> {
  if (planIds.length === 0) return [];
  const rows = await db
    .select({ planId: dossierItems.parentItemId, goalId: dossierItems.id, domain: dossierItems.domain })
    .from(dossierItems)
    .where(and(eq(dossierItems.kind, "GOAL"), inArray(dossierItems.parentItemId, [...planIds])))
    .orderBy(asc(dossierItems.createdAt), asc(dossierItems.id));
  return rows.map((r) => ({ planId: r.planId!, goalId: r.goalId, domain: r.domain }));
}

/** The lineage of goals by item id (shared by the same goal across plan versions; no content). */
export async function unsafeLoadGoalLineages(
  db: Executor,
  goalIds: readonly string[],
): Promise<{ goalId: string; lineageId: string }[]> {
  if (goalIds.length === 0) return [];
  return db
    .select({ goalId: goals.itemId, lineageId: goals.lineageId })
    .from(goals)
    .where(inArray(goals.itemId, [...goalIds]));
}

/** The date of the last HELD evaluation of each plan (process facts for the schedule), by plan id. */
export async function unsafeLoadLastHeldEvaluations(
  db: Executor,
  planIds: readonly string[],
): Promise<{ planId: string; lastHeldOn: string | null }[]> {
  if (planIds.length === 0) return [];
  const rows = await db
    .select({ planId: dossierItems.parentItemId, lastHeldOn: max(evaluations.heldOn) })
    .from(evaluations)
    .innerJoin(dossierItems, eq(dossierItems.id, evaluations.itemId))
    .where(
      and(
        eq(dossierItems.kind, "EVALUATION"),
        inArray(dossierItems.parentItemId, [...planIds]),
        isNotNull(evaluations.heldOn),
      ),
    )
    .groupBy(dossierItems.parentItemId);
  return rows.map((r) => ({ planId: r.planId!, lastHeldOn: r.lastHeldOn ?? null }));
}
