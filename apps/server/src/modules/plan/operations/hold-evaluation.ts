import type { OperationContext } from "../../../operation";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { AppError, parseInput, targetId, text } from "@regiehub/domain";
import { tables, type ItemOf } from "@regiehub/db";
import { authorizeCase } from "../../case/access";
import { bumpVersion, reload } from "../../dossier/operations/shared";
import { participants } from "./schedule-evaluation";
import { isoDate, loadItemFactsOfKind, stale, today, version } from "./shared";
import { startPlanVersion } from "./start-plan-version";

export const HoldEvaluationInput = z.object({
  evaluationId: targetId(),
  version,
  heldOn: isoDate,
  participants: participants.min(1, "Leg vast wie aan de evaluatie deelnamen"),
  conclusions: text({
    min: 3,
    max: 10_000,
    multiline: true,
    required: "Leg de conclusies van de evaluatie vast",
  }),
  startNewPlanVersion: z.boolean().nullish(),
});

/**
 * Records a held evaluation (date, participants, conclusions). With `startNewPlanVersion` the next plan version
 * is drafted in the same transaction, exactly as `draftPlan` does, and the evaluation points to it.
 */
export async function holdEvaluation(
  { db, actor, changes, now, region }: OperationContext,
  rawInput: unknown,
): Promise<ItemOf<"EVALUATION">> {
  const input = parseInput(HoldEvaluationInput, rawInput);
  if (input.heldOn > today(now)) {
    throw AppError.badInput("input.heldOn", "De datum van de evaluatie ligt in de toekomst.");
  }
  const { evaluations, plans } = tables;
  return changes.transaction(db, async (tx, record) => {
    const evaluation = await loadItemFactsOfKind(tx, input.evaluationId, "EVALUATION", "Evaluation");
    const caseId = evaluation.caseId;
    await authorizeCase(tx, actor, caseId, "evaluation.manage", region);
    if (input.startNewPlanVersion) await authorizeCase(tx, actor, caseId, "plan.manage", region);
    const [row] = await tx
      .select()
      .from(evaluations)
      .where(eq(evaluations.itemId, evaluation.id))
      .for("update");
    if (!row) throw AppError.notFound("Evaluation");
    if (evaluation.version !== input.version) throw stale(caseId, evaluation.id);
    if (row.heldOn) {
      throw new AppError(
        "CONFLICT",
        `Deze evaluatie is al gehouden op ${row.heldOn}; plan een nieuwe evaluatie.`,
      ).about(caseId, [evaluation.id]);
    }
    const [plan] = await tx
      .select({ approvedOn: plans.approvedOn })
      .from(plans)
      .where(eq(plans.itemId, evaluation.parentItemId!));
    if (plan?.approvedOn && input.heldOn < plan.approvedOn) {
      throw AppError.badInput(
        "input.heldOn",
        `De evaluatie kan niet vóór de vaststelling van het plan (${plan.approvedOn}) zijn gehouden.`,
      );
    }
    await bumpVersion(tx, evaluation.id, input.version);
    let ledToPlanItemId: string | null = null;
    if (input.startNewPlanVersion) {
      const [evaluated] = await tx
        .select({ domain: tables.dossierItems.domain })
        .from(tables.dossierItems)
        .where(eq(tables.dossierItems.id, evaluation.parentItemId!));
      ledToPlanItemId = await startPlanVersion(
        tx,
        actor,
        record,
        {
          caseId,
          domain: evaluated?.domain ?? "FAMILY_RELATIONS",
          subjectPersonIds: evaluation.subjectPersonIds.length ? evaluation.subjectPersonIds : null,
          legalBasis: evaluation.legalBasis,
        },
        `plan version started by the evaluation ${evaluation.id}`,
      );
    }
    await tx
      .update(evaluations)
      .set({
        heldOn: input.heldOn,
        participants: input.participants,
        conclusions: input.conclusions,
        ledToPlanItemId,
      })
      .where(eq(evaluations.itemId, evaluation.id));
    record({
      kind: "EVALUATION_HELD",
      caseId,
      subjectPersonIds: evaluation.subjectPersonIds,
      itemIds: [evaluation.id],
      fields: [
        "Evaluation.heldOn",
        "Evaluation.participants",
        "Evaluation.conclusions",
        ...(ledToPlanItemId ? ["Evaluation.ledToPlan"] : []),
      ],
      legalBasis: evaluation.legalBasis,
    });
    return reload(tx, actor, now, evaluation.id, "EVALUATION");
  });
}
