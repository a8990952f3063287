import { and, eq, gte, isNull, lt, sql } from "drizzle-orm";
import { AppError, type DomainChange } from "@regiehub/domain";
import { tables, type Database, type Executor, type IdempotentChange } from "@regiehub/db";
import { KEY_TTL_MS, type KeyId } from "./key";

// The stored side of safe retries: the key is claimed in the first transaction its request commits
// (ChangeRecorder.transaction), so a change never commits without its key; the answer is added once it was
// sent (./http.ts). Rows are kept 24 hours (purgeIdempotencyKeys, run by the hub every hour).

const keys = tables.idempotencyKeys;

/** The moment before which a key counts as expired. */
function cutoff(now: Date): Date {
  return new Date(now.getTime() - KEY_TTL_MS);
}

function keyIs(id: KeyId) {
  return and(eq(keys.actorKey, id.actorKey), eq(keys.key, id.key));
}

function summary(changes: readonly DomainChange[]): IdempotentChange[] {
  return changes.map((c) => ({ kind: c.kind, caseId: c.caseId, itemIds: [...(c.itemIds ?? [])] }));
}

/**
 * The key of one idempotent request (a mutation over HTTP with an `Idempotency-Key`), handed to its change
 * recorder. The first transaction that commits claims it; later transactions of the same request (several root
 * fields, or an operation with more than one transaction) add their changes to the row.
 */
export class IdempotencyClaim {
  /** "claimed" once a transaction of this request committed with the key. */
  state: "open" | "claimed" = "open";
  /** Another request (on another instance) claimed the key first; this request's transaction was rolled back. */
  taken = false;

  constructor(
    readonly id: KeyId,
    readonly requestHash: string,
    readonly operationName: string | null,
    /** The hub instance running the request. */
    readonly instance: string,
  ) {}

  /**
   * Inside the transaction, after its changes: claims the key, or (already claimed) adds what this transaction
   * changed. When another request holds the key — it committed between this request's look-up and now — the
   * transaction is rolled back with CONFLICT, and the request is answered as a retry would be (./http.ts).
   */
  async write(tx: Executor, changes: readonly DomainChange[]): Promise<void> {
    if (this.state === "claimed") {
      if (changes.length === 0) return;
      await tx
        .update(keys)
        .set({ changes: sql`${keys.changes} || ${JSON.stringify(summary(changes))}::jsonb` })
        .where(keyIs(this.id));
      return;
    }
    const now = new Date();
    const row = {
      actorKey: this.id.actorKey,
      key: this.id.key,
      requestHash: this.requestHash,
      operationName: this.operationName,
      createdAt: now,
      claimedBy: this.instance,
      changes: summary(changes),
      responseStatus: null,
      response: null,
    };
    // An expired row (older than 24 hours, not purged yet) is taken over; a live one is another request's.
    const [claimed] = await tx
      .insert(keys)
      .values(row)
      .onConflictDoUpdate({
        target: [keys.actorKey, keys.key],
        set: row,
        setWhere: lt(keys.createdAt, cutoff(now)),
      })
      .returning({ key: keys.key });
    if (!claimed) {
      this.taken = true;
      throw new AppError(
        "CONFLICT",
        "Another request with this Idempotency-Key was carried out; nothing was changed",
      );
    }
  }

  /** The transaction that wrote the claim committed. */
  committed(): void {
    this.state = "claimed";
  }
}

/** A key's row as a retry needs it. */
export interface KeyRow {
  requestHash: string;
  createdAt: Date;
  claimedBy: string;
  changes: IdempotentChange[];
  responseStatus: number | null;
  response: string | null;
}

/** The live (unexpired) row of a key, if any. */
export async function findKey(db: Database, id: KeyId, now: Date): Promise<KeyRow | undefined> {
  const [row] = await db
    .select({
      requestHash: keys.requestHash,
      createdAt: keys.createdAt,
      claimedBy: keys.claimedBy,
      changes: keys.changes,
      responseStatus: keys.responseStatus,
      response: keys.response,
    })
    .from(keys)
    .where(and(keyIs(id), gte(keys.createdAt, cutoff(now))));
  return row;
}

/** Stores the answer sent for the request that claimed the key. */
export async function storeResponse(
  db: Database,
  claim: IdempotencyClaim,
  status: number,
  body: string,
): Promise<void> {
  await db
    .update(keys)
    .set({ responseStatus: status, response: body })
    .where(
      and(
        keyIs(claim.id),
        eq(keys.requestHash, claim.requestHash),
        eq(keys.claimedBy, claim.instance),
        isNull(keys.response),
      ),
    );
}

/** Deletes the keys claimed more than 24 hours before `now`; returns how many. */
export async function purgeIdempotencyKeys(db: Database, now: Date = new Date()): Promise<number> {
  const deleted = await db
    .delete(keys)
    .where(lt(keys.createdAt, cutoff(now)))
    .returning({ key: keys.key });
  return deleted.length;
}
