import { and, asc, eq, gt, inArray, isNotNull, isNull, lt, or, sql, type SQL } from "drizzle-orm";
import {
  ACTIVE_ACTION_STATUSES,
  type DataClass,
  type Domain,
  type DossierItemKind,
  type LogOperation,
} from "@regiehub/domain";
import type { Executor } from "./client";
import {
  actions,
  dossierEvents,
  dossierItems,
  eventSequence,
  safetyAssessments,
  type DossierEventRow,
} from "./schema";

// The outbox of dossier events (DESIGN.md section 5). Written in the transaction of the change; the sequence
// comes from one counter row updated in that transaction, so the row lock orders the commits: a transaction
// that takes a sequence number waits for every earlier holder to commit or roll back. Sequence order is
// therefore commit order and a reader never sees a gap that fills in later. (The lock is taken at the end of
// a change, with the processing-log entry, so it is held only for the commit.)

export interface EventInput {
  caseId: string;
  operation: Extract<LogOperation, "CREATE" | "UPDATE" | "DELETE">;
  /** The changed items; none for a change of the case itself. */
  itemIds: readonly string[];
  fields: readonly string[];
  actorProfessionalId: string | null;
  organisationId: string | null;
}

/** Appends the events of one change inside the caller's transaction; returns their sequence numbers. */
export async function appendEvents(tx: Executor, input: EventInput): Promise<number[]> {
  const items = input.itemIds.length
    ? await tx
        .select({
          id: dossierItems.id,
          caseId: dossierItems.caseId,
          kind: dossierItems.kind,
          domain: dossierItems.domain,
          dataClass: dossierItems.dataClass,
          subjectPersonIds: dossierItems.subjectPersonIds,
        })
        .from(dossierItems)
        .where(inArray(dossierItems.id, [...input.itemIds]))
        .orderBy(asc(dossierItems.createdAt), asc(dossierItems.id))
    : [];
  const count = Math.max(items.length, 1);
  const [counter] = await tx
    .update(eventSequence)
    .set({ last: sql`${eventSequence.last} + ${count}` })
    .where(eq(eventSequence.id, 1))
    .returning({ last: eventSequence.last });
  if (!counter) throw new Error("event_sequence has no row: run the migrations");
  const first = counter.last - count + 1;
  const common = {
    caseId: input.caseId,
    operation: input.operation,
    fields: [...input.fields],
    actorProfessionalId: input.actorProfessionalId,
    organisationId: input.organisationId,
  };
  const rows: (typeof dossierEvents.$inferInsert)[] = items.length
    ? items.map((item, i) => ({
        ...common,
        seq: first + i,
        itemId: item.id,
        itemKind: item.kind,
        domain: item.domain,
        dataClass: item.dataClass,
        subjectPersonIds: item.subjectPersonIds,
      }))
    : [{ ...common, seq: first }];
  await tx.insert(dossierEvents).values(rows);
  return rows.map((r) => r.seq);
}

/** Which events a reader wants: one case's, actions' (any case), case-level ones for an overview, or all. */
export type EventFilter =
  { kind: "all" } | { kind: "case"; caseId: string } | { kind: "actions" } | { kind: "portfolio" };

/** The events that can matter for an overview of cases: case-level changes, safety assessments, overdue. */
export const PORTFOLIO_ITEM_KINDS: readonly DossierItemKind[] = ["SAFETY_ASSESSMENT", "ACTION"];

function filterCondition(filter: EventFilter): SQL | undefined {
  switch (filter.kind) {
    case "all":
      return undefined;
    case "case":
      return eq(dossierEvents.caseId, filter.caseId);
    case "actions":
      return eq(dossierEvents.itemKind, "ACTION");
    case "portfolio":
      return or(
        isNull(dossierEvents.itemId),
        eq(dossierEvents.itemKind, "SAFETY_ASSESSMENT"),
        sql`'Action.overdue' = any(${dossierEvents.fields})`,
      );
  }
}

/** Events after `afterSeq` (all, or those `filter` names), in sequence order, at most `limit`. */
export async function readEvents(
  db: Executor,
  afterSeq: number,
  options: { filter?: EventFilter; limit?: number } = {},
): Promise<DossierEventRow[]> {
  const condition = filterCondition(options.filter ?? { kind: "all" });
  return db
    .select()
    .from(dossierEvents)
    .where(condition ? and(gt(dossierEvents.seq, afterSeq), condition) : gt(dossierEvents.seq, afterSeq))
    .orderBy(asc(dossierEvents.seq))
    .limit(options.limit ?? 500);
}

/** What delivery needs to know about the items of some events, WITHOUT any access rule: policy input only. */
export interface EventItemFacts {
  id: string;
  caseId: string;
  kind: DossierItemKind;
  domain: Domain;
  dataClass: DataClass;
  subjectPersonIds: string[];
  authorOrganisationId: string;
  /** For an action: the organisation that carries it. */
  actionOwnerOrganisationId: string | null;
  /** For a safety assessment: whether it judged the situation acute. */
  safetyAcute: boolean | null;
}

export async function unsafeLoadEventItemFacts(
  db: Executor,
  itemIds: readonly string[],
): Promise<EventItemFacts[]> {
  if (itemIds.length === 0) return [];
  const rows = await db
    .select({
      id: dossierItems.id,
      caseId: dossierItems.caseId,
      kind: dossierItems.kind,
      domain: dossierItems.domain,
      dataClass: dossierItems.dataClass,
      subjectPersonIds: dossierItems.subjectPersonIds,
      authorOrganisationId: dossierItems.authorOrganisationId,
      actionOwnerOrganisationId: actions.ownerOrganisationId,
      safetyAcute: safetyAssessments.acute,
    })
    .from(dossierItems)
    .leftJoin(actions, eq(actions.itemId, dossierItems.id))
    .leftJoin(safetyAssessments, eq(safetyAssessments.itemId, dossierItems.id))
    .where(inArray(dossierItems.id, [...itemIds]));
  return rows as EventItemFacts[];
}

/**
 * Marks the actions that passed their due date (and are still open) as signalled, once per due date, and
 * returns them. Safe with several instances: the update takes the rows' locks, so each is returned once.
 */
export async function claimOverdueActions(
  tx: Executor,
  today: string,
): Promise<{ itemId: string; caseId: string; subjectPersonIds: string[] }[]> {
  const claimed = await tx
    .update(actions)
    .set({ overdueSignalledFor: sql`${actions.dueOn}` })
    .where(
      and(
        isNotNull(actions.dueOn),
        lt(actions.dueOn, today),
        inArray(actions.status, [...ACTIVE_ACTION_STATUSES]),
        sql`${actions.overdueSignalledFor} is distinct from ${actions.dueOn}`,
      ),
    )
    .returning({ itemId: actions.itemId });
  if (claimed.length === 0) return [];
  return tx
    .select({
      itemId: dossierItems.id,
      caseId: dossierItems.caseId,
      subjectPersonIds: dossierItems.subjectPersonIds,
    })
    .from(dossierItems)
    .where(
      inArray(
        dossierItems.id,
        claimed.map((c) => c.itemId),
      ),
    )
    .orderBy(asc(dossierItems.caseId), asc(dossierItems.id));
}

/** The highest sequence number committed so far (0 when there are no events). */
export async function lastEventSeq(db: Executor): Promise<number> {
  const [row] = await db
    .select({ last: eventSequence.last })
    .from(eventSequence)
    .where(eq(eventSequence.id, 1));
  return row?.last ?? 0;
}
