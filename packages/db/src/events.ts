import { and, asc, eq, gt, inArray, sql } from "drizzle-orm";
import type { LogOperation } from "@regiehub/domain";
import type { Executor } from "./client";
import { dossierEvents, dossierItems, eventSequence, type DossierEventRow } from "./schema";

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

/** Events after `afterSeq` (of one case, or all), in sequence order, at most `limit`. */
export async function readEvents(
  db: Executor,
  afterSeq: number,
  options: { caseId?: string; limit?: number } = {},
): Promise<DossierEventRow[]> {
  const where = options.caseId
    ? and(gt(dossierEvents.seq, afterSeq), eq(dossierEvents.caseId, options.caseId))
    : gt(dossierEvents.seq, afterSeq);
  return db
    .select()
    .from(dossierEvents)
    .where(where)
    .orderBy(asc(dossierEvents.seq))
    .limit(options.limit ?? 500);
}

/** The highest sequence number committed so far (0 when there are no events). */
export async function lastEventSeq(db: Executor): Promise<number> {
  const [row] = await db
    .select({ last: eventSequence.last })
    .from(eventSequence)
    .where(eq(eventSequence.id, 1));
  return row?.last ?? 0;
}
