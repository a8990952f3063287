import type { OperationContext } from "../../../operation";
import { z } from "zod";
import { AppError, parseInput, targetId } from "@regiehub/domain";
import type { CaseRow } from "@regiehub/db";
import { authorizeCase } from "../access";

export const SetEscalationLevelInput = z.object({
  caseId: targetId(),
  version: z.number().int(),
  level: z.number().int(),
  reason: z.string(),
});

/**
 * Deprecated: the bare level was replaced by the escalation ladder (`escalateCase` / `deescalateCase`, to a
 * named table of the region). The field stays so partner systems get a clear answer rather than a schema
 * error: for a case the caller may escalate, BAD_USER_INPUT naming the replacement; otherwise the refusal
 * any case operation gives. It changes nothing.
 */
export async function setEscalationLevel(
  { db, actor }: OperationContext,
  rawInput: unknown,
): Promise<CaseRow> {
  const input = parseInput(SetEscalationLevelInput, rawInput);
  await authorizeCase(db, actor, input.caseId, "case.escalate");
  throw AppError.badInput(
    "input.level",
    "Escalatieniveaus gaan via de escalatieladder: gebruik escalateCase of deescalateCase met een tafel",
  );
}
