import { createHash } from "node:crypto";
import { and, asc, eq, gt, isNull, lte, sql } from "drizzle-orm";
import type { LegalBasis, LogOperation } from "@regiehub/domain";
import { resultRows, type Database, type Executor } from "./client";
import { processingLog, processingLogHeads, type ProcessingLogRow } from "./schema";

// The processing log (verwerkingslog): append-only, one hash chain per case (and one `global` chain).
//
// Writing and chaining are separated so that no request waits for another one on the same case:
// - a request appends its entries UNSEALED, in its own transaction (with the change they record, if any):
//   one INSERT, no chain position, no hash, no lock;
// - the sealer (`sealProcessingLog`, run by the hub right after requests finish and every second) takes the
//   unsealed entries in the order they were inserted and chains them: it numbers each within its chain and
//   hashes it over its content and the hash before it, then moves the chain's head. One sealer at a time
//   (a transaction-scoped advisory lock), so a chain never forks, also with several hub instances.
// The trigger of migration 0007 lets an entry be sealed once and refuses every other UPDATE and all DELETEs.
// `verifyProcessingLog` checks the sealed chains and reports the unsealed entries and the age of the oldest:
// an entry that stays unsealed longer than a bound is an alert (the sealer is not running).

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

/** The columns a request writes (the chain columns stay null until sealed), with their types. */
const LOG_COLUMNS = `chain_key text, case_id uuid, started_at timestamptz, ended_at timestamptz,
  actor_type text, actor_id uuid, organisation_id uuid, role text, subject_pseudonyms text[], item_ids uuid[],
  fields text[], operation log_operation, purpose text, legal_basis legal_basis, processing_activity_id text,
  trace_id text, operation_id text, caller_trace_id text, outcome text, break_glass boolean, detail text`;

const LOG_COLUMN_NAMES = LOG_COLUMNS.split(",")
  .map((c) => c.trim().split(" ")[0])
  .join(", ");

/**
 * Appends entries unsealed, inside the caller's transaction (with the change they record, when there is one):
 * one INSERT per chunk of entries, whose rows travel as one JSON parameter (no per-row parameters, so no
 * limit from the protocol's 65,534 and one prepared statement). Takes no lock.
 */
export async function appendLogEntries(tx: Executor, entries: readonly LogEntryInput[]): Promise<void> {
  for (let i = 0; i < entries.length; i += LOG_INSERT_CHUNK) {
    const rows = entries.slice(i, i + LOG_INSERT_CHUNK).map((e) => ({
      chain_key: chainKeyOf(e.caseId),
      case_id: e.caseId,
      started_at: e.startedAt.toISOString(),
      ended_at: e.endedAt.toISOString(),
      actor_type: e.actorType,
      actor_id: e.actorId,
      organisation_id: e.organisationId,
      role: e.role,
      subject_pseudonyms: e.subjectPseudonyms,
      item_ids: e.itemIds,
      fields: e.fields,
      operation: e.operation,
      purpose: e.purpose,
      legal_basis: e.legalBasis,
      processing_activity_id: e.processingActivityId,
      trace_id: e.traceId,
      operation_id: e.operationId,
      caller_trace_id: e.callerTraceId,
      outcome: e.outcome,
      break_glass: e.breakGlass,
      detail: e.detail,
    }));
    await tx.execute(sql`insert into ${processingLog} (${sql.raw(LOG_COLUMN_NAMES)})
      select * from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(${sql.raw(LOG_COLUMNS)})`);
  }
}

/** Appends entries on their own: one statement, or one transaction when they need several. */
export async function writeLogEntries(db: Database, entries: readonly LogEntryInput[]): Promise<void> {
  if (entries.length === 0) return;
  if (entries.length <= LOG_INSERT_CHUNK) await appendLogEntries(db, entries);
  else await db.transaction((tx) => appendLogEntries(tx, entries));
}

/** Entries per INSERT statement (one JSON parameter each). */
export const LOG_INSERT_CHUNK = 2_000;

/** The advisory lock that makes one sealer at a time (any number, constant per installation). */
const SEALER_LOCK = 7_240_517_001;

/**
 * Seals the unsealed entries, oldest insert first, in batches; returns how many it sealed. Safe to call at any
 * time, from any instance. When another sealer holds the lock it returns 0 at once (that one seals them), or
 * with `wait` waits for it and then seals what is left — so that everything committed before the call is
 * sealed when it returns (before the log is listed or exported).
 */
export async function sealProcessingLog(
  db: Executor,
  { batchSize = 2_000, wait = false }: { batchSize?: number; wait?: boolean } = {},
): Promise<number> {
  let sealed = 0;
  for (;;) {
    const n = await db.transaction(async (tx) => {
      if (wait) {
        await tx.execute(sql`select pg_advisory_xact_lock(${SEALER_LOCK}::bigint)`);
      } else {
        const [lock] = resultRows<{ got: boolean }>(
          await tx.execute(sql`select pg_try_advisory_xact_lock(${SEALER_LOCK}::bigint) as got`),
        );
        if (!lock?.got) return 0;
      }
      const pending = await tx
        .select()
        .from(processingLog)
        .where(isNull(processingLog.hash))
        .orderBy(asc(processingLog.id))
        .limit(batchSize);
      if (pending.length === 0) return 0;
      const byChain = new Map<string, ProcessingLogRow[]>();
      for (const row of pending) {
        const list = byChain.get(row.chainKey);
        if (list) list.push(row);
        else byChain.set(row.chainKey, [row]);
      }
      const keys = [...byChain.keys()].sort();
      const heads = await tx
        .insert(processingLogHeads)
        .values(keys.map((chainKey) => ({ chainKey, lastSeq: 0, lastHash: GENESIS_HASH })))
        .onConflictDoUpdate({
          target: processingLogHeads.chainKey,
          set: { chainKey: sql`excluded.chain_key` },
        })
        .returning();
      const seals: { id: number; chain_seq: number; prev_hash: string; hash: string }[] = [];
      const moved: { chain_key: string; last_seq: number; last_hash: string }[] = [];
      for (const head of heads) {
        let seq = head.lastSeq;
        let prev = head.lastHash;
        for (const row of byChain.get(head.chainKey) ?? []) {
          seq += 1;
          const hash = entryHash(prev, { ...row, chainSeq: seq });
          seals.push({ id: row.id, chain_seq: seq, prev_hash: prev, hash });
          prev = hash;
        }
        moved.push({ chain_key: head.chainKey, last_seq: seq, last_hash: prev });
      }
      await Promise.all([
        tx.execute(sql`update ${processingLog} as p
          set chain_seq = s.chain_seq, prev_hash = s.prev_hash, hash = s.hash
          from jsonb_to_recordset(${JSON.stringify(seals)}::jsonb)
            as s(id bigint, chain_seq integer, prev_hash text, hash text)
          where p.id = s.id and p.hash is null`),
        tx.execute(sql`update ${processingLogHeads} as h set last_seq = m.last_seq, last_hash = m.last_hash
          from jsonb_to_recordset(${JSON.stringify(moved)}::jsonb)
            as m(chain_key text, last_seq integer, last_hash text)
          where h.chain_key = m.chain_key`),
      ]);
      return pending.length;
    });
    sealed += n;
    if (n < batchSize) return sealed;
  }
}

/** The unsealed entries: how many, and since when the oldest waits (its end time). */
export async function unsealedLogEntries(
  db: Executor,
): Promise<{ count: number; oldestEndedAt: Date | null }> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int`, oldest: sql<string | null>`min(${processingLog.endedAt})` })
    .from(processingLog)
    .where(isNull(processingLog.hash));
  return {
    count: row?.count ?? 0,
    oldestEndedAt: row?.oldest ? new Date(row.oldest) : null,
  };
}

export interface VerifyResult {
  ok: boolean;
  chains: number;
  /** Sealed entries checked. */
  entries: number;
  /** Entries not sealed yet, and the age of the oldest in seconds. */
  unsealed: number;
  oldestUnsealedSeconds: number | null;
  firstBroken?: { id: number; chainKey: string; chainSeq: number; reason: string };
}

/** How long an entry may wait for the sealer before verification fails (the sealer runs every second). */
export const MAX_UNSEALED_AGE_MS = 60_000;

/**
 * Walks every chain in order and recomputes each hash; names the first broken entry. Then the unsealed
 * entries: fine while young, an alert (not ok) when the oldest waits longer than `maxUnsealedAgeMs`.
 */
export async function verifyProcessingLog(
  db: Executor,
  { batchSize = 5000, maxUnsealedAgeMs = MAX_UNSEALED_AGE_MS, now = new Date() } = {},
): Promise<VerifyResult> {
  const heads = await db.select().from(processingLogHeads).orderBy(asc(processingLogHeads.chainKey));
  const pending = await unsealedLogEntries(db);
  const unsealed = {
    unsealed: pending.count,
    oldestUnsealedSeconds: pending.oldestEndedAt
      ? Math.max(0, (now.getTime() - pending.oldestEndedAt.getTime()) / 1000)
      : null,
  };
  let entries = 0;
  const failed = (firstBroken: NonNullable<VerifyResult["firstBroken"]>): VerifyResult => ({
    ok: false,
    chains: heads.length,
    entries,
    ...unsealed,
    firstBroken,
  });
  for (const head of heads) {
    let prev = GENESIS_HASH;
    let expectedSeq = 1;
    let afterSeq = 0;
    for (;;) {
      const batch = await db
        .select()
        .from(processingLog)
        .where(
          and(
            eq(processingLog.chainKey, head.chainKey),
            gt(processingLog.chainSeq, afterSeq),
            // up to the head as read (a sealer may be moving it meanwhile)
            lte(processingLog.chainSeq, head.lastSeq),
          ),
        )
        .orderBy(asc(processingLog.chainSeq))
        .limit(batchSize);
      for (const row of batch) {
        entries++;
        const seq = row.chainSeq ?? -1;
        const broken = (reason: string) =>
          failed({ id: row.id, chainKey: row.chainKey, chainSeq: seq, reason });
        if (seq !== expectedSeq) return broken(`missing entry before sequence ${seq}`);
        if (row.prevHash !== prev) return broken("previous hash does not match the entry before it");
        if (entryHash(prev, row) !== row.hash) return broken("content does not match its hash");
        prev = row.hash;
        expectedSeq++;
        afterSeq = seq;
      }
      if (batch.length < batchSize) break;
    }
    if (expectedSeq - 1 !== head.lastSeq || prev !== head.lastHash) {
      return failed({
        id: -1,
        chainKey: head.chainKey,
        chainSeq: expectedSeq,
        reason: `chain ends at ${expectedSeq - 1} but its head says ${head.lastSeq}: entries were removed`,
      });
    }
  }
  if (unsealed.oldestUnsealedSeconds !== null && unsealed.oldestUnsealedSeconds * 1000 > maxUnsealedAgeMs) {
    return failed({
      id: -1,
      chainKey: "*",
      chainSeq: -1,
      reason: `${pending.count} entries unsealed, the oldest for ${Math.round(unsealed.oldestUnsealedSeconds)} s (bound ${maxUnsealedAgeMs / 1000} s): is the sealer running?`,
    });
  }
  return { ok: true, chains: heads.length, entries, ...unsealed };
}

/** Count of entries (tests). */
export async function countLogEntries(db: Executor, caseId?: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(processingLog)
    .where(caseId ? eq(processingLog.caseId, caseId) : undefined);
  return row?.n ?? 0;
}
