import { CHANGE_KINDS, type DomainChange } from "@regiehub/domain";
import { appendEvents, appendLogEntries, type Database, type Executor } from "@regiehub/db";
import type { AuditTrail } from "../audit/trail";
import type { IdempotencyClaim } from "../idempotency/claim";

// The change path (docs/ARCHITECTURE.md): an operation records each change once, as data (a DomainChange),
// inside its transaction. The processing-log entry and the dossier event (the outbox) are both derived from
// that record here, and written in the same transaction, so they commit with the change or not at all.

/** Records one change of the running transaction. */
export type RecordChange = (change: DomainChange) => void;

export class ChangeRecorder {
  /** The highest sequence number of the dossier events this request committed (what to wake live delivery with). */
  lastEventSeq: number | undefined;
  /**
   * The `Idempotency-Key` of the request (a mutation over HTTP that sent one): claimed in the first transaction
   * that commits, so a change never commits without its key (apps/server/src/idempotency).
   */
  idempotency: IdempotencyClaim | undefined;

  constructor(private readonly audit: AuditTrail) {}

  /**
   * Runs `work` in one transaction. The changes it records are written at its end: their log entries (which
   * lock the case's hash-chain head) and then their events (which lock the event sequence), so both locks are
   * held only for those inserts and the commit, and sequence order is commit order. Just before them, the request's
   * idempotency key is claimed (or the transaction's changes added to it), in the same transaction.
   */
  async transaction<T>(db: Database, work: (tx: Executor, record: RecordChange) => Promise<T>): Promise<T> {
    let seqs: number[] = [];
    const claim = this.idempotency;
    const result = await db.transaction(async (tx) => {
      const changes: DomainChange[] = [];
      const value = await work(tx, (change) => changes.push(change));
      // Before the log and the events, so that their locks stay held for their inserts and the commit only.
      await claim?.write(tx, changes);
      seqs = await writeChanges(tx, this.audit, changes);
      return value;
    });
    claim?.committed();
    if (seqs.length) this.lastEventSeq = Math.max(this.lastEventSeq ?? 0, ...seqs);
    return result;
  }
}

/** Writes the log entries, then the dossier events, of a transaction's changes; returns the events' sequence numbers. */
async function writeChanges(
  tx: Executor,
  audit: AuditTrail,
  changes: readonly DomainChange[],
): Promise<number[]> {
  if (changes.length === 0) return [];
  await appendLogEntries(
    tx,
    changes.map((change) => audit.changeEntry(change)),
  );
  const events = changes.flatMap((change) =>
    change.caseId && CHANGE_KINDS[change.kind].event
      ? [
          {
            caseId: change.caseId,
            changeKind: change.kind,
            itemIds: change.itemIds ?? [],
            fields: change.fields,
            actorProfessionalId: audit.actor?.professionalId ?? null,
            organisationId: audit.actor?.organisationId ?? null,
          },
        ]
      : [],
  );
  return appendEvents(tx, events);
}
