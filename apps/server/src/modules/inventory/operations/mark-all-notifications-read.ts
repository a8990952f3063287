import type { OperationContext } from "../../../operation";
import { and, count, eq, inArray, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { parseInput, plain } from "@regiehub/domain";
import { tables, unsafeLoadCaseAccessFacts } from "@regiehub/db";
import { can } from "@regiehub/policy";

// The DateTime scalar has checked the form already; this keeps the operation safe on its own.
const moment = plain().refine((v) => !Number.isNaN(Date.parse(v)), "Geef een tijdstip (ISO 8601)");

export const MarkAllNotificationsReadInput = z.object({ upTo: moment.nullish() });

export interface MarkAllNotificationsReadResult {
  /** How many this call marked read. */
  marked: number;
  /** How many of the recipient's notifications are still unread, in the cases they can read. */
  unreadCount: number;
}

/**
 * Marks every unread notification of the signed-in professional read, in the cases they can still read (a
 * notification of a case out of reach does not exist for them and is left as it is); with `upTo`, only
 * those raised at or before that moment. Answers how many were marked and how many remain unread.
 */
export async function markAllNotificationsRead(
  { db, actor, now }: OperationContext,
  rawInput: unknown,
): Promise<MarkAllNotificationsReadResult> {
  const { upTo } = parseInput(MarkAllNotificationsReadInput, rawInput, "");
  const { notifications } = tables;
  const unreadOfMine = and(
    eq(notifications.recipientProfessionalId, actor.professionalId),
    isNull(notifications.readAt),
  );
  return db.transaction(async (tx) => {
    const cases = await tx
      .selectDistinct({ caseId: notifications.caseId })
      .from(notifications)
      .where(unreadOfMine);
    const facts = await unsafeLoadCaseAccessFacts(
      tx,
      cases.map((c) => c.caseId),
    );
    const readable = facts.filter((f) => can(actor, "case.read", f).allowed).map((f) => f.id);
    if (readable.length === 0) return { marked: 0, unreadCount: 0 };
    const marked = await tx
      .update(notifications)
      .set({ readAt: sql`${now.toISOString()}::timestamptz` })
      .where(
        and(
          unreadOfMine,
          inArray(notifications.caseId, readable),
          // Times reach clients in milliseconds; the column keeps microseconds: the newest one shown is
          // included when its own `createdAt` is passed back.
          upTo
            ? sql`date_trunc('milliseconds', ${notifications.createdAt}) <= ${new Date(upTo).toISOString()}::timestamptz`
            : undefined,
        ),
      )
      .returning({ id: notifications.id });
    const [left] = await tx
      .select({ n: count() })
      .from(notifications)
      .where(and(unreadOfMine, inArray(notifications.caseId, readable)));
    return { marked: marked.length, unreadCount: left?.n ?? 0 };
  });
}
