import type { OperationContext } from "../../../operation";
import { and, desc, eq, gte, inArray, isNotNull, lt, lte, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import {
  LOG_OPERATIONS,
  connection,
  id,
  pageArgs,
  parseInput,
  plain,
  targetId,
  type Connection,
} from "@regiehub/domain";
import { sealProcessingLog, tables, type ProcessingLogRow } from "@regiehub/db";
import { authorizeCase } from "../../case/access";

// The DateTime scalar has checked the form already; this keeps the operation safe on its own.
const moment = plain().refine((v) => !Number.isNaN(Date.parse(v)), "Geef een tijdstip (ISO 8601)");

export const ProcessingLogFilter = z
  .object({
    operations: z.array(z.enum(LOG_OPERATIONS)).nullish(),
    organisationId: id("Onbekende organisatie").nullish(),
    personId: id("Onbekende persoon").nullish(),
    from: moment.nullish(),
    to: moment.nullish(),
  })
  .refine((f) => !f.from || !f.to || Date.parse(f.from) <= Date.parse(f.to), {
    path: ["to"],
    message: "Het einde ligt vóór het begin",
  });

/** Cursors are opaque: the entry id, base64url-encoded. */
export function encodeLogCursor(id: number): string {
  return Buffer.from(`log:${id}`).toString("base64url");
}

export function decodeLogCursor(cursor: string): number | undefined {
  const match = /^log:(\d{1,15})$/.exec(Buffer.from(cursor, "base64url").toString("utf8"));
  return match ? Number(match[1]) : undefined;
}

export const ListProcessingLogInput = z.object({
  ...pageArgs(50, decodeLogCursor),
  caseId: targetId(),
  filter: ProcessingLogFilter.nullish(),
});

/**
 * A page of a case's processing log, newest first (privacy officer and the directing organisation). Reading
 * the log is itself a processing (supervision, RH-PA-05) and is logged like any other read.
 */
export async function listProcessingLog(
  { db, actor, audit, pseudonymize }: OperationContext,
  rawInput: unknown,
): Promise<Connection<ProcessingLogRow>> {
  const { caseId, first: size, after: before, ...input } = parseInput(ListProcessingLogInput, rawInput, "");
  const filter: z.infer<typeof ProcessingLogFilter> = input.filter ?? {};

  await authorizeCase(db, actor, caseId, "log.read");
  // Everything committed so far is chained first; an entry committed after that shows on a later read.
  await sealProcessingLog(db, { wait: true });

  const log = tables.processingLog;
  const where: SQL[] = [eq(log.caseId, caseId), isNotNull(log.hash)];
  if (before !== undefined) where.push(lt(log.id, before));
  if (filter.operations?.length) where.push(inArray(log.operation, filter.operations));
  if (filter.organisationId) where.push(eq(log.organisationId, filter.organisationId));
  if (filter.personId) where.push(sql`${pseudonymize(filter.personId)} = any(${log.subjectPseudonyms})`);
  if (filter.from) where.push(gte(log.startedAt, new Date(filter.from)));
  if (filter.to) where.push(lte(log.startedAt, new Date(filter.to)));

  const rows = await db
    .select()
    .from(log)
    .where(and(...where))
    .orderBy(desc(log.id))
    .limit(size + 1);

  audit.read({
    caseId,
    subjectPersonIds: [],
    fields: ["ProcessingLog"],
    legalBasis: "LEGAL_TASK",
    activity: "RH-PA-05",
  });

  return connection(rows.slice(0, size), rows.length > size, (node) => encodeLogCursor(node.id));
}
