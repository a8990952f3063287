import type { OperationContext } from "../../../operation";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { AppError, checkInIntervalProblem, parseInput, targetId } from "@regiehub/domain";
import { tables, type CaseRow } from "@regiehub/db";
import { authorizeCase } from "../../case/access";

export const SetCheckInIntervalInput = z.object({
  caseId: targetId(),
  weeks: z.number().superRefine((weeks, ctx) => {
    const problem = checkInIntervalProblem(weeks);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  }),
});

/**
 * Sets the weeks between regiegesprekken of a case (1–26, default 6). It moves the first one (the interval
 * after opening) and the default of the next; a date already agreed in a regiegesprek stays.
 */
export async function setCheckInInterval(
  { db, actor, changes }: OperationContext,
  rawInput: unknown,
): Promise<CaseRow> {
  const input = parseInput(SetCheckInIntervalInput, rawInput);
  const { cases } = tables;
  return changes.transaction(db, async (tx, record) => {
    await authorizeCase(tx, actor, input.caseId, "case.checkIn");
    const [row] = await tx
      .update(cases)
      .set({ checkInIntervalWeeks: input.weeks, version: sql`${cases.version} + 1`, updatedAt: sql`now()` })
      .where(eq(cases.id, input.caseId))
      .returning();
    if (!row) throw AppError.notFound("Case");
    record({
      kind: "CHECK_IN_INTERVAL_SET",
      caseId: input.caseId,
      subjectPersonIds: [],
      fields: ["Case.checkInIntervalWeeks"],
      legalBasis: "LEGAL_TASK",
      detail: `check-in interval ${input.weeks} weeks`,
    });
    return row;
  });
}
