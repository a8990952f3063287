import type { OperationContext } from "../../../operation";
import { and, count, eq, isNull } from "drizzle-orm";
import { tables, type CaseAccessFacts } from "@regiehub/db";
import { can } from "@regiehub/policy";
import type { Lookup } from "../../reads";

/**
 * How many of the signed-in professional's notifications are unread, counting only cases they can still
 * read (as `listNotifications` lists them), uncapped: one grouped statement, then the case facts of each case
 * with unread notifications from the request's lookup.
 */
export async function countUnreadNotifications(
  { db, actor }: OperationContext,
  caseFacts: Lookup<CaseAccessFacts | undefined>,
): Promise<number> {
  const { notifications } = tables;
  const perCase = await db
    .select({ caseId: notifications.caseId, unread: count() })
    .from(notifications)
    .where(and(eq(notifications.recipientProfessionalId, actor.professionalId), isNull(notifications.readAt)))
    .groupBy(notifications.caseId);
  const counted = await Promise.all(
    perCase.map(async ({ caseId, unread }) => {
      const facts = await caseFacts.load(caseId);
      return facts && can(actor, "case.read", facts).allowed ? unread : 0;
    }),
  );
  return counted.reduce((sum, n) => sum + n, 0);
}
