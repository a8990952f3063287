import { randomBytes } from "node:crypto";
import { and, asc, eq, isNotNull, lt } from "drizzle-orm";
import { PROCESSING_ACTIVITIES } from "@regiehub/domain";
import { appendLogEntries, tables, type Database } from "@regiehub/db";

// Retention (bewaartermijn, docs/consent-and-processing-log.md): a closed case is kept until `retainUntil`
// (closing date plus the retention period, 20 years for youth care by default) and then deleted with
// everything in it. The processing log outlives the case: each deletion is itself logged (RH-PA-06).

/** `date` (YYYY-MM-DD) plus whole years; 29 February becomes 28 February in a year without it. */
export function addYears(date: string, years: number): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new Error(`not a calendar date: ${date}`);
  const month = Number(m[2]) - 1;
  const target = new Date(Date.UTC(Number(m[1]) + years, month, Number(m[3])));
  if (target.getUTCMonth() !== month) target.setUTCDate(0); // rolled into March: last day of February
  return target.toISOString().slice(0, 10);
}

/** Until when a case closed on `closedOn` is kept. */
export function retainUntilFor(closedOn: string, retentionYears: number): string {
  return addYears(closedOn, retentionYears);
}

export interface PurgedCase {
  id: string;
  reference: string;
  retainUntil: string;
}

export interface PurgeResult {
  /** Cases past their retention date (deleted unless `dryRun`). */
  cases: PurgedCase[];
  dryRun: boolean;
}

/**
 * Deletes every case whose retention ended before `today` (YYYY-MM-DD, a Dutch calendar date): per case one
 * transaction that deletes the case (persons, team, items, grants and break-glass accesses cascade) and its
 * dossier events, and appends a SYSTEM DELETE entry to the case's log chain. With `dryRun` only lists them.
 */
export async function purgeExpiredCases(
  db: Database,
  today: string,
  options: { dryRun?: boolean } = {},
): Promise<PurgeResult> {
  const { cases } = tables;
  const expired = and(isNotNull(cases.retainUntil), lt(cases.retainUntil, today));
  const candidates = await db
    .select({ id: cases.id, reference: cases.reference, retainUntil: cases.retainUntil })
    .from(cases)
    .where(expired)
    .orderBy(asc(cases.retainUntil), asc(cases.reference));
  const result: PurgeResult = { cases: [], dryRun: options.dryRun ?? false };
  for (const candidate of candidates) {
    if (result.dryRun) {
      result.cases.push({ ...candidate, retainUntil: candidate.retainUntil! });
      continue;
    }
    const purged = await db.transaction(async (tx) => {
      // Re-checked under a lock: the case may have been reopened (retainUntil cleared) meanwhile.
      const [row] = await tx
        .select({ id: cases.id, reference: cases.reference, retainUntil: cases.retainUntil })
        .from(cases)
        .where(and(eq(cases.id, candidate.id), expired))
        .for("update");
      if (!row) return undefined;
      const startedAt = new Date();
      await tx.delete(cases).where(eq(cases.id, row.id));
      // The case's dossier events name its items and persons: they go with it (they have no foreign key,
      // being an outbox). Subscribers resuming past them see a gap in the sequence, which they tolerate.
      await tx.delete(tables.dossierEvents).where(eq(tables.dossierEvents.caseId, row.id));
      await appendLogEntries(tx, [
        {
          caseId: row.id,
          startedAt,
          endedAt: new Date(),
          actorType: "SYSTEM",
          actorId: null,
          organisationId: null,
          role: null,
          subjectPseudonyms: [],
          itemIds: [],
          fields: ["Case"],
          operation: "DELETE",
          purpose: PROCESSING_ACTIVITIES["RH-PA-06"],
          legalBasis: "LEGAL_TASK",
          processingActivityId: "RH-PA-06",
          traceId: randomBytes(16).toString("hex"),
          operationId: randomBytes(8).toString("hex"),
          callerTraceId: null,
          outcome: "SUCCESS",
          breakGlass: false,
          detail: `retention expired: ${row.reference}`,
        },
      ]);
      return { ...row, retainUntil: row.retainUntil! };
    });
    if (purged) result.cases.push(purged);
  }
  return result;
}
