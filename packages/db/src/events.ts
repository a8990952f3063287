import { and, asc, eq, gt, inArray, isNotNull, lt, sql, type SQL } from "drizzle-orm";
import {
  ACTIVE_ACTION_STATUSES,
  CHANGE_KINDS,
  STREAMS,
  type ChangeKind,
  type DataClass,
  type Domain,
  type DossierItemKind,
  type StreamKind,
  type StreamRoute,
} from "@regiehub/domain";
import { resultRows, type Executor } from "./client";
import {
  actions,
  dossierEvents,
  dossierItems,
  eventSequence,
  safetyAssessments,
  type DossierEventRow,
} from "./schema";

// The outbox of dossier events (docs/consent-and-processing-log.md, "Live collaboration"). Written in the transaction of the change; the sequence
// comes from one counter row updated in that transaction, so the row lock orders the commits: a transaction
// that takes a sequence number waits for every earlier holder to commit or roll back. Sequence order is
// therefore commit order and a reader never sees a gap that fills in later. (The lock is taken at the end of
// a change, with the processing-log entry, so it is held only for the commit.)

export interface EventInput {
  caseId: string;
  /** What the change means (packages/domain/src/changes.ts); the event's operation derives from it. */
  changeKind: ChangeKind;
  /** The changed items; none for a change of the case itself. */
  itemIds: readonly string[];
  fields: readonly string[];
  actorProfessionalId: string | null;
  organisationId: string | null;
}

/**
 * Appends the events of a transaction's changes (one per changed item, one per change of the case itself)
 * inside the caller's transaction; returns their sequence numbers. Takes the sequence's row lock last.
 */
export async function appendEvents(tx: Executor, inputs: readonly EventInput[]): Promise<number[]> {
  if (inputs.length === 0) return [];
  const itemIds = [...new Set(inputs.flatMap((i) => i.itemIds))];
  const items = itemIds.length
    ? await tx
        .select({
          id: dossierItems.id,
          kind: dossierItems.kind,
          domain: dossierItems.domain,
          dataClass: dossierItems.dataClass,
          subjectPersonIds: dossierItems.subjectPersonIds,
          createdAt: dossierItems.createdAt,
        })
        .from(dossierItems)
        .where(inArray(dossierItems.id, itemIds))
    : [];
  const byId = new Map(items.map((i) => [i.id, i]));
  const rows: Omit<typeof dossierEvents.$inferInsert, "seq">[] = [];
  for (const input of inputs) {
    const common = {
      caseId: input.caseId,
      changeKind: input.changeKind,
      operation: CHANGE_KINDS[input.changeKind].operation,
      fields: [...input.fields],
      actorProfessionalId: input.actorProfessionalId,
      organisationId: input.organisationId,
    };
    const changed = input.itemIds
      .flatMap((id) => byId.get(id) ?? [])
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
    if (changed.length === 0) rows.push(common);
    for (const item of changed) {
      rows.push({
        ...common,
        itemId: item.id,
        itemKind: item.kind,
        domain: item.domain,
        dataClass: item.dataClass,
        subjectPersonIds: item.subjectPersonIds,
      });
    }
  }
  // The counter moves and the events are inserted in ONE statement, so its row lock is held only for that
  // statement and the commit that follows (sequence order stays commit order). The rows travel as one JSON
  // parameter, each with its index in the transaction's block of numbers.
  const json = JSON.stringify(
    rows.map((row, i) => ({
      i,
      case_id: row.caseId,
      change_kind: row.changeKind,
      operation: row.operation,
      item_id: row.itemId ?? null,
      item_kind: row.itemKind ?? null,
      domain: row.domain ?? null,
      data_class: row.dataClass ?? null,
      subject_person_ids: row.subjectPersonIds ?? null,
      fields: row.fields,
      actor_professional_id: row.actorProfessionalId ?? null,
      organisation_id: row.organisationId ?? null,
    })),
  );
  const inserted = resultRows<{ seq: number | string }>(
    await tx.execute(sql`with counter as (
        update ${eventSequence} set last = last + ${rows.length}::bigint where id = 1 returning last)
      insert into ${dossierEvents} (seq, case_id, change_kind, operation, item_id, item_kind, domain, data_class,
        subject_person_ids, fields, actor_professional_id, organisation_id)
      select counter.last - ${rows.length}::bigint + 1 + r.i, r.case_id, r.change_kind, r.operation, r.item_id,
        r.item_kind, r.domain, r.data_class, coalesce(r.subject_person_ids, '{}'), r.fields, r.actor_professional_id,
        r.organisation_id
      from counter, jsonb_to_recordset(${json}::jsonb) as r(i bigint, case_id uuid, change_kind text,
        operation log_operation, item_id uuid, item_kind dossier_item_kind, domain life_domain,
        data_class data_class, subject_person_ids uuid[], fields text[], actor_professional_id uuid,
        organisation_id uuid)
      order by r.i
      returning seq`),
  );
  if (inserted.length !== rows.length) throw new Error("event_sequence has no row: run the migrations");
  return inserted.map((r) => Number(r.seq)).sort((a, b) => a - b);
}

/** Which events a reader wants: those a stream carries (one case's for the `case` stream), or all. */
export type EventFilter = { kind: "all" } | { kind: "stream"; stream: StreamKind; caseId?: string };

/** The routing table (`STREAMS` in packages/domain/src/changes.ts) as SQL: the same table the dispatcher uses. */
function filterCondition(filter: EventFilter): SQL | undefined {
  if (filter.kind === "all") return undefined;
  const route: StreamRoute = STREAMS[filter.stream];
  return and(
    inArray(dossierEvents.changeKind, [...route.changeKinds]),
    route.itemKinds ? inArray(dossierEvents.itemKind, [...route.itemKinds]) : undefined,
    filter.caseId ? eq(dossierEvents.caseId, filter.caseId) : undefined,
  );
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
