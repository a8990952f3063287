import { and, desc, eq, gte, inArray, lt, lte, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { AppError, LOG_OPERATIONS, parseInput, type Actor } from "@regiehub/domain";
import { tables, type Database, type ProcessingLogRow } from "@regiehub/db";
import type { AuditTrail } from "../../../audit/trail";
import type { Pseudonymizer } from "../../../audit/pseudonym";
import { authorizeCase } from "../../case/access";

export const MAX_PAGE = 100;

// The DateTime scalar has checked the form already; this keeps the operation safe on its own.
const moment = z.string().refine((v) => !Number.isNaN(Date.parse(v)), "Geef een tijdstip (ISO 8601)");

export const ProcessingLogFilter = z
  .object({
    operations: z.array(z.enum(LOG_OPERATIONS)).nullish(),
    organisationId: z.uuid("Onbekende organisatie").nullish(),
    personId: z.uuid("Onbekende persoon").nullish(),
    from: moment.nullish(),
    to: moment.nullish(),
  })
  .refine((f) => !f.from || !f.to || Date.parse(f.from) <= Date.parse(f.to), {
    path: ["to"],
    message: "Het einde ligt vóór het begin",
  });

export interface ProcessingLogArgs {
  caseId: string;
  filter?: unknown;
  first?: number | null;
  after?: string | null;
}

export interface ProcessingLogPage {
  edges: { cursor: string; node: ProcessingLogRow }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Cursors are opaque: the entry id, base64url-encoded. */
export function encodeLogCursor(id: number): string {
  return Buffer.from(`log:${id}`).toString("base64url");
}

export function decodeLogCursor(cursor: string): number | undefined {
  const match = /^log:(\d{1,15})$/.exec(Buffer.from(cursor, "base64url").toString("utf8"));
  return match ? Number(match[1]) : undefined;
}

/**
 * A page of a case's processing log, newest first (privacy officer and the directing organisation). Reading
 * the log is itself a processing (supervision, RH-PA-05) and is logged like any other read.
 */
export async function listProcessingLog(
  db: Database,
  actor: Actor,
  audit: AuditTrail,
  pseudonymize: Pseudonymizer,
  args: ProcessingLogArgs,
): Promise<ProcessingLogPage> {
  const size = args.first ?? 50;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE)
    throw AppError.badInput("first", `first must be between 1 and ${MAX_PAGE}`);
  const before = args.after ? decodeLogCursor(args.after) : undefined;
  if (args.after && before === undefined) throw AppError.badInput("after", "Unknown cursor");
  const filter = parseInput(ProcessingLogFilter, args.filter ?? {}, "filter");

  await authorizeCase(db, actor, args.caseId, "log.read");

  const log = tables.processingLog;
  const where: SQL[] = [eq(log.caseId, args.caseId)];
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
    caseId: args.caseId,
    subjectPersonIds: [],
    fields: ["ProcessingLog"],
    legalBasis: "LEGAL_TASK",
    activity: "RH-PA-05",
  });

  const edges = rows.slice(0, size).map((node) => ({ cursor: encodeLogCursor(node.id), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
