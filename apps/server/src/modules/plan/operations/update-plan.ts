import type { OperationContext } from "../../../operation";
import { parseInput, targetId } from "@regiehub/domain";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { tables, type ItemOf } from "@regiehub/db";
import { bumpVersion, reload } from "../../dossier/operations/shared";
import { loadPlanForChange, perspective, requireEditable, version } from "./shared";

export const UpdatePlanInput = z.object({ planId: targetId(), version, perspective });

/** Edits the perspective of a draft plan. */
export async function updatePlan(
  { db, actor, changes, now, region }: OperationContext,
  rawInput: unknown,
): Promise<ItemOf<"PLAN">> {
  const input = parseInput(UpdatePlanInput, rawInput);
  return changes.transaction(db, async (tx, record) => {
    const { facts, plan } = await loadPlanForChange(
      tx,
      actor,
      input.planId,
      input.version,
      "plan.manage",
      region,
    );
    requireEditable(plan, facts.caseId);
    await bumpVersion(tx, facts.id, input.version);
    await tx
      .update(tables.plans)
      .set({ perspective: input.perspective })
      .where(eq(tables.plans.itemId, facts.id));
    record({
      kind: "ITEM_UPDATED",
      caseId: facts.caseId,
      subjectPersonIds: facts.subjectPersonIds,
      itemIds: [facts.id],
      fields: ["Plan.perspective"],
      legalBasis: facts.legalBasis,
    });
    return reload(tx, actor, now, facts.id, "PLAN");
  });
}
