import type { OperationContext } from "../../../operation";
import { z } from "zod";
import { DOMAINS, LEGAL_BASES, optionalText, parseInput, targetId } from "@regiehub/domain";
import type { ItemOf } from "@regiehub/db";
import { authorizeCase } from "../../case/access";
import { reload } from "../../dossier/operations/shared";
import { perspective, uniqueIds } from "./shared";
import { startPlanVersion } from "./start-plan-version";

export const DraftPlanInput = z.object({
  caseId: targetId(),
  perspective: perspective.nullish(),
  subjectPersonIds: uniqueIds.nullish(),
  domain: z.enum(DOMAINS).nullish(),
  legalBasis: z.enum(LEGAL_BASES).nullish(),
  reason: optionalText({ max: 1_000, multiline: true }),
});

/**
 * Starts a new version of the family plan as a draft, copying the goals of the approved plan in force, with
 * the reason for the adjustment when given (a scenario's signal was observed, a meeting decided it).
 */
export async function draftPlan(
  { db, actor, changes, now, region }: OperationContext,
  rawInput: unknown,
): Promise<ItemOf<"PLAN">> {
  const input = parseInput(DraftPlanInput, rawInput);
  return changes.transaction(db, async (tx, record) => {
    await authorizeCase(tx, actor, input.caseId, "plan.manage", region);
    const planId = await startPlanVersion(tx, actor, record, {
      caseId: input.caseId,
      perspective: input.perspective,
      subjectPersonIds: input.subjectPersonIds,
      domain: input.domain ?? "FAMILY_RELATIONS",
      legalBasis: input.legalBasis,
      reason: input.reason,
    });
    return reload(tx, actor, now, planId, "PLAN");
  });
}
