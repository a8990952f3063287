import { and, asc, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { ACTIVE_ACTION_STATUSES, type ActionStatus, type CaseScope, type ItemScope } from "@regiehub/domain";
import { caseScopeCondition, itemVisibleCondition } from "../access";
import type { Executor } from "../client";
import { actions, cases, dossierItems, type CaseRow } from "../schema";
import type { CoveredItem } from "./items";

// The actions an organisation carries across every case ("Mijn acties"): one statement per page. The same two
// rules as every case-scoped read decide what is listed: the case as `case.read` allows (caseScopeCondition)
// and the item as the consent rule allows (itemVisibleCondition, the SQL of `itemAccess`). Only covered
// actions pass the WHERE, so the content table's row leaves the database only for them; the filters and the
// order on its columns (owner, status, due date) apply to those alone.

export type OwnActionsOrder = "DUE" | "RECENTLY_CHANGED";

export interface OwnActionsArgs {
  /** The organisation whose actions are listed. */
  organisationId: string;
  /** Only the actions this professional carries (of that organisation). */
  ownerProfessionalId?: string | null | undefined;
  statuses?: readonly ActionStatus[] | null | undefined;
  caseId?: string | null | undefined;
  overdueOnly?: boolean | null | undefined;
  /** Today's date in the Netherlands ('YYYY-MM-DD'): what "overdue" is judged by. */
  today: string;
  order: OwnActionsOrder;
  first: number;
}

/** Where the previous page ended, in the terms of its order. */
export type OwnActionsCursor =
  | { order: "DUE"; rank: number; due: string; id: string }
  | { order: "RECENTLY_CHANGED"; changedAt: string; id: string };

export interface OwnAction {
  record: CoveredItem<"ACTION">;
  case: CaseRow;
  cursor: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeOwnActionsCursor(cursor: OwnActionsCursor): string {
  const values =
    cursor.order === "DUE"
      ? ["DUE", cursor.rank, cursor.due, cursor.id]
      : ["RECENTLY_CHANGED", cursor.changedAt, cursor.id];
  return Buffer.from(JSON.stringify(values)).toString("base64url");
}

/** Undefined for a cursor that is not one of ours. */
export function decodeOwnActionsCursor(cursor: string): OwnActionsCursor | undefined {
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (!Array.isArray(v)) return undefined;
    if (
      v.length === 4 &&
      v[0] === "DUE" &&
      (v[1] === 0 || v[1] === 1 || v[1] === 2) &&
      typeof v[2] === "string" &&
      (v[2] === "infinity" || /^\d{4}-\d{2}-\d{2}$/.test(v[2])) &&
      typeof v[3] === "string" &&
      UUID.test(v[3])
    ) {
      return { order: "DUE", rank: v[1], due: v[2], id: v[3] };
    }
    if (
      v.length === 3 &&
      v[0] === "RECENTLY_CHANGED" &&
      typeof v[1] === "string" &&
      !Number.isNaN(Date.parse(v[1])) &&
      typeof v[2] === "string" &&
      UUID.test(v[2])
    ) {
      return { order: "RECENTLY_CHANGED", changedAt: v[1], id: v[2] };
    }
  } catch {
    // not ours
  }
  return undefined;
}

const ACTIVE = sql.raw(ACTIVE_ACTION_STATUSES.map((s) => `'${s}'`).join(", "));

/** 0 overdue, 1 still active, 2 done or cancelled. */
const rankOf = (today: string) =>
  sql<number>`(case when ${actions.status} in (${ACTIVE}) and ${actions.dueOn} < ${today}::date then 0
    when ${actions.status} in (${ACTIVE}) then 1 else 2 end)`;
/** The due date, without one last. */
const dueKey = sql`coalesce(${actions.dueOn}, 'infinity'::date)`;

function filters(caseScope: CaseScope, itemScope: ItemScope, args: OwnActionsArgs): SQL[] {
  const where: SQL[] = [
    eq(dossierItems.kind, "ACTION"),
    eq(actions.ownerOrganisationId, args.organisationId),
    caseScopeCondition(caseScope),
    itemVisibleCondition(itemScope),
  ];
  if (args.ownerProfessionalId) where.push(eq(actions.ownerProfessionalId, args.ownerProfessionalId));
  if (args.statuses?.length) where.push(inArray(actions.status, [...args.statuses]));
  if (args.caseId) where.push(eq(dossierItems.caseId, args.caseId));
  if (args.overdueOnly) where.push(sql`${rankOf(args.today)} = 0`);
  return where;
}

/**
 * A page of the actions `args.organisationId` carries in the cases and within the consent the scopes allow,
 * each with its case, in the order asked (ties broken by id, so pages never overlap). One statement.
 */
export async function listOwnActions(
  db: Executor,
  caseScope: CaseScope,
  itemScope: ItemScope,
  args: OwnActionsArgs,
  after?: OwnActionsCursor,
): Promise<{ rows: OwnAction[]; hasNextPage: boolean }> {
  const rank = rankOf(args.today);
  const where = filters(caseScope, itemScope, args);
  if (after?.order === "DUE" && args.order === "DUE") {
    where.push(
      sql`(${rank}, ${dueKey}, ${dossierItems.id}) > (${after.rank}::int, ${after.due}::date, ${after.id}::uuid)`,
    );
  } else if (after?.order === "RECENTLY_CHANGED" && args.order === "RECENTLY_CHANGED") {
    where.push(
      sql`(${actions.statusChangedAt}, ${dossierItems.id}) < (${after.changedAt}::timestamptz, ${after.id}::uuid)`,
    );
  } else if (after) {
    throw new Error("cursor of another order");
  }
  const order =
    args.order === "DUE"
      ? [asc(rank), asc(dueKey), asc(dossierItems.id)]
      : [desc(actions.statusChangedAt), desc(dossierItems.id)];
  const rows = await db
    .select({
      item: dossierItems,
      content: actions,
      case: cases,
      rank,
      due: sql<string>`${dueKey}::text`,
      changedAt: sql<string>`${actions.statusChangedAt}::text`,
    })
    .from(dossierItems)
    .innerJoin(actions, eq(actions.itemId, dossierItems.id))
    .innerJoin(cases, eq(cases.id, dossierItems.caseId))
    .where(and(...where))
    .orderBy(...order)
    .limit(args.first + 1);
  return {
    rows: rows.slice(0, args.first).map((r) => ({
      record: { ...r.item, kind: "ACTION", covered: true, content: r.content },
      case: r.case,
      cursor: encodeOwnActionsCursor(
        args.order === "DUE"
          ? { order: "DUE", rank: Number(r.rank), due: r.due, id: r.item.id }
          : { order: "RECENTLY_CHANGED", changedAt: r.changedAt, id: r.item.id },
      ),
    })),
    hasNextPage: rows.length > args.first,
  };
}

/** The number of actions `listOwnActions` lists over all its pages. One statement. */
export async function countOwnActions(
  db: Executor,
  caseScope: CaseScope,
  itemScope: ItemScope,
  args: OwnActionsArgs,
): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(dossierItems)
    .innerJoin(actions, eq(actions.itemId, dossierItems.id))
    .innerJoin(cases, eq(cases.id, dossierItems.caseId))
    .where(and(...filters(caseScope, itemScope, args)));
  return Number(row?.n ?? 0);
}
