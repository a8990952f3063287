import type { OperationContext } from "../../../operation";
import { z } from "zod";
import { AppError, RESULT_STATUSES, calendarDate, parseInput, targetId } from "@regiehub/domain";
import { tables, type ItemOf } from "@regiehub/db";
import { insertItem, reload } from "../../dossier/operations/shared";
import { isoDate, loadGoalForWork, text } from "./shared";

export const RecordResultInput = z.object({
  goalId: targetId(),
  measuredOn: isoDate,
  score: z
    .number()
    .int("Geef een heel getal van 0 tot en met 10")
    .min(0, "Geef een score van 0 tot en met 10")
    .max(10, "Geef een score van 0 tot en met 10")
    .nullish()
    .transform((v) => v ?? null),
  status: z.enum(RESULT_STATUSES),
  evidence: text(5_000, "Beschrijf waar de meting op berust", { multiline: true }),
});

/**
 * Records a measurement against a goal (resultaatmanagement): a RESULT item under the goal, with the goal's
 * domain, data class, persons and legal basis, its content and the CREATE log entry in one transaction.
 */
export async function recordResult(
  { db, actor, changes, now, region }: OperationContext,
  rawInput: unknown,
): Promise<ItemOf<"RESULT">> {
  const input = parseInput(RecordResultInput, rawInput);
  if (input.measuredOn > calendarDate(now)) {
    throw AppError.badInput("input.measuredOn", "De datum van de meting ligt in de toekomst");
  }
  return changes.transaction(db, async (tx, record) => {
    const { goal } = await loadGoalForWork(tx, actor, input.goalId, now, "plan.work", region);
    const id = await insertItem(tx, actor, {
      caseId: goal.caseId,
      kind: "RESULT",
      domain: goal.domain,
      dataClass: goal.dataClass,
      subjectPersonIds: goal.subjectPersonIds,
      legalBasis: goal.legalBasis,
      parentItemId: goal.id,
    });
    await tx.insert(tables.results).values({
      itemId: id,
      measuredOn: input.measuredOn,
      score: input.score,
      status: input.status,
      evidence: input.evidence,
    });
    record({
      kind: "ITEM_RECORDED",
      caseId: goal.caseId,
      subjectPersonIds: goal.subjectPersonIds,
      itemIds: [id],
      fields: ["Result.measuredOn", "Result.score", "Result.status", "Result.evidence"],
      legalBasis: goal.legalBasis,
    });
    return reload(tx, actor, now, id, "RESULT");
  });
}
