import { randomBytes } from "node:crypto";
import { chainKeyOf, type LogEntryInput } from "@regiehub/db";
import { PROCESSING_ACTIVITIES } from "@regiehub/domain";
import type { Sql, TransactionSql } from "postgres";

// The floors' processing-log append, written plainly: the entries inserted unsealed in one statement (no
// lock), as `appendLogEntries` writes them. The hub's sealer chains them like its own (the hub runs during the
// whole bench, so the sealing of the floors' entries costs the same process as the sealing of the hub's);
// the bench checks at its end that `verifyProcessingLog` accepts the whole log.

type Tx = TransactionSql<Record<string, never>> | Sql<Record<string, never>>;

export async function appendCaseLog(
  tx: Tx,
  caseId: string,
  entries: readonly LogEntryInput[],
): Promise<void> {
  if (entries.length === 0) return;
  const chainKey = chainKeyOf(caseId);
  // One INSERT for all entries: arrays are passed as JSON and unpacked in SQL.
  await tx`
    insert into processing_log (chain_key, case_id, started_at, ended_at, actor_type, actor_id,
      organisation_id, role, subject_pseudonyms, item_ids, fields, operation, purpose, legal_basis,
      processing_activity_id, trace_id, operation_id, caller_trace_id, outcome, break_glass, detail)
    select r.chain_key, r.case_id, r.started_at, r.ended_at, r.actor_type, r.actor_id,
      r.organisation_id, r.role,
      array(select jsonb_array_elements_text(r.subject_pseudonyms)),
      array(select jsonb_array_elements_text(r.item_ids))::uuid[],
      array(select jsonb_array_elements_text(r.fields)),
      r.operation::log_operation, r.purpose, r.legal_basis::legal_basis, r.processing_activity_id, r.trace_id,
      r.operation_id, r.caller_trace_id, r.outcome, r.break_glass, r.detail
    from jsonb_to_recordset(${JSON.stringify(
      entries.map((r) => ({
        chain_key: chainKey,
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
      })),
    )}::text::jsonb) as r(chain_key text, case_id uuid, started_at timestamptz, ended_at timestamptz,
      actor_type text, actor_id uuid, organisation_id uuid, role text, subject_pseudonyms jsonb, item_ids jsonb,
      fields jsonb, operation text, purpose text, legal_basis text, processing_activity_id text, trace_id text,
      operation_id text, caller_trace_id text, outcome text, break_glass boolean, detail text)`;
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
