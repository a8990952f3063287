import { LOG_OPERATIONS, type LegalBasis, type LogOperation } from "@regiehub/domain";
import type { ProcessingLogRow } from "@regiehub/db";

// The processing log as people read it: one request writes several entries for one case (one per person read,
// one per change, one for its refusals). A line folds the entries of one request (trace id), one case and one
// actor together, with the union of their persons, fields and items. Pure, so the folding is unit-tested.

/** Which line an entry belongs to. */
export interface LineKey {
  traceId: string;
  caseId: string | null;
  actorType: string;
  actorId: string | null;
}

export function lineKeyOf(k: LineKey): string {
  return [k.traceId, k.caseId ?? "", k.actorType, k.actorId ?? ""].join("|");
}

export interface ProcessingLogLineModel {
  /** `lineKeyOf` of its entries. */
  id: string;
  caseId: string;
  caseReference: string | null;
  startedAt: Date;
  endedAt: Date;
  actorType: string;
  actorId: string | null;
  organisationId: string | null;
  role: string | null;
  operations: LogOperation[];
  subjectPseudonyms: string[];
  fields: string[];
  itemCount: number;
  processingActivityIds: string[];
  legalBases: LegalBasis[];
  outcomes: string[];
  breakGlass: boolean;
  details: string[];
  entryCount: number;
  traceId: string;
  /** The highest entry id of the line: its place in the log (newest first) and its cursor. */
  lastId: number;
}

const sorted = (values: Iterable<string>) => [...new Set(values)].sort();

/** Folds entries (any order) into one line per key, in `order` (the keys of the page, newest first). */
export function foldLines(
  entries: readonly ProcessingLogRow[],
  order: readonly string[],
  references: ReadonlyMap<string, string>,
): ProcessingLogLineModel[] {
  const groups = new Map<string, ProcessingLogRow[]>(order.map((key) => [key, []]));
  for (const entry of [...entries].sort((a, b) => a.id - b.id)) groups.get(lineKeyOf(entry))?.push(entry);
  const lines: ProcessingLogLineModel[] = [];
  for (const [id, group] of groups) {
    const first = group[0];
    if (!first?.caseId) continue;
    const operations = new Set(group.map((e) => e.operation));
    lines.push({
      id,
      caseId: first.caseId,
      caseReference: references.get(first.caseId) ?? null,
      startedAt: new Date(Math.min(...group.map((e) => e.startedAt.getTime()))),
      endedAt: new Date(Math.max(...group.map((e) => e.endedAt.getTime()))),
      actorType: first.actorType,
      actorId: first.actorId,
      organisationId: first.organisationId,
      role: first.role,
      operations: LOG_OPERATIONS.filter((op) => operations.has(op)),
      subjectPseudonyms: sorted(group.flatMap((e) => e.subjectPseudonyms)),
      fields: sorted(group.flatMap((e) => e.fields)),
      itemCount: new Set(group.flatMap((e) => e.itemIds)).size,
      processingActivityIds: sorted(group.map((e) => e.processingActivityId)),
      legalBases: [...new Set(group.flatMap((e) => (e.legalBasis ? [e.legalBasis] : [])))],
      outcomes: sorted(group.map((e) => e.outcome)),
      breakGlass: group.some((e) => e.breakGlass),
      details: [...new Set(group.flatMap((e) => (e.detail ? [e.detail] : [])))],
      entryCount: group.length,
      traceId: first.traceId,
      lastId: Math.max(...group.map((e) => e.id)),
    });
  }
  return lines;
}
