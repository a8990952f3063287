import { createHash } from "node:crypto";
import { and, asc, eq, gt, sql, type SQL } from "drizzle-orm";
import type { LegalBasis, LogOperation } from "@regiehub/domain";
import type { Database, Executor } from "./client";
import { processingLog, processingLogHeads, type ProcessingLogRow } from "./schema";

// The processing log (verwerkingslog): append-only, one hash chain per case. Appending locks only the
// chain heads it touches (in a fixed order), so requests on different cases never wait for each other.

export interface LogEntryInput {
  caseId: string | null;
  startedAt: Date;
  endedAt: Date;
  actorType: "PROFESSIONAL" | "PARTNER_SYSTEM" | "SYSTEM";
  actorId: string | null;
  organisationId: string | null;
  role: string | null;
  subjectPseudonyms: string[];
  itemIds: string[];
  fields: string[];
  operation: LogOperation;
  purpose: string;
  legalBasis: LegalBasis | null;
  processingActivityId: string;
  traceId: string;
  operationId: string;
  callerTraceId: string | null;
  outcome: "SUCCESS" | "DENIED" | "FAILED";
  breakGlass: boolean;
  detail: string | null;
}

export const GENESIS_HASH = "0".repeat(64);

export function chainKeyOf(caseId: string | null): string {
  return caseId ? `case:${caseId}` : "global";
}

type Hashed = Omit<ProcessingLogRow, "id" | "hash" | "prevHash">;

/** The canonical form hashed for an entry: every field in a fixed order. */
export function entryHash(prevHash: string, e: Hashed): string {
  const canonical = JSON.stringify([
    e.chainKey,
    e.chainSeq,
    e.caseId,
    e.startedAt.toISOString(),
    e.endedAt.toISOString(),
    e.actorType,
    e.actorId,
    e.organisationId,
    e.role,
    e.subjectPseudonyms,
    e.itemIds,
    e.fields,
    e.operation,
    e.purpose,
    e.legalBasis,
    e.processingActivityId,
    e.traceId,
    e.operationId,
    e.callerTraceId,
    e.outcome,
    e.breakGlass,
    e.detail,
  ]);
  return createHash("sha256").update(prevHash).update("\n").update(canonical).digest("hex");
}

/** Appends entries inside the caller's transaction (with the change they record, when there is one). */
export async function appendLogEntries(tx: Executor, entries: readonly LogEntryInput[]): Promise<void> {
  if (entries.length === 0) return;
  const byChain = new Map<string, LogEntryInput[]>();
  for (const entry of entries) {
    const key = chainKeyOf(entry.caseId);
    byChain.set(key, [...(byChain.get(key) ?? []), entry]);
  }
  const keys = [...byChain.keys()].sort();
  // Creates the missing chain heads and locks them all, in key order (no deadlock between two appenders),
  // returning them: one statement.
  const heads = await tx
    .insert(processingLogHeads)
    .values(keys.map((chainKey) => ({ chainKey, lastSeq: 0, lastHash: GENESIS_HASH })))
    .onConflictDoUpdate({
      target: processingLogHeads.chainKey,
      set: { chainKey: sql`excluded.chain_key` },
    })
    .returning();

  const rows: (typeof processingLog.$inferInsert)[] = [];
  const moved: SQL[] = [];
  for (const head of heads) {
    let seq = head.lastSeq;
    let prev = head.lastHash;
    for (const entry of byChain.get(head.chainKey) ?? []) {
      seq += 1;
      const hashed: Hashed = { ...entry, chainKey: head.chainKey, chainSeq: seq };
      const hash = entryHash(prev, hashed);
      rows.push({ ...hashed, prevHash: prev, hash });
      prev = hash;
    }
    moved.push(sql`(${head.chainKey}::text, ${seq}::integer, ${prev}::text)`);
  }
  // The heads move and the entries are inserted in statements sent together (pipelined on PostgreSQL).
  // One INSERT per chunk: an entry takes 24 parameters and a statement at most 65,534, so a page of live
  // deliveries (thousands of entries) is written in several statements of the same transaction.
  const inserts = [];
  for (let i = 0; i < rows.length; i += LOG_INSERT_CHUNK) {
    inserts.push(
      tx
        .insert(processingLog)
        .values(rows.slice(i, i + LOG_INSERT_CHUNK))
        .execute(),
    );
  }
  await Promise.all([
    tx.execute(
      sql`update ${processingLogHeads} as h set last_seq = v.last_seq, last_hash = v.last_hash
          from (values ${sql.join(moved, sql`, `)}) as v(chain_key, last_seq, last_hash)
          where h.chain_key = v.chain_key`,
    ),
    ...inserts,
  ]);
}

/** Entries per INSERT statement (24 parameters each, well below the protocol's 65,534). */
export const LOG_INSERT_CHUNK = 1_000;

export interface VerifyResult {
  ok: boolean;
  chains: number;
  entries: number;
  firstBroken?: { id: number; chainKey: string; chainSeq: number; reason: string };
}

/** Walks every chain in order and recomputes each hash; names the first broken entry. */
export async function verifyProcessingLog(db: Database, batchSize = 5000): Promise<VerifyResult> {
  const heads = await db.select().from(processingLogHeads).orderBy(asc(processingLogHeads.chainKey));
  let entries = 0;
  for (const head of heads) {
    let prev = GENESIS_HASH;
    let expectedSeq = 1;
    let afterSeq = 0;
    for (;;) {
      const batch = await db
        .select()
        .from(processingLog)
        .where(and(eq(processingLog.chainKey, head.chainKey), gt(processingLog.chainSeq, afterSeq)))
        .orderBy(asc(processingLog.chainSeq))
        .limit(batchSize);
      for (const row of batch) {
        entries++;
        const broken = (reason: string): VerifyResult => ({
          ok: false,
          chains: heads.length,
          entries,
          firstBroken: { id: row.id, chainKey: row.chainKey, chainSeq: row.chainSeq, reason },
        });
        if (row.chainSeq !== expectedSeq) return broken(`missing entry before sequence ${row.chainSeq}`);
        if (row.prevHash !== prev) return broken("previous hash does not match the entry before it");
        if (entryHash(prev, row) !== row.hash) return broken("content does not match its hash");
        prev = row.hash;
        expectedSeq++;
        afterSeq = row.chainSeq;
      }
      if (batch.length < batchSize) break;
    }
    if (expectedSeq - 1 !== head.lastSeq || prev !== head.lastHash) {
      return {
        ok: false,
        chains: heads.length,
        entries,
        firstBroken: {
          id: -1,
          chainKey: head.chainKey,
          chainSeq: expectedSeq,
          reason: `chain ends at ${expectedSeq - 1} but its head says ${head.lastSeq}: entries were removed`,
        },
      };
    }
  }
  return { ok: true, chains: heads.length, entries };
}

/** Count of entries (tests). */
export async function countLogEntries(db: Executor, caseId?: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(processingLog)
    .where(caseId ? eq(processingLog.caseId, caseId) : undefined);
  return row?.n ?? 0;
}
