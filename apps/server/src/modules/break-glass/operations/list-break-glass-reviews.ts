import { desc, isNull, sql } from "drizzle-orm";
import type { Actor } from "@regiehub/domain";
import { tables, type Database } from "@regiehub/db";
import { authorize } from "@regiehub/policy";
import type { AuditTrail } from "../../../audit/trail";
import type { BreakGlassModel } from "../../../graphql/models";

/** At most this many accesses are listed (all open ones come first). */
export const MAX_REVIEWS = 500;

/**
 * Break-glass accesses for the privacy officer: open (unreviewed) ones first, then the newest. The
 * justifications may describe the family, so the list is a read of each case's data under supervision.
 */
export async function listBreakGlassReviews(
  db: Database,
  actor: Actor,
  audit: AuditTrail,
  includeReviewed: boolean,
): Promise<BreakGlassModel[]> {
  authorize(actor, "breakGlass.review");
  const b = tables.breakGlassAccesses;
  const rows = await db
    .select()
    .from(b)
    .where(includeReviewed ? undefined : isNull(b.reviewedAt))
    .orderBy(sql`(${b.reviewedAt} is null) desc`, desc(b.openedAt), desc(b.id))
    .limit(MAX_REVIEWS);
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
