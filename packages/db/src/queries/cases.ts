import { and, desc, eq, ilike, inArray, lt, or, sql, type SQL } from "drizzle-orm";
import type { CasePhase, CaseScope } from "@regiehub/domain";
import { caseScopeCondition } from "../access";
import type { Executor } from "../client";
import { jsonRowsOf, rowsFromJson } from "./json";
import {
  breakGlassAccesses,
  caseTeamMembers,
  cases,
  consentGrants,
  professionals,
  type BreakGlassRow,
  type CaseRow,
  type ConsentGrantRow,
} from "../schema";

export interface CaseListArgs {
  phases?: readonly CasePhase[] | null | undefined;
  search?: string | null | undefined;
  first: number;
  /** Opaque cursor from a previous page. */
  after?: string | null | undefined;
}

export interface CasePage {
  rows: CaseRow[];
  totalCount: number;
  hasNextPage: boolean;
}

interface Cursor {
  openedOn: string;
  id: string;
}

export function encodeCaseCursor(row: Pick<CaseRow, "openedOn" | "id">): string {
  return Buffer.from(JSON.stringify([row.openedOn, row.id])).toString("base64url");
}

/** Returns undefined for a cursor that is not one of ours. */
export function decodeCaseCursor(cursor: string): Cursor | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === "string" &&
      /^\d{4}-\d{2}-\d{2}$/.test(value[0]) &&
      typeof value[1] === "string" &&
      /^[0-9a-f-]{36}$/i.test(value[1])
    ) {
      return { openedOn: value[0], id: value[1] };
    }
  } catch {
    // fall through
  }
  return undefined;
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** A page of the cases in scope, newest opened first: one query for the page, one for the count. */
export async function listCases(
  db: Executor,
  scope: CaseScope,
  args: CaseListArgs,
  cursor?: Cursor,
): Promise<CasePage> {
  const filters: SQL[] = [caseScopeCondition(scope)];
  if (args.phases && args.phases.length > 0) filters.push(inArray(cases.phase, [...args.phases]));
  const search = args.search?.trim();
  if (search) {
    const pattern = `%${escapeLike(search)}%`;
    filters.push(or(ilike(cases.title, pattern), ilike(cases.reference, pattern))!);
  }
  const where = and(...filters);
  const pageWhere = cursor
    ? and(
        where,
        or(
          lt(cases.openedOn, cursor.openedOn),
          and(eq(cases.openedOn, cursor.openedOn), lt(cases.id, cursor.id)),
        ),
      )
    : where;

  const [rows, [count]] = await Promise.all([
    db
      .select()
      .from(cases)
      .where(pageWhere)
      .orderBy(desc(cases.openedOn), desc(cases.id))
      .limit(args.first + 1),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(cases)
      .where(where),
  ]);
  return {
    rows: rows.slice(0, args.first),
    totalCount: count?.n ?? 0,
    hasNextPage: rows.length > args.first,
  };
}

/** One case, if it is in scope. */
export async function findCaseInScope(
  db: Executor,
  scope: CaseScope,
  id: string,
): Promise<CaseRow | undefined> {
  const [row] = await db
    .select()
    .from(cases)
    .where(and(eq(cases.id, id), caseScopeCondition(scope)))
    .limit(1);
  return row;
}

export interface CaseAccessFacts {
  id: string;
  casusregisseurId: string | null;
  casusregisseurOrganisationId: string | null;
  procesregisseurId: string | null;
  procesregisseurOrganisationId: string | null;
  teamOrganisationIds: string[];
}

/** The columns of `CaseAccessFacts`, selected from `cases` left-joined to its casusregisseur. */
function caseAccessFields() {
  return {
    id: cases.id,
    casusregisseurId: cases.casusregisseurId,
    casusregisseurOrganisationId: professionals.organisationId,
    procesregisseurId: cases.procesregisseurId,
    procesregisseurOrganisationId: sql<
      string | null
    >`(select pr.organisation_id from ${professionals} pr where pr.id = ${cases.procesregisseurId})`,
    teamOrganisationIds: sql<
      string[]
    >`coalesce((select array_agg(distinct ${caseTeamMembers.organisationId}) from ${caseTeamMembers} where ${caseTeamMembers.caseId} = ${cases.id}), '{}')`,
  };
}

/**
 * The facts the policy needs about cases, WITHOUT any access rule applied: only for feeding
 * `can`/`authorize`, never for returning data to a caller.
 */
export async function unsafeLoadCaseAccessFacts(
  db: Executor,
  ids: readonly string[],
): Promise<CaseAccessFacts[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select(caseAccessFields())
    .from(cases)
    .leftJoin(professionals, eq(professionals.id, cases.casusregisseurId))
    .where(inArray(cases.id, [...ids]));
  return rows.map((r) => ({ ...r, teamOrganisationIds: normaliseUuidArray(r.teamOrganisationIds) }));
}

/** PGlite returns uuid[] as an array; postgres-js may return the text form `{a,b}`. */
function normaliseUuidArray(value: unknown): string[] {
  if (Array.isArray(value)) return value as string[];
  if (typeof value === "string")
    return value
      .replace(/^\{|\}$/g, "")
      .split(",")
      .filter(Boolean);
  return [];
}

/** Everything the policy needs about a case: its facts, all its grants, its open break-glass accesses. */
export interface CasePolicyFacts {
  facts: CaseAccessFacts;
  /** All grants of the case (active or not), oldest first: input for the policy, never returned unfiltered. */
  grants: ConsentGrantRow[];
  /** Break-glass accesses open at `now` (of anyone; the policy picks the actor's). */
  openBreakGlass: BreakGlassRow[];
}

/**
 * The policy facts of cases in ONE statement (instead of one for the case, one for its grants and one for its
 * break-glass accesses), WITHOUT any access rule applied: only for feeding the policy.
 */
export async function unsafeLoadCasePolicyFacts(
  db: Executor,
  ids: readonly string[],
  now: Date,
): Promise<CasePolicyFacts[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select(casePolicyFields(now))
    .from(cases)
    .leftJoin(professionals, eq(professionals.id, cases.casusregisseurId))
    .where(inArray(cases.id, [...ids]));
  return rows.map(toCasePolicyFacts);
}

/**
 * A case in the scope, with its policy facts (as `unsafeLoadCasePolicyFacts` gives them) in the same
 * statement: a case-scoped read that goes on to apply the policy to the case's items needs no second one.
 */
export async function findCaseInScopeWithPolicy(
  db: Executor,
  scope: CaseScope,
  id: string,
  now: Date,
): Promise<{ row: CaseRow; policy: CasePolicyFacts } | undefined> {
  const [found] = await db
    .select({ row: cases, policy: casePolicyFields(now) })
    .from(cases)
    .leftJoin(professionals, eq(professionals.id, cases.casusregisseurId))
    .where(and(eq(cases.id, id), caseScopeCondition(scope)))
    .limit(1);
  return found ? { row: found.row, policy: toCasePolicyFacts(found.policy) } : undefined;
}

function casePolicyFields(now: Date) {
  return {
    ...caseAccessFields(),
    grants: jsonRowsOf(
      consentGrants,
      eq(consentGrants.caseId, cases.id),
      sql`${consentGrants.recordedAt}, ${consentGrants.id}`,
    ),
    openBreakGlass: jsonRowsOf(
      breakGlassAccesses,
      sql`${breakGlassAccesses.caseId} = ${cases.id} and ${breakGlassAccesses.expiresAt} > ${now.toISOString()}::timestamptz`,
      sql`${breakGlassAccesses.openedAt}, ${breakGlassAccesses.id}`,
    ),
  };
}

function toCasePolicyFacts({
  grants,
  openBreakGlass,
  ...facts
}: Omit<CaseAccessFacts, "teamOrganisationIds"> & {
  teamOrganisationIds: unknown;
  grants: unknown;
  openBreakGlass: unknown;
}): CasePolicyFacts {
  return {
    facts: { ...facts, teamOrganisationIds: normaliseUuidArray(facts.teamOrganisationIds) },
    grants: rowsFromJson(consentGrants, grants),
    openBreakGlass: rowsFromJson(breakGlassAccesses, openBreakGlass),
  };
}
