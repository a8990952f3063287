import type { OperationContext } from "../../../operation";
import { and, eq, sql } from "drizzle-orm";
import { AppError, isUuid } from "@regiehub/domain";
import { tables, unsafeLoadCaseAccessFacts, type NotificationRow } from "@regiehub/db";
import { can } from "@regiehub/policy";

/**
 * Marks a notification read. Only its recipient may, and only while they can still read its case; to anyone
 * else it does not exist (NOT_FOUND). Marking it again keeps the first moment it was read.
 */
export async function markNotificationRead(
  { db, actor, now }: OperationContext,
  id: unknown,
): Promise<NotificationRow> {
  if (!isUuid(id)) throw AppError.notFound("Notification");
  const { notifications } = tables;
  return db.transaction(async (tx) => {
    const mine = and(
      eq(notifications.id, id),
      eq(notifications.recipientProfessionalId, actor.professionalId),
    );
    const [row] = await tx.select().from(notifications).where(mine);
    if (!row) throw AppError.notFound("Notification");
    const [facts] = await unsafeLoadCaseAccessFacts(tx, [row.caseId]);
    if (!facts || !can(actor, "case.read", facts).allowed) throw AppError.notFound("Notification");
    const [updated] = await tx
      .update(notifications)
      .set({ readAt: sql`coalesce(${notifications.readAt}, ${now.toISOString()}::timestamptz)` })
      .where(mine)
      .returning();
    return updated!;
  });
}
