import type { OperationContext } from "../../../operation";
import { and, desc, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { parseInput } from "@regiehub/domain";
import { tables, type CaseAccessFacts, type NotificationRow } from "@regiehub/db";
import { can } from "@regiehub/policy";
import type { Lookup } from "../../reads";

/** The most notifications `listNotifications` returns. */
export const MAX_NOTIFICATIONS = 200;

export const ListNotificationsInput = z.object({ unreadOnly: z.boolean().nullish() });

/**
 * The signed-in professional's notifications, newest first, limited to cases they can still read (a
 * procesregisseur replaced, an organisation removed from the team: the notification goes quiet). The case
 * facts come from the request's lookup, which the notification's own fields use again.
 */
export async function listNotifications(
  { db, actor }: OperationContext,
  caseFacts: Lookup<CaseAccessFacts | undefined>,
  rawInput: unknown,
): Promise<NotificationRow[]> {
  const { unreadOnly } = parseInput(ListNotificationsInput, rawInput, "");
  const { notifications } = tables;
  const rows = await db
    .select()
    .from(notifications)
    .where(
      and(
        eq(notifications.recipientProfessionalId, actor.professionalId),
        unreadOnly ? isNull(notifications.readAt) : undefined,
      ),
    )
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(MAX_NOTIFICATIONS);
  const readable = await Promise.all(
    rows.map(async (row) => {
      const facts = await caseFacts.load(row.caseId);
      return !!facts && can(actor, "case.read", facts).allowed;
    }),
  );
  return rows.filter((_row, i) => readable[i]);
}
