import type { OperationContext } from "../../../operation";
import { and, desc, eq, isNotNull, isNull, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { AppError, isUuid, parseInput } from "@regiehub/domain";
import { tables, unsafeLoadCaseAccessFacts } from "@regiehub/db";
import { authorize, can } from "@regiehub/policy";
import { noteChecked } from "../../../checked-actions";
import type { TableOutcomeNoticeModel } from "../../../graphql/models";

// The outcome of a table for its members outside the case team (article 001: "de afloop … nooit terug horen").
// They cannot open the case, so its notification reaches them through the agenda entry: the process outcome,
// never the dossier content, while they still sit on the table. Those who can open the case have the same
// notification in `myNotifications`; each notification shows in exactly one of the two.

/** The most notices `listTableOutcomeNotices` returns. */
export const MAX_TABLE_OUTCOME_NOTICES = 200;

export const ListTableOutcomeNoticesInput = z.object({ unreadOnly: z.boolean().nullish() });

async function noticesWhere(
  { db, actor }: Pick<OperationContext, "db" | "actor">,
  where: SQL | undefined,
  limit: number,
): Promise<TableOutcomeNoticeModel[]> {
  const { notifications, agendaEntries, tableSessions, escalationTables, escalationTableMembers, cases } =
    tables;
  const sitsOnTable = or(
    eq(escalationTables.chairProfessionalId, actor.professionalId),
    sql`exists (select 1 from ${escalationTableMembers} where ${escalationTableMembers.tableId} = ${escalationTables.id}
      and ${escalationTableMembers.professionalId} = ${actor.professionalId})`,
  );
  const rows = await db
    .select({
      notice: notifications,
      entry: agendaEntries,
      caseReference: cases.reference,
      tableId: escalationTables.id,
      tableName: escalationTables.name,
    })
    .from(notifications)
    .innerJoin(agendaEntries, eq(agendaEntries.id, notifications.agendaEntryId))
    .innerJoin(tableSessions, eq(tableSessions.id, agendaEntries.sessionId))
    .innerJoin(escalationTables, eq(escalationTables.id, tableSessions.tableId))
    .innerJoin(cases, eq(cases.id, agendaEntries.caseId))
    .where(
      and(
        eq(notifications.recipientProfessionalId, actor.professionalId),
        eq(notifications.kind, "TABLE_OUTCOME"),
        isNotNull(notifications.agendaEntryId),
        sitsOnTable,
        where,
      ),
    )
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit);
  // Only those of cases the viewer cannot open: the others are theirs in `myNotifications`.
  const facts = await unsafeLoadCaseAccessFacts(db, [...new Set(rows.map((r) => r.entry.caseId))]);
  const readable = new Set(facts.filter((f) => can(actor, "case.read", f).allowed).map((f) => f.id));
  return rows
    .filter((r) => !readable.has(r.entry.caseId))
    .map((r) => ({
      ...r.notice,
      entry: { ...r.entry, caseReference: r.caseReference },
      tableId: r.tableId,
      tableName: r.tableName,
    }));
}

/** The signed-in professional's table outcome notices, newest first (the data scope of tableSession.listOwn). */
export async function listTableOutcomeNotices(
  ctx: OperationContext,
  rawInput: unknown,
): Promise<TableOutcomeNoticeModel[]> {
  const { unreadOnly } = parseInput(ListTableOutcomeNoticesInput, rawInput, "");
  noteChecked(ctx.actor, "tableSession.listOwn");
  authorize(ctx.actor, "tableSession.listOwn");
  return noticesWhere(
    ctx,
    unreadOnly ? isNull(tables.notifications.readAt) : undefined,
    MAX_TABLE_OUTCOME_NOTICES,
  );
}

/**
 * Marks a table outcome notice read: only its recipient, while on the table and unable to open the case (else
 * it is theirs through `markNotificationRead`); to anyone else it does not exist (NOT_FOUND). Marking again
 * keeps the first moment it was read.
 */
export async function markTableOutcomeNoticeRead(
  ctx: OperationContext,
  id: unknown,
): Promise<TableOutcomeNoticeModel> {
  if (!isUuid(id)) throw AppError.notFound("TableOutcomeNotice");
  noteChecked(ctx.actor, "tableSession.listOwn");
  authorize(ctx.actor, "tableSession.listOwn");
  const { notifications } = tables;
  return ctx.db.transaction(async (tx) => {
    const [notice] = await noticesWhere({ db: tx, actor: ctx.actor }, eq(notifications.id, id), 1);
    if (!notice) throw AppError.notFound("TableOutcomeNotice");
    const [updated] = await tx
      .update(notifications)
      .set({ readAt: sql`coalesce(${notifications.readAt}, ${ctx.now.toISOString()}::timestamptz)` })
      .where(eq(notifications.id, id))
      .returning();
    return { ...notice, readAt: updated!.readAt };
  });
}
