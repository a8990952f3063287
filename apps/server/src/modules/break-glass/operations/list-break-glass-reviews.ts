import type { OperationContext } from "../../../operation";
import { desc, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { parseInput } from "@regiehub/domain";
import { tables, unsafeLoadCaseAccessFacts, type BreakGlassRow } from "@regiehub/db";
import { authorize, can } from "@regiehub/policy";

/** At most this many accesses are listed (all open ones come first). */
export const MAX_REVIEWS = 500;

export const ListBreakGlassReviewsInput = z.object({ includeReviewed: z.boolean().nullish() });

/**
 * Break-glass accesses for the privacy officer: open (unreviewed) ones first, then the newest. The
 * justifications may describe the family, so the list is a read of each case's data under supervision.
 */
export async function listBreakGlassReviews(
  { db, actor, audit }: OperationContext,
  rawInput: unknown,
): Promise<BreakGlassRow[]> {
  authorize(actor, "breakGlass.review");
  const includeReviewed = parseInput(ListBreakGlassReviewsInput, rawInput, "").includeReviewed ?? false;
  const b = tables.breakGlassAccesses;
  const all = await db
    .select()
    .from(b)
    .where(includeReviewed ? undefined : isNull(b.reviewedAt))
    .orderBy(sql`(${b.reviewedAt} is null) desc`, desc(b.openedAt), desc(b.id))
    .limit(MAX_REVIEWS);
  // Only the cases this privacy officer supervises (directing or procesregisseur's organisation).
  const facts = await unsafeLoadCaseAccessFacts(db, [...new Set(all.map((r) => r.caseId))]);
  const supervised = new Set(facts.filter((f) => can(actor, "log.read", f).allowed).map((f) => f.id));
  const rows = all.filter((r) => supervised.has(r.caseId));
  for (const caseId of new Set(rows.map((r) => r.caseId))) {
    audit.read({
      caseId,
      subjectPersonIds: [],
      itemIds: rows.filter((r) => r.caseId === caseId && r.itemId).map((r) => r.itemId!),
      fields: ["BreakGlassAccess"],
      legalBasis: "LEGAL_TASK",
      activity: "RH-PA-05",
    });
  }
  return rows;
}
