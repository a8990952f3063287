import type { OperationContext } from "../../../operation";
import { and, desc, eq } from "drizzle-orm";
import { z } from "zod";
import { AppError, dutchDate, isUuid, parseInput, targetId } from "@regiehub/domain";
import { tables, type CaseEscalationRow } from "@regiehub/db";
import { authorizeCase } from "../../case/access";
import { checkDecisionPair, decidedOn, decisionText } from "./shared";

export const RecordTableDecisionInput = z.object({
  escalationId: targetId(),
  decision: decisionText,
  decidedOn,
});

/**
 * Records what a table decided on the step that brought the case to it, once it has met. Only the case's
 * current step can get its decision, and only once (a decision is not rewritten: a new step is taken).
 */
export async function recordTableDecision(
  { db, actor, changes, now }: OperationContext,
  rawInput: unknown,
): Promise<CaseEscalationRow> {
  const input = parseInput(RecordTableDecisionInput, rawInput);
  const pair = checkDecisionPair(input, dutchDate(now));
  if (pair) throw AppError.badInput(pair.path, pair.message);
  if (!isUuid(input.escalationId)) throw AppError.notFound("Escalation");
  return changes.transaction(db, async (tx, record) => {
    const [step] = await tx
      .select()
      .from(tables.caseEscalations)
      .where(eq(tables.caseEscalations.id, input.escalationId));
    if (!step) throw AppError.notFound("Escalation");
    await authorizeCase(tx, actor, step.caseId, "case.escalate");
    const [latest] = await tx
      .select({ id: tables.caseEscalations.id })
      .from(tables.caseEscalations)
      .where(eq(tables.caseEscalations.caseId, step.caseId))
      .orderBy(desc(tables.caseEscalations.at), desc(tables.caseEscalations.id))
      .limit(1);
    if (latest?.id !== step.id) {
      throw new AppError("CONFLICT", "Dit is niet meer de huidige stap op de escalatieladder").about(
        step.caseId,
      );
    }
    if (step.decision !== null) {
      throw new AppError("CONFLICT", "Het besluit van deze tafel is al vastgelegd").about(step.caseId);
    }
    if (!step.tableId) throw AppError.badInput("input.escalationId", "Bij deze stap hoort geen tafel");
    const [updated] = await tx
      .update(tables.caseEscalations)
      .set({ decision: input.decision, decidedOn: input.decidedOn })
      .where(and(eq(tables.caseEscalations.id, step.id)))
      .returning();
    record({
      kind: "TABLE_DECISION_RECORDED",
      caseId: step.caseId,
      subjectPersonIds: [],
      fields: ["CaseEscalation.decision"],
      legalBasis: "LEGAL_TASK",
      detail: `table decision on ${input.decidedOn}`,
    });
    return updated!;
  });
}
