import type { OperationContext } from "../../../operation";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { AppError, GOAL_PRIORITIES, parseInput, targetId } from "@regiehub/domain";
import { tables, type ItemOf } from "@regiehub/db";
import { authorizeCase } from "../../case/access";
import { bumpVersion, reload } from "../../dossier/operations/shared";
import { familyWording, professionalWording } from "./add-goal";
import { isoDate, loadItemFactsOfKind, lockPlan, requireEditable, stale, version } from "./shared";

export const UpdateGoalInput = z.object({
  goalId: targetId(),
  version,
  familyWording: familyWording.nullish(),
  professionalWording: professionalWording.nullish(),
  priority: z.enum(GOAL_PRIORITIES).nullish(),
  targetDate: isoDate.nullish(),
});

/** Edits a goal of a draft plan; omitted fields keep their value. */
export async function updateGoal(
  { db, actor, changes, now, region }: OperationContext,
  rawInput: unknown,
): Promise<ItemOf<"GOAL">> {
  const input = parseInput(UpdateGoalInput, rawInput);
  const content: Partial<typeof tables.goals.$inferInsert> = {};
  if (input.familyWording) content.familyWording = input.familyWording;
  if (input.professionalWording) content.professionalWording = input.professionalWording;
  if (input.priority) content.priority = input.priority;
  if (input.targetDate) content.targetDate = input.targetDate;
  if (Object.keys(content).length === 0) {
    throw AppError.badInput("input", "Geef aan wat er aan het doel verandert");
  }
  return changes.transaction(db, async (tx, record) => {
    const goal = await loadItemFactsOfKind(tx, input.goalId, "GOAL", "Goal");
    await authorizeCase(tx, actor, goal.caseId, "plan.manage", region);
    requireEditable(await lockPlan(tx, goal.parentItemId!), goal.caseId);
    if (goal.version !== input.version) throw stale(goal.caseId, goal.id);
    await bumpVersion(tx, goal.id, input.version);
    await tx.update(tables.goals).set(content).where(eq(tables.goals.itemId, goal.id));
    record({
      kind: "ITEM_UPDATED",
      caseId: goal.caseId,
      subjectPersonIds: goal.subjectPersonIds,
      itemIds: [goal.id],
      fields: Object.keys(content).map((k) => `Goal.${k}`),
      legalBasis: goal.legalBasis,
    });
    return reload(tx, actor, now, goal.id, "GOAL");
  });
}
