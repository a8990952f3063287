import type { OperationContext } from "../../../operation";
import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { AppError, BREAK_GLASS_VERDICTS, isUuid, parseInput, targetId, text } from "@regiehub/domain";
import { tables, unsafeLoadCaseAccessFacts, type BreakGlassRow } from "@regiehub/db";
import { authorize, can } from "@regiehub/policy";

export const ReviewBreakGlassInput = z.object({
  id: targetId(),
  verdict: z.enum(BREAK_GLASS_VERDICTS),
  note: text({ max: 2000, min: 0, multiline: true, tooLong: "Maximaal 2000 tekens" }).nullish(),
});

/** The privacy officer's verdict on a break-glass access; once only (a second review is a CONFLICT). */
export async function reviewBreakGlass(
  { db, actor, changes, now }: OperationContext,
  rawInput: unknown,
): Promise<BreakGlassRow> {
  authorize(actor, "breakGlass.review");
  const input = parseInput(ReviewBreakGlassInput, rawInput);
  if (!isUuid(input.id)) throw AppError.notFound("BreakGlassAccess");
  const b = tables.breakGlassAccesses;
  return changes.transaction(db, async (tx, record) => {
    // Only accesses on cases this privacy officer supervises; others are NOT_FOUND.
    const [target] = await tx.select({ caseId: b.caseId }).from(b).where(eq(b.id, input.id));
    const [facts] = target ? await unsafeLoadCaseAccessFacts(tx, [target.caseId]) : [];
    if (!facts || !can(actor, "log.read", facts).allowed) throw AppError.notFound("BreakGlassAccess");
    const [row] = await tx
      .update(b)
      .set({
        reviewedAt: now,
        reviewedByProfessionalId: actor.professionalId,
        verdict: input.verdict,
        reviewNote: input.note || null,
      })
      .where(and(eq(b.id, input.id), isNull(b.reviewedAt)))
      .returning();
    if (!row) {
      const [existing] = await tx.select({ id: b.id }).from(b).where(eq(b.id, input.id));
      if (!existing) throw AppError.notFound("BreakGlassAccess");
      throw new AppError("CONFLICT", "Deze noodtoegang is al beoordeeld");
    }
    record({
      kind: "BREAK_GLASS_REVIEWED",
      caseId: row.caseId,
      subjectPersonIds: [],
      itemIds: row.itemId ? [row.itemId] : [],
      fields: ["BreakGlassAccess.verdict", "BreakGlassAccess.reviewNote"],
      legalBasis: "LEGAL_TASK",
      activity: "RH-PA-05",
      detail: `review ${row.id}: ${input.verdict}`,
    });
    return row;
  });
}
