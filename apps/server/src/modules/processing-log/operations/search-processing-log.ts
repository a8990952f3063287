import type { OperationContext } from "../../../operation";
import { and, asc, eq, gte, ilike, inArray, isNotNull, lte, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { z } from "zod";
import {
  AppError,
  LOG_OPERATIONS,
  PROCESSING_ACTIVITIES,
  connection,
  id,
  pageArgs,
  parseInput,
  plain,
  targetId,
  text,
  type Connection,
  type ProcessingActivityId,
} from "@regiehub/domain";
import { sealProcessingLog, tables, unsafeLoadCaseAccessFacts, type Executor } from "@regiehub/db";
import { can } from "@regiehub/policy";
import type { Actor } from "@regiehub/domain";
import { noteChecked } from "../../../checked-actions";
import { authorizeCase } from "../../case/access";
import { foldLines, lineKeyOf, type ProcessingLogLineModel } from "../lines";

// The DateTime scalar has checked the form already; this keeps the operation safe on its own.
const moment = plain().refine((v) => !Number.isNaN(Date.parse(v)), "Geef een tijdstip (ISO 8601)");
const PSEUDONYM = /^[0-9a-f]{32}$/i;
const ACTIVITY_IDS = Object.keys(PROCESSING_ACTIVITIES) as [ProcessingActivityId, ...ProcessingActivityId[]];

export const ProcessingLogSearch = z
  .object({
    caseId: targetId().nullish(),
    personId: id("Onbekende persoon").nullish(),
    person: text({ max: 100, min: 0 })
      .refine((v) => v.length === 0 || v.length >= 2, "Geef minstens 2 tekens")
      .nullish(),
    organisationId: id("Onbekende organisatie").nullish(),
    from: moment.nullish(),
    to: moment.nullish(),
    processingActivityId: z
      .string()
      .refine((v) => (ACTIVITY_IDS as string[]).includes(v), "Onbekend verwerkingsdoel")
      .nullish(),
    operations: z.array(z.enum(LOG_OPERATIONS)).nullish(),
  })
  .refine((f) => !f.from || !f.to || Date.parse(f.from) <= Date.parse(f.to), {
    path: ["to"],
    message: "Het einde ligt vóór het begin",
  });

/** Cursors are opaque: the last entry id of the line, base64url-encoded. */
export function encodeLineCursor(lastId: number): string {
  return Buffer.from(`line:${lastId}`).toString("base64url");
}

export function decodeLineCursor(cursor: string): number | undefined {
  const match = /^line:(\d{1,15})$/.exec(Buffer.from(cursor, "base64url").toString("utf8"));
  return match ? Number(match[1]) : undefined;
}

export const SearchProcessingLogInput = z.object({
  ...pageArgs(50, decodeLineCursor),
  search: ProcessingLogSearch.nullish(),
});

/**
 * The cases whose log the actor may read, decided by the `log.read` rule per case. SQL only narrows the
 * candidates to the cases a rule's relation could hold for (the actor directs the case, or the actor's
 * organisation is the directing one or the procesregisseur's); the policy decides.
 */
async function readableLogCases(db: Executor, actor: Actor): Promise<string[]> {
  noteChecked(actor, "log.read");
  const c = tables.cases;
  const cr = alias(tables.professionals, "cr");
  const pr = alias(tables.professionals, "pr");
  const candidates = await db
    .select({ id: c.id })
    .from(c)
    .leftJoin(cr, eq(cr.id, c.casusregisseurId))
    .leftJoin(pr, eq(pr.id, c.procesregisseurId))
    .where(
      or(
        eq(c.casusregisseurId, actor.professionalId),
        eq(cr.organisationId, actor.organisationId),
        eq(pr.organisationId, actor.organisationId),
      ),
    );
  const facts = await unsafeLoadCaseAccessFacts(
    db,
    candidates.map((r) => r.id),
  );
  return facts.filter((f) => can(actor, "log.read", f).allowed).map((f) => f.id);
}

/** Persons (of the readable cases) whose name contains `fragment`. */
async function personsNamed(db: Executor, caseIds: readonly string[], fragment: string) {
  const p = tables.persons;
  const pattern = `%${fragment.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
  return db
    .select({ id: p.id, caseId: p.caseId })
    .from(p)
    .where(
      and(inArray(p.caseId, [...caseIds]), ilike(sql`${p.givenName} || ' ' || ${p.familyName}`, pattern)),
    );
}

/**
 * A page of the processing log as lines (one per request, case and actor), newest first: across every case
 * whose log the actor may read (`log.read`), or one case. Reading the log is itself a processing (supervision,
 * RH-PA-05): logged as a read of the log of each case on the page, and of the persons a name search matched.
 */
export async function searchProcessingLog(
  { db, actor, audit, pseudonymize }: OperationContext,
  rawInput: unknown,
): Promise<Connection<ProcessingLogLineModel>> {
  const { first: size, after: before, search } = parseInput(SearchProcessingLogInput, rawInput, "");
  const s = search ?? {};
  const empty = connection<ProcessingLogLineModel>([], false, (l) => encodeLineCursor(l.lastId));
  const readOfLog = (caseId: string) =>
    audit.read({
      caseId,
      subjectPersonIds: [],
      fields: ["ProcessingLog"],
      legalBasis: "LEGAL_TASK",
      activity: "RH-PA-05",
    });

  let caseIds: string[];
  if (s.caseId) {
    await authorizeCase(db, actor, s.caseId, "log.read");
    caseIds = [s.caseId];
    readOfLog(s.caseId);
  } else {
    caseIds = await readableLogCases(db, actor);
  }
  if (caseIds.length === 0) return empty;

  const log = tables.processingLog;
  const where: SQL[] = [inArray(log.caseId, caseIds), isNotNull(log.hash)];
  if (s.personId) {
    const [person] = await db
      .select({ id: tables.persons.id })
      .from(tables.persons)
      .where(and(eq(tables.persons.id, s.personId), inArray(tables.persons.caseId, caseIds)));
    // A person outside the readable cases is unknown, as one that does not exist.
    if (!person) throw AppError.badInput("search.personId", "Onbekende persoon");
    where.push(sql`${pseudonymize(s.personId)} = any(${log.subjectPseudonyms})`);
  }
  if (s.person) {
    let pseudonyms: string[];
    if (PSEUDONYM.test(s.person)) {
      pseudonyms = [s.person.toLowerCase()];
    } else {
      const matched = await personsNamed(db, caseIds, s.person);
      for (const caseId of new Set(matched.map((m) => m.caseId))) {
        audit.read({
          caseId,
          subjectPersonIds: matched.filter((m) => m.caseId === caseId).map((m) => m.id),
          fields: ["Person.givenName", "Person.familyName"],
          legalBasis: "LEGAL_TASK",
          activity: "RH-PA-05",
        });
      }
      pseudonyms = matched.map((m) => pseudonymize(m.id));
    }
    if (pseudonyms.length === 0) return empty;
    where.push(or(...pseudonyms.map((p) => sql`${p} = any(${log.subjectPseudonyms})`)) ?? sql`false`);
  }
  if (s.organisationId) where.push(eq(log.organisationId, s.organisationId));
  if (s.from) where.push(gte(log.startedAt, new Date(s.from)));
  if (s.to) where.push(lte(log.startedAt, new Date(s.to)));
  if (s.processingActivityId) where.push(eq(log.processingActivityId, s.processingActivityId));
  if (s.operations?.length) where.push(inArray(log.operation, s.operations));

  // Everything committed so far is chained first; an entry committed after that shows on a later read.
  await sealProcessingLog(db, { wait: true });

  // The page's lines: one group per request, case and actor, placed by its newest entry.
  const lastId = sql<number>`max(${log.id})`.mapWith(Number);
  const keys = await db
    .select({
      traceId: log.traceId,
      caseId: log.caseId,
      actorType: log.actorType,
      actorId: log.actorId,
      lastId,
    })
    .from(log)
    .where(and(...where))
    .groupBy(log.traceId, log.caseId, log.actorType, log.actorId)
    .having(before !== undefined ? sql`max(${log.id}) < ${before}` : undefined)
    .orderBy(sql`max(${log.id}) desc`)
    .limit(size + 1);
  const page = keys.slice(0, size);
  if (page.length === 0) return empty;

  // Their entries (as filtered), in one statement; folded per line.
  const entries = await db
    .select()
    .from(log)
    .where(
      and(
        ...where,
        inArray(log.traceId, [...new Set(page.map((k) => k.traceId))]),
        inArray(log.caseId, [...new Set(page.flatMap((k) => (k.caseId ? [k.caseId] : [])))]),
      ),
    )
    .orderBy(asc(log.id));
  const shownCases = [...new Set(page.flatMap((k) => (k.caseId ? [k.caseId] : [])))];
  const references = await db
    .select({ id: tables.cases.id, reference: tables.cases.reference })
    .from(tables.cases)
    .where(inArray(tables.cases.id, shownCases));
  const lines = foldLines(entries, page.map(lineKeyOf), new Map(references.map((r) => [r.id, r.reference])));

  if (!s.caseId) shownCases.forEach(readOfLog);
  return connection(lines, keys.length > size, (line) => encodeLineCursor(line.lastId));
}
