import type { OperationContext } from "../../../operation";
import { and, eq, inArray, ne } from "drizzle-orm";
import { z } from "zod";
import {
  AppError,
  FIRST_PLAN_PHASE_REASON,
  canTransitionPlan,
  phaseStepsOnPlanApproval,
  planIncludesYouthCare,
  planTransitionProblem,
  parseInput,
  targetId,
} from "@regiehub/domain";
import { tables, unsafeLoadGoalDomains, type ItemOf } from "@regiehub/db";
import { changePhase } from "../../case/operations/move-case-phase";
import { bumpVersion, reload } from "../../dossier/operations/shared";
import { loadPlanForChange, lockCase, today, version } from "./shared";

export const PlanVersionInput = z.object({ planId: targetId(), version });

/**
 * Approves (stelt vast) an agreed plan: AGREED → APPROVED, and the previously approved version becomes
 * SUPERSEDED in the same transaction. A plan with a youth-care goal (counting every goal, also those the
 * approver cannot see) needs an approver with an SKJ/BIG registration on record: FORBIDDEN otherwise.
 *
 * The phase follows the work: when this is the case's FIRST approved plan and the case is still in
 * inventory, analysis or plan, it moves on to execution in the same transaction, one recorded transition per
 * phase (reason "Eerste gezinsplan vastgesteld", by the approver; PHASE_CHANGED each). `retentionYears` is
 * the phase change's (it never closes a case here).
 */
export async function approvePlan(
  { db, actor, changes, now, region }: OperationContext,
  rawInput: unknown,
  retentionYears: number,
): Promise<ItemOf<"PLAN">> {
  const input = parseInput(PlanVersionInput, rawInput);
  const { plans, professionals, dossierItems, cases } = tables;
  return changes.transaction(db, async (tx, record) => {
    const { facts, plan } = await loadPlanForChange(
      tx,
      actor,
      input.planId,
      input.version,
      "plan.approve",
      region,
    );
    await lockCase(tx, facts.caseId);
    const goals = await unsafeLoadGoalDomains(tx, [facts.id]);
    const [approver] = await tx
      .select({ registrationKind: professionals.registrationKind })
      .from(professionals)
      .where(eq(professionals.id, actor.professionalId));
    const change = {
      from: plan.status,
      to: "APPROVED" as const,
      goals,
      approver: { hasRegistration: Boolean(approver?.registrationKind) },
    };
    const problem = planTransitionProblem(change, today(now));
    if (problem) {
      const code =
        canTransitionPlan(plan.status, "APPROVED") && goals.length > 0 && planIncludesYouthCare({ goals })
          ? "FORBIDDEN"
          : "CONFLICT";
      throw new AppError(code, problem).about(facts.caseId, [facts.id]);
    }
    const day = today(now);
    const [earlier] = await tx
      .select({ itemId: plans.itemId })
      .from(plans)
      .where(
        and(
          eq(plans.caseId, facts.caseId),
          inArray(plans.status, ["APPROVED", "SUPERSEDED"]),
          ne(plans.itemId, facts.id),
        ),
      )
      .limit(1);
    const previous = await tx
      .select({
        itemId: plans.itemId,
        version: dossierItems.version,
        subjectPersonIds: dossierItems.subjectPersonIds,
      })
      .from(plans)
      .innerJoin(dossierItems, eq(dossierItems.id, plans.itemId))
      .where(and(eq(plans.caseId, facts.caseId), eq(plans.status, "APPROVED"), ne(plans.itemId, facts.id)));
    for (const old of previous) {
      await bumpVersion(tx, old.itemId, old.version);
      await tx
        .update(plans)
        .set({ status: "SUPERSEDED", supersededOn: day })
        .where(eq(plans.itemId, old.itemId));
      record({
        kind: "PLAN_STATUS_CHANGED",
        caseId: facts.caseId,
        subjectPersonIds: old.subjectPersonIds,
        itemIds: [old.itemId],
        fields: ["Plan.status", "Plan.supersededOn"],
        legalBasis: facts.legalBasis,
        detail: `APPROVED -> SUPERSEDED by plan version ${plan.number}`,
      });
    }
    await bumpVersion(tx, facts.id, input.version);
    await tx
      .update(plans)
      .set({ status: "APPROVED", approvedOn: day, approvedByProfessionalId: actor.professionalId })
      .where(eq(plans.itemId, facts.id));
    record({
      kind: "PLAN_STATUS_CHANGED",
      caseId: facts.caseId,
      subjectPersonIds: facts.subjectPersonIds,
      itemIds: [facts.id],
      fields: ["Plan.status", "Plan.approvedOn", "Plan.approvedBy"],
      legalBasis: facts.legalBasis,
      detail: "AGREED -> APPROVED",
    });
    // The case row is locked (lockCase above): its phase and version are current.
    let [current] = await tx.select().from(cases).where(eq(cases.id, facts.caseId));
    if (!current) throw AppError.notFound("Case");
    for (const to of phaseStepsOnPlanApproval(current.phase, earlier === undefined)) {
      current = await changePhase(tx, record, {
        actor,
        now,
        current,
        to,
        reason: FIRST_PLAN_PHASE_REASON,
        retentionYears,
      });
    }
    return reload(tx, actor, now, facts.id, "PLAN");
  });
}
