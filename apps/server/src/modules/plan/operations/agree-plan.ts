import type { OperationContext } from "../../../operation";
import { eq } from "drizzle-orm";
import { z } from "zod";
import {
  AppError,
  agreementProblem,
  ids,
  planTransitionProblem,
  parseInput,
  targetId,
} from "@regiehub/domain";
import { tables, unsafeLoadGoalDomains, type ItemOf } from "@regiehub/db";
import { bumpVersion, reload, requirePersonsOfCase } from "../../dossier/operations/shared";
import { isoDate, loadPlanForChange, today, version } from "./shared";

export const AgreePlanInput = z.object({
  planId: targetId(),
  version,
  agreedByPersonIds: ids("Onbekende persoon")
    .min(1, "Leg vast wie van het gezin met het plan heeft ingestemd")
    .transform((ids) => [...new Set(ids)]),
  agreedOn: isoDate,
});

/** Records the family's agreement: DRAFT → AGREED (who agreed, when, and who recorded it). */
export async function agreePlan(
  { db, actor, changes, now, region }: OperationContext,
  rawInput: unknown,
): Promise<ItemOf<"PLAN">> {
  const input = parseInput(AgreePlanInput, rawInput);
  return changes.transaction(db, async (tx, record) => {
    const { facts, plan } = await loadPlanForChange(
      tx,
      actor,
      input.planId,
      input.version,
      "plan.manage",
      region,
    );
    const agreement = { agreedBy: input.agreedByPersonIds, agreedOn: input.agreedOn };
    const inputProblem = agreementProblem(agreement, today(now));
    if (inputProblem) {
      const path = /wanneer|datum/.test(inputProblem) ? "input.agreedOn" : "input.agreedByPersonIds";
      throw AppError.badInput(path, inputProblem);
    }
    await requirePersonsOfCase(tx, facts.caseId, input.agreedByPersonIds, "input.agreedByPersonIds");
    const goals = await unsafeLoadGoalDomains(tx, [facts.id]);
    const problem = planTransitionProblem({ from: plan.status, to: "AGREED", goals, agreement }, today(now));
    if (problem) throw new AppError("CONFLICT", problem).about(facts.caseId, [facts.id]);
    await bumpVersion(tx, facts.id, input.version);
    await tx
      .update(tables.plans)
      .set({
        status: "AGREED",
        agreedByPersonIds: input.agreedByPersonIds,
        agreedOn: input.agreedOn,
        agreementRecordedByProfessionalId: actor.professionalId,
      })
      .where(eq(tables.plans.itemId, facts.id));
    record({
      kind: "PLAN_STATUS_CHANGED",
      caseId: facts.caseId,
      subjectPersonIds: facts.subjectPersonIds,
      itemIds: [facts.id],
      fields: ["Plan.status", "Plan.agreedBy", "Plan.agreedOn"],
      legalBasis: facts.legalBasis,
      detail: "DRAFT -> AGREED",
    });
    return reload(tx, actor, now, facts.id, "PLAN");
  });
}
