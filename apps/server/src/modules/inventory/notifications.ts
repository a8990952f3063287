import { and, desc, eq, isNull } from "drizzle-orm";
import { tables, type NotificationRow } from "@regiehub/db";
import { can } from "@regiehub/policy";
import type { NotificationKind } from "@regiehub/domain";
import { requireActor, type Context } from "../../graphql/context";

/** The most notifications `myNotifications` returns. */
export const MAX_NOTIFICATIONS = 200;

/**
 * The signed-in professional's notifications, newest first, limited to cases they can still read (a
 * procesregisseur replaced, an organisation removed from the team: the notification goes quiet).
 */
export async function myNotifications(ctx: Context, unreadOnly: boolean): Promise<NotificationRow[]> {
  const actor = requireActor(ctx);
  const { notifications } = tables;
  const rows = await ctx.db
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
  const readable = await Promise.all(rows.map((row) => mayReadCase(ctx, row.caseId)));
  return rows.filter((_row, i) => readable[i]);
}

/** Whether the viewer may read the case (the `case.read` rule, on batched facts). */
export async function mayReadCase(ctx: Context, caseId: string): Promise<boolean> {
  const facts = await ctx.loaders.caseFacts.load(caseId);
  return !!facts && can(requireActor(ctx), "case.read", facts).allowed;
}

/** The message of a notification, in Dutch, naming only the case's reference (no personal details). */
export function notificationMessage(kind: NotificationKind, caseReference: string): string {
  switch (kind) {
    case "ACUTE_SAFETY":
      return `Acute onveiligheid gemeld in casus ${caseReference}`;
  }
}
