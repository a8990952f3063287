import type { OperationContext } from "../../../operation";
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { AppError, evaluationIntervalProblem, parseInput, targetId } from "@regiehub/domain";
import { tables, type CaseRow } from "@regiehub/db";
import { authorizeCase } from "../../case/access";
import { version } from "./shared";

export const SetEvaluationIntervalInput = z.object({
  caseId: targetId(),
  version,
  months: z.number().superRefine((months, ctx) => {
    const problem = evaluationIntervalProblem(months);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  }),
});

/** Sets the months between evaluations of a case; a stale case version is a CONFLICT. */
export async function setEvaluationInterval(
  { db, actor, changes, region }: OperationContext,
  rawInput: unknown,
): Promise<CaseRow> {
  const input = parseInput(SetEvaluationIntervalInput, rawInput);
  const { cases } = tables;
  return changes.transaction(db, async (tx, record) => {
    await authorizeCase(tx, actor, input.caseId, "evaluation.manage", region);
    const [row] = await tx
      .update(cases)
      .set({
        evaluationIntervalMonths: input.months,
        version: sql`${cases.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(and(eq(cases.id, input.caseId), eq(cases.version, input.version)))
      .returning();
    if (!row) {
      throw new AppError(
        "CONFLICT",
        "Iemand anders heeft de casus intussen gewijzigd; laad de gegevens opnieuw en probeer het nog eens",
      ).about(input.caseId);
    }
    record({
      kind: "EVALUATION_INTERVAL_SET",
      caseId: input.caseId,
      subjectPersonIds: [],
      fields: ["Case.evaluationIntervalMonths"],
      legalBasis: "LEGAL_TASK",
      detail: `evaluation interval ${input.months} months`,
    });
    return row;
  });
}
