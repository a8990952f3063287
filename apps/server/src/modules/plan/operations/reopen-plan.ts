import type { OperationContext } from "../../../operation";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { AppError, planTransitionProblem, parseInput, targetId, text } from "@regiehub/domain";
import { tables, unsafeLoadGoalDomains, type ItemOf } from "@regiehub/db";
import { bumpVersion, reload } from "../../dossier/operations/shared";
import { loadPlanForChange, today, version } from "./shared";

export const ReopenPlanInput = z.object({
  planId: targetId(),
  version,
  reason: text({
    min: 5,
    max: 1000,
    multiline: true,
    required: "Geef een reden om het afgesproken plan weer als concept te bewerken",
  }),
});

/** Takes an agreed plan back to draft with a reason: AGREED → DRAFT; the family's agreement lapses. */
export async function reopenPlan(
  { db, actor, changes, now, region }: OperationContext,
  rawInput: unknown,
): Promise<ItemOf<"PLAN">> {
  const input = parseInput(ReopenPlanInput, rawInput);
  return changes.transaction(db, async (tx, record) => {
    const { facts, plan } = await loadPlanForChange(
      tx,
      actor,
      input.planId,
      input.version,
      "plan.manage",
      region,
    );
    const goals = await unsafeLoadGoalDomains(tx, [facts.id]);
    const problem = planTransitionProblem(
      { from: plan.status, to: "DRAFT", goals, reason: input.reason },
      today(now),
    );
    if (problem) throw new AppError("CONFLICT", problem).about(facts.caseId, [facts.id]);
    await bumpVersion(tx, facts.id, input.version);
    await tx
      .update(tables.plans)
      .set({
        status: "DRAFT",
        reopenReason: input.reason,
        agreedByPersonIds: [],
        agreedOn: null,
        agreementRecordedByProfessionalId: null,
      })
      .where(eq(tables.plans.itemId, facts.id));
    record({
      kind: "PLAN_STATUS_CHANGED",
      caseId: facts.caseId,
      subjectPersonIds: facts.subjectPersonIds,
      itemIds: [facts.id],
      fields: ["Plan.status", "Plan.reopenReason", "Plan.agreedBy", "Plan.agreedOn"],
      legalBasis: facts.legalBasis,
      detail: `AGREED -> DRAFT: ${input.reason}`,
    });
    return reload(tx, actor, now, facts.id, "PLAN");
  });
}
