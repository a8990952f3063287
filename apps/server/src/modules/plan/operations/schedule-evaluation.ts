import type { OperationContext } from "../../../operation";
import { and, eq, isNotNull, max } from "drizzle-orm";
import { z } from "zod";
import { AppError, nextEvaluationDue, parseInput, targetId, text } from "@regiehub/domain";
import { tables, type ItemOf } from "@regiehub/db";
import { authorizeCase } from "../../case/access";
import { insertItem, reload } from "../../dossier/operations/shared";
import { isoDate, lockCase } from "./shared";

export const participants = z
  .array(text({ max: 200, required: "Vul een naam in" }))
  .max(50, "Maximaal 50 deelnemers");

export const ScheduleEvaluationInput = z.object({
  caseId: targetId(),
  scheduledOn: isoDate.nullish(),
  participants: participants.nullish(),
});

/**
 * Schedules an evaluation of the approved plan in force; the date defaults to when the next evaluation is due
 * (the case's interval after the later of approval and the last evaluation held). The evaluation is about the
 * same persons, domain and data class as the plan, on the same legal basis.
 */
export async function scheduleEvaluation(
  { db, actor, changes, now, region }: OperationContext,
  rawInput: unknown,
): Promise<ItemOf<"EVALUATION">> {
  const input = parseInput(ScheduleEvaluationInput, rawInput);
  const { plans, dossierItems, evaluations, cases } = tables;
  return changes.transaction(db, async (tx, record) => {
    await authorizeCase(tx, actor, input.caseId, "evaluation.manage", region);
    await lockCase(tx, input.caseId);
    const [current] = await tx
      .select({ item: dossierItems, plan: plans })
      .from(plans)
      .innerJoin(dossierItems, eq(dossierItems.id, plans.itemId))
      .where(and(eq(plans.caseId, input.caseId), eq(plans.status, "APPROVED")));
    if (!current?.plan.approvedOn) {
      throw new AppError(
        "CONFLICT",
        "Er is nog geen vastgesteld gezinsplan: een evaluatie wordt gepland voor het plan dat geldt.",
      ).about(input.caseId);
    }
    const approvedOn = current.plan.approvedOn;
    let scheduledOn = input.scheduledOn;
    if (scheduledOn && scheduledOn < approvedOn) {
      throw AppError.badInput(
        "input.scheduledOn",
        `De evaluatie kan niet vóór de vaststelling van het plan (${approvedOn}) liggen.`,
      );
    }
    if (!scheduledOn) {
      const [theCase] = await tx
        .select({ months: cases.evaluationIntervalMonths })
        .from(cases)
        .where(eq(cases.id, input.caseId));
      const [held] = await tx
        .select({ lastHeldOn: max(evaluations.heldOn) })
        .from(evaluations)
        .innerJoin(dossierItems, eq(dossierItems.id, evaluations.itemId))
        .where(and(eq(dossierItems.parentItemId, current.item.id), isNotNull(evaluations.heldOn)));
      scheduledOn = nextEvaluationDue(approvedOn, theCase!.months, held?.lastHeldOn ?? null);
    }
    const id = await insertItem(tx, actor, {
      caseId: input.caseId,
      kind: "EVALUATION",
      domain: current.item.domain,
      dataClass: current.item.dataClass,
      subjectPersonIds: current.item.subjectPersonIds,
      legalBasis: current.item.legalBasis,
      parentItemId: current.item.id,
    });
    await tx.insert(evaluations).values({ itemId: id, scheduledOn, participants: input.participants ?? [] });
    record({
      kind: "ITEM_RECORDED",
      caseId: input.caseId,
      subjectPersonIds: current.item.subjectPersonIds,
      itemIds: [id],
      fields: ["Evaluation.scheduledOn", "Evaluation.participants"],
      legalBasis: current.item.legalBasis,
    });
    return reload(tx, actor, now, id, "EVALUATION");
  });
}
