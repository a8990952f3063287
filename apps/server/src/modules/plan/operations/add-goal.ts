import type { OperationContext } from "../../../operation";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { DATA_CLASSES, DOMAINS, GOAL_PRIORITIES, parseInput, targetId, text } from "@regiehub/domain";
import { tables, type ItemOf } from "@regiehub/db";
import { authorizeCase } from "../../case/access";
import { insertItem, reload, requirePersonsOfCase } from "../../dossier/operations/shared";
import { isoDate, loadItemFactsOfKind, lockPlan, requireEditable, uniqueIds } from "./shared";

export const familyWording = text({
  min: 3,
  max: 2000,
  multiline: true,
  required: "Beschrijf het doel in de woorden van het gezin",
});
export const professionalWording = text({
  min: 3,
  max: 2000,
  multiline: true,
  required: "Beschrijf het doel zoals de professionals het formuleren",
});

export const AddGoalInput = z.object({
  planId: targetId(),
  domain: z.enum(DOMAINS),
  dataClass: z.enum(DATA_CLASSES).nullish(),
  subjectPersonIds: uniqueIds.nullish(),
  familyWording,
  professionalWording,
  priority: z.enum(GOAL_PRIORITIES).nullish(),
  targetDate: isoDate.nullish(),
});

/** Adds a goal to a draft plan (a GOAL item under the plan, with a fresh lineage). */
export async function addGoal(
  { db, actor, changes, now, region }: OperationContext,
  rawInput: unknown,
): Promise<ItemOf<"GOAL">> {
  const input = parseInput(AddGoalInput, rawInput);
  return changes.transaction(db, async (tx, record) => {
    const plan = await loadItemFactsOfKind(tx, input.planId, "PLAN", "Plan");
    await authorizeCase(tx, actor, plan.caseId, "plan.manage", region);
    requireEditable(await lockPlan(tx, plan.id), plan.caseId);
    const subjectPersonIds = input.subjectPersonIds ?? plan.subjectPersonIds;
    await requirePersonsOfCase(tx, plan.caseId, subjectPersonIds, "input.subjectPersonIds");
    const id = await insertItem(tx, actor, {
      caseId: plan.caseId,
      kind: "GOAL",
      domain: input.domain,
      dataClass: input.dataClass ?? "GENERAL",
      subjectPersonIds,
      legalBasis: plan.legalBasis,
      parentItemId: plan.id,
    });
    await tx.insert(tables.goals).values({
      itemId: id,
      lineageId: randomUUID(),
      familyWording: input.familyWording,
      professionalWording: input.professionalWording,
      priority: input.priority ?? "MEDIUM",
      targetDate: input.targetDate ?? null,
    });
    record({
      kind: "ITEM_RECORDED",
      caseId: plan.caseId,
      subjectPersonIds,
      itemIds: [id],
      fields: ["Goal.familyWording", "Goal.professionalWording", "Goal.priority", "Goal.targetDate"],
      legalBasis: plan.legalBasis,
    });
    return reload(tx, actor, now, id, "GOAL");
  });
}
