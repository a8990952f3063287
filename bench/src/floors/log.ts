import { randomBytes } from "node:crypto";
import { GENESIS_HASH, chainKeyOf, entryHash, type LogEntryInput } from "@regiehub/db";
import { PROCESSING_ACTIVITIES } from "@regiehub/domain";
import type { Sql, TransactionSql } from "postgres";

// The floors' processing-log append, written plainly: lock the case's chain head, hash the entries on it,
// insert them in one statement, move the head. The same rows and hashes `appendLogEntries` writes, so the
// hub's `verifyProcessingLog` accepts them (the bench checks that at its end).

type Tx = TransactionSql<Record<string, never>> | Sql<Record<string, never>>;

export async function appendCaseLog(
  tx: Tx,
  caseId: string,
  entries: readonly LogEntryInput[],
): Promise<void> {
  if (entries.length === 0) return;
  const chainKey = chainKeyOf(caseId);
  let [head] = await tx<{ lastSeq: number; lastHash: string }[]>`
    select last_seq as "lastSeq", last_hash as "lastHash" from processing_log_heads
    where chain_key = ${chainKey} for update`;
  if (!head) {
    await tx`insert into processing_log_heads (chain_key, last_seq, last_hash)
             values (${chainKey}, 0, ${GENESIS_HASH}) on conflict do nothing`;
    [head] = await tx<{ lastSeq: number; lastHash: string }[]>`
      select last_seq as "lastSeq", last_hash as "lastHash" from processing_log_heads
      where chain_key = ${chainKey} for update`;
  }
  let seq = head!.lastSeq;
  let prev = head!.lastHash;
  const rows = entries.map((e) => {
    seq += 1;
    const hashed = { ...e, chainKey, chainSeq: seq };
    const hash = entryHash(prev, hashed);
    const row = { ...hashed, prevHash: prev, hash };
    prev = hash;
    return row;
  });
  // One INSERT for all entries: arrays are passed as JSON and unpacked in SQL.
  await tx`
    insert into processing_log (chain_key, chain_seq, case_id, started_at, ended_at, actor_type, actor_id,
      organisation_id, role, subject_pseudonyms, item_ids, fields, operation, purpose, legal_basis,
      processing_activity_id, trace_id, operation_id, caller_trace_id, outcome, break_glass, detail, prev_hash, hash)
    select r.chain_key, r.chain_seq, r.case_id, r.started_at, r.ended_at, r.actor_type, r.actor_id,
      r.organisation_id, r.role,
      array(select jsonb_array_elements_text(r.subject_pseudonyms)),
      array(select jsonb_array_elements_text(r.item_ids))::uuid[],
      array(select jsonb_array_elements_text(r.fields)),
      r.operation::log_operation, r.purpose, r.legal_basis::legal_basis, r.processing_activity_id, r.trace_id,
      r.operation_id, r.caller_trace_id, r.outcome, r.break_glass, r.detail, r.prev_hash, r.hash
    from jsonb_to_recordset(${JSON.stringify(
      rows.map((r) => ({
        chain_key: r.chainKey,
        chain_seq: r.chainSeq,
        case_id: r.caseId,
        started_at: r.startedAt.toISOString(),
        ended_at: r.endedAt.toISOString(),
        actor_type: r.actorType,
        actor_id: r.actorId,
        organisation_id: r.organisationId,
        role: r.role,
        subject_pseudonyms: r.subjectPseudonyms,
        item_ids: r.itemIds,
        fields: r.fields,
        operation: r.operation,
        purpose: r.purpose,
        legal_basis: r.legalBasis,
        processing_activity_id: r.processingActivityId,
        trace_id: r.traceId,
        operation_id: r.operationId,
        caller_trace_id: r.callerTraceId,
        outcome: r.outcome,
        break_glass: r.breakGlass,
        detail: r.detail,
        prev_hash: r.prevHash,
        hash: r.hash,
      })),
    )}::text::jsonb) as r(chain_key text, chain_seq int, case_id uuid, started_at timestamptz, ended_at timestamptz,
      actor_type text, actor_id uuid, organisation_id uuid, role text, subject_pseudonyms jsonb, item_ids jsonb,
      fields jsonb, operation text, purpose text, legal_basis text, processing_activity_id text, trace_id text,
      operation_id text, caller_trace_id text, outcome text, break_glass boolean, detail text, prev_hash text,
      hash text)`;
  await tx`update processing_log_heads set last_seq = ${seq}, last_hash = ${prev} where chain_key = ${chainKey}`;
}

/** Who a floor acts for (it checks no token: the bench names the viewer). */
export interface Viewer {
  professionalId: string;
  organisationId: string;
  role: string;
}

/** The trace of one floor request: a fresh trace and operation id, as the hub gives each request. */
export interface FloorRequest {
  viewer: Viewer;
  caseId: string;
  startedAt: Date;
  traceId: string;
  operationId: string;
}

export function floorRequest(viewer: Viewer, caseId: string): FloorRequest {
  return {
    viewer,
    caseId,
    startedAt: new Date(),
    traceId: randomBytes(16).toString("hex"),
    operationId: randomBytes(8).toString("hex"),
  };
}

/** A log entry of the request, under processing activity RH-PA-01, as the hub's audit trail writes it. */
export function floorEntry(
  request: FloorRequest,
  what: Pick<LogEntryInput, "operation" | "legalBasis" | "subjectPseudonyms" | "itemIds" | "fields">,
): LogEntryInput {
  return {
    caseId: request.caseId,
    startedAt: request.startedAt,
    endedAt: new Date(),
    actorType: "PROFESSIONAL",
    actorId: request.viewer.professionalId,
    organisationId: request.viewer.organisationId,
    role: request.viewer.role,
    purpose: PROCESSING_ACTIVITIES["RH-PA-01"],
    processingActivityId: "RH-PA-01",
    traceId: request.traceId,
    operationId: request.operationId,
    callerTraceId: null,
    outcome: "SUCCESS",
    breakGlass: false,
    detail: null,
    ...what,
  };
}
