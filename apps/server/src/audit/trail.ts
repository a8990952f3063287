import { randomBytes } from "node:crypto";
import {
  CHANGE_KINDS,
  PROCESSING_ACTIVITIES,
  type Actor,
  type DomainChange,
  type LegalBasis,
  type LogOperation,
  type ProcessingActivityId,
} from "@regiehub/domain";
import { writeLogEntries, type Database, type LogEntryInput } from "@regiehub/db";
import type { DenialWindows } from "./denials";
import type { Pseudonymizer } from "./pseudonym";

// The audit trail of one request: reads of personal data are collected while resolvers run and written
// once, before the response leaves (one entry per case and data subject); changes are logged inside their
// own transaction (see changes/recorder.ts). If the log cannot be written, the response carries no data
// (fail closed). See docs/consent-and-processing-log.md.

export interface TraceContext {
  traceId: string;
  /** The caller's `traceparent`, when a partner system sent one. */
  callerTraceparent: string | null;
}

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}$/;

/** W3C trace context: continue the caller's trace when it sends a valid `traceparent`. */
export function traceFrom(traceparent: string | undefined | null): TraceContext {
  const match = traceparent ? TRACEPARENT.exec(traceparent.trim()) : null;
  if (match && !/^0+$/.test(match[1]!)) return { traceId: match[1]!, callerTraceparent: traceparent!.trim() };
  return { traceId: randomBytes(16).toString("hex"), callerTraceparent: null };
}

/**
 * Who an entry names as the actor: a professional (their id), a partner system (`PARTNER_SYSTEM`, the API
 * client's id, with its organisation and its service account's role), or the hub itself (`SYSTEM`).
 */
export function logActor(
  actor: Actor | undefined,
): Pick<LogEntryInput, "actorType" | "actorId" | "organisationId" | "role"> {
  if (!actor) return { actorType: "SYSTEM", actorId: null, organisationId: null, role: null };
  return {
    actorType: actor.system ? "PARTNER_SYSTEM" : "PROFESSIONAL",
    actorId: actor.system?.clientId ?? actor.professionalId,
    organisationId: actor.organisationId,
    role: actor.role,
  };
}

export interface ReadRecord {
  caseId: string;
  /** The persons the data is about; empty for case-level data (title, reference). */
  subjectPersonIds: readonly string[];
  itemIds?: readonly string[];
  fields: readonly string[];
  legalBasis: LegalBasis | null;
  activity?: ProcessingActivityId;
  breakGlass?: boolean;
  detail?: string;
}

interface Pending {
  base: Omit<LogEntryInput, "endedAt" | "itemIds" | "fields" | "subjectPseudonyms">;
  subjectPseudonyms: string[];
  itemIds: Set<string>;
  fields: Set<string>;
}

export class AuditTrail {
  private readonly pending = new Map<string, Pending>();
  readonly startedAt = new Date();
  readonly operationId = randomBytes(8).toString("hex");

  constructor(
    private readonly db: Database,
    private readonly pseudonymize: Pseudonymizer,
    readonly actor: Actor | undefined,
    readonly trace: TraceContext,
  ) {}

  private base(
    caseId: string | null,
    operation: LogOperation,
    activity: ProcessingActivityId,
    legalBasis: LegalBasis | null,
    outcome: LogEntryInput["outcome"],
    breakGlass: boolean,
    detail: string | null,
  ): Pending["base"] {
    return {
      caseId,
      startedAt: this.startedAt,
      ...logActor(this.actor),
      operation,
      purpose: PROCESSING_ACTIVITIES[activity],
      legalBasis,
      processingActivityId: activity,
      traceId: this.trace.traceId,
      operationId: this.operationId,
      callerTraceId: this.trace.callerTraceparent,
      outcome,
      breakGlass,
      detail,
    };
  }

  private collect(
    key: string,
    base: Pending["base"],
    subjects: readonly string[],
    itemIds: readonly string[],
    fields: readonly string[],
  ) {
    let entry = this.pending.get(key);
    if (!entry) {
      entry = {
        base,
        subjectPseudonyms: subjects.map(this.pseudonymize),
        itemIds: new Set(),
        fields: new Set(),
      };
      this.pending.set(key, entry);
    }
    itemIds.forEach((id) => entry.itemIds.add(id));
    fields.forEach((f) => entry.fields.add(f));
  }

  /** A read of personal data; merged per case, data subject, basis and activity. */
  read(r: ReadRecord): void {
    const activity = r.activity ?? "RH-PA-01";
    const subjects = r.subjectPersonIds.length ? r.subjectPersonIds.map((s) => [s]) : [[]];
    for (const subject of subjects) {
      const key = ["READ", r.caseId, subject[0] ?? "", r.legalBasis, activity, r.breakGlass ? 1 : 0].join(
        "|",
      );
      this.collect(
        key,
        this.base(
          r.caseId,
          "READ",
          activity,
          r.legalBasis,
          "SUCCESS",
          r.breakGlass ?? false,
          r.detail ?? null,
        ),
        subject,
        r.itemIds ?? [],
        r.fields,
      );
    }
  }

  /** A refused attempt (NOT_FOUND for an existing case, FORBIDDEN, CONSENT_REQUIRED). */
  /** Merged per case: one DENIED entry per request and case, listing the refused items and fields. */
  denied(caseId: string | null, refused: string, itemIds: readonly string[] = []) {
    const key = ["DENIED", caseId].join("|");
    this.collect(
      key,
      this.base(caseId, "DENIED", "RH-PA-01", null, "DENIED", false, "refused"),
      [],
      itemIds,
      [refused],
    );
  }

  /** The log entry of a change (written by the change recorder, inside the change's transaction). */
  changeEntry(c: DomainChange): LogEntryInput {
    return {
      ...this.base(
        c.caseId,
        CHANGE_KINDS[c.kind].operation,
        c.activity ?? "RH-PA-01",
        c.legalBasis,
        "SUCCESS",
        c.breakGlass ?? false,
        c.detail ?? null,
      ),
      endedAt: new Date(),
      subjectPseudonyms: c.subjectPersonIds.map(this.pseudonymize),
      itemIds: [...(c.itemIds ?? [])],
      fields: [...c.fields],
    };
  }

  /**
   * The reads and refusals collected so far, as entries of `recipient`: a live event is resolved once for a
   * group of subscribers and delivered to each, and every delivery is logged as the recipient's own read.
   * Merged per operation, legal basis and activity: one entry per delivery (two when a delivery rests on two
   * bases). A delivery that read no personal data is still logged, with the event's item.
   */
  entriesFor(
    recipient: Actor,
    detail: string,
    event: { caseId: string; itemIds: readonly string[] },
  ): LogEntryInput[] {
    const endedAt = new Date();
    const merged = new Map<string, LogEntryInput>();
    const pending = this.pending.size
      ? [...this.pending.values()]
      : [
          {
            base: this.base(event.caseId, "READ", "RH-PA-01", null, "SUCCESS", false, null),
            subjectPseudonyms: [],
            itemIds: new Set(event.itemIds),
            fields: new Set(["CaseEvent"]),
          },
        ];
    for (const p of pending) {
      const key = [p.base.operation, p.base.legalBasis, p.base.processingActivityId, p.base.breakGlass].join(
        "|",
      );
      let entry = merged.get(key);
      if (!entry) {
        entry = {
          ...p.base,
          ...logActor(recipient),
          detail,
          endedAt,
          subjectPseudonyms: [],
          itemIds: [],
          fields: [],
        };
        merged.set(key, entry);
      }
      for (const s of p.subjectPseudonyms)
        if (!entry.subjectPseudonyms.includes(s)) entry.subjectPseudonyms.push(s);
      for (const i of p.itemIds) if (!entry.itemIds.includes(i)) entry.itemIds.push(i);
      for (const f of p.fields) if (!entry.fields.includes(f)) entry.fields.push(f);
    }
    for (const entry of merged.values()) entry.fields.sort();
    return [...merged.values()];
  }

  /** Number of entries waiting to be written. */
  get size(): number {
    return this.pending.size;
  }

  /**
   * Writes the collected reads and denials (one statement, unsealed). Throws when the log cannot be written.
   * With `denials`, a DENIED entry is written only as the first of its actor and case in the window (the rest
   * are merged into a summary), and the summaries closed by such a later refusal go along (the hub's timer
   * writes those of windows that simply ended).
   */
  async flush(denials?: DenialWindows): Promise<void> {
    const due = denials?.takeClosed() ?? [];
    if (this.pending.size === 0 && due.length === 0) return;
    const endedAt = new Date();
    const entries: LogEntryInput[] = [];
    for (const p of this.pending.values()) {
      const entry = {
        ...p.base,
        endedAt,
        subjectPseudonyms: p.subjectPseudonyms,
        itemIds: [...p.itemIds],
        fields: [...p.fields].sort(),
      };
      if (entry.operation !== "DENIED" || !denials || denials.admit(entry)) entries.push(entry);
    }
    this.pending.clear();
    entries.push(...due);
    if (entries.length > 0) await writeLogEntries(this.db, entries);
  }
}
