import { and, asc, desc, eq, getTableColumns, inArray, lt, or, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import type { DataClass, Domain, DossierItemKind, ItemScope, LegalBasis } from "@regiehub/domain";
import { itemVisibleCondition, type Bind } from "../access";
import type { Executor } from "../client";
import { jsonObjectOf, rowFromJson } from "./json";
import {
  actions,
  assessments,
  dossierItems,
  evaluations,
  goals,
  networkMembers,
  notes,
  observations,
  plans,
  problems,
  meetingContributions,
  referrals,
  results,
  safetyAssessments,
  type DossierItemRow,
} from "../schema";

/**
 * The content table of each item kind (class-table inheritance): the data layer's entry of the item-kind
 * registry (packages/domain/src/item-kinds.ts). The content joins are generated from it.
 */
export const ITEM_CONTENT_TABLES = {
  OBSERVATION: observations,
  NOTE: notes,
  ASSESSMENT: assessments,
  SAFETY_ASSESSMENT: safetyAssessments,
  NETWORK_MEMBER: networkMembers,
  PROBLEM: problems,
  PLAN: plans,
  GOAL: goals,
  ACTION: actions,
  RESULT: results,
  EVALUATION: evaluations,
  REFERRAL: referrals,
  CONTRIBUTION: meetingContributions,
} as const satisfies Record<DossierItemKind, PgTable & { itemId: AnyPgColumn }>;

/**
 * The text of each kind's content that a timeline search matches (with the item's source description). A
 * search matches only items the viewer's scope covers: content outside it is never compared.
 */
export const ITEM_SEARCH_COLUMNS = {
  OBSERVATION: [observations.statement],
  NOTE: [notes.title, notes.body],
  ASSESSMENT: [assessments.explanation],
  SAFETY_ASSESSMENT: [safetyAssessments.conclusion, safetyAssessments.instrument],
  NETWORK_MEMBER: [networkMembers.name, networkMembers.relation, networkMembers.support],
  PROBLEM: [problems.title, problems.description],
  PLAN: [plans.perspective],
  GOAL: [goals.familyWording, goals.professionalWording],
  ACTION: [actions.title, actions.description, actions.statusReason],
  RESULT: [results.evidence],
  EVALUATION: [evaluations.conclusions],
  REFERRAL: [referrals.care, referrals.providerName],
  CONTRIBUTION: [meetingContributions.body],
} as const satisfies Record<DossierItemKind, readonly AnyPgColumn[]>;

/** The content row of each item kind. */
export type ItemContents = { [K in DossierItemKind]: (typeof ITEM_CONTENT_TABLES)[K]["$inferSelect"] };
export type ContentOf<K extends DossierItemKind> = ItemContents[K];

interface ItemOfKind<K extends DossierItemKind> extends Omit<DossierItemRow, "kind"> {
  kind: K;
}
/** An item the viewer's scope covers: its content came with it. */
export interface CoveredItem<K extends DossierItemKind> extends ItemOfKind<K> {
  covered: true;
  content: ContentOf<K>;
}
/** An item outside the viewer's scope: metadata only; its content never left the database. */
export interface RedactedItem<K extends DossierItemKind> extends ItemOfKind<K> {
  covered: false;
  content: null;
}
/** An item of kind `K` as the data layer returns it: content only where the scope covers it. */
export type ItemOf<K extends DossierItemKind> = K extends DossierItemKind
  ? CoveredItem<K> | RedactedItem<K>
  : never;
/** Any dossier item: a union narrowed by `kind`, and by `covered` to its content. */
export type ItemRecord = ItemOf<DossierItemKind>;

/** Whether `record` is of `kind` (narrows it to `ItemOf<kind>`). */
export function isItemOf<K extends DossierItemKind>(record: ItemRecord, kind: K): record is ItemOf<K> {
  return record.kind === kind;
}

/** Whether `record` is of `kind` and its content came with it. */
export function isCoveredItemOf<K extends DossierItemKind>(
  record: ItemRecord,
  kind: K,
): record is Extract<ItemRecord, CoveredItem<K>> {
  return record.kind === kind && record.covered;
}

export interface ItemListArgs<K extends DossierItemKind = DossierItemKind> {
  caseId: string;
  /** Only children of these items (a plan's goals, a goal's actions, …). */
  parentItemIds?: readonly string[] | null | undefined;
  domains?: readonly Domain[] | null | undefined;
  /** Only items of these kinds (the records are typed by them). */
  kinds?: readonly K[] | null | undefined;
  /** Only items by these organisations (the author organisation is shown on stubs too). */
  authorOrganisationIds?: readonly string[] | null | undefined;
  /** Only items about one of these persons: covered items only (a stub's subjects are content). */
  personIds?: readonly string[] | null | undefined;
  /** Only items whose content contains this text (`ITEM_SEARCH_COLUMNS`): covered items only. */
  search?: string | null | undefined;
  /** Include items outside the scope as records without content (redacted stubs). */
  includeRedacted?: boolean;
  /** Only the items outside the scope (stubs); never with `personIds` or `search` (then nothing). */
  redacted?: boolean;
  first: number;
}

/**
 * Which items a statement selects: those the scope covers, all (stubs too), only the stubs, or nothing.
 * Filters on content (persons, search) keep to covered items, whatever else is asked: a stub never matches
 * them, so neither its presence nor a count can tell what it says.
 */
type Coverage = "covered" | "all" | "redacted" | "none";

function coverageOf(
  args: Pick<ItemListArgs, "includeRedacted" | "redacted" | "personIds" | "search">,
): Coverage {
  const onContent = Boolean(args.search) || Boolean(args.personIds?.length);
  if (args.redacted) return onContent ? "none" : "redacted";
  return args.includeRedacted && !onContent ? "all" : "covered";
}

export interface ItemCursor {
  createdAt: string;
  id: string;
}

export function encodeItemCursor(row: Pick<DossierItemRow, "createdAt" | "id">): string {
  return Buffer.from(JSON.stringify([row.createdAt.toISOString(), row.id])).toString("base64url");
}

export function decodeItemCursor(cursor: string): ItemCursor | undefined {
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (
      Array.isArray(v) &&
      typeof v[0] === "string" &&
      !Number.isNaN(Date.parse(v[0])) &&
      typeof v[1] === "string" &&
      /^[0-9a-f-]{36}$/i.test(v[1])
    ) {
      return { createdAt: v[0], id: v[1] };
    }
  } catch {
    // not ours
  }
  return undefined;
}

function itemFilters(
  args: Pick<
    ItemListArgs,
    "caseId" | "domains" | "kinds" | "parentItemIds" | "authorOrganisationIds" | "personIds" | "search"
  >,
  bind: Bind = (_name, value) => value,
): SQL[] {
  const list = (name: string, values: readonly unknown[]) => values.map((v, i) => bind(`${name}${i}`, v));
  const filters: SQL[] = [eq(dossierItems.caseId, bind("caseId", args.caseId) as string)];
  if (args.parentItemIds) {
    filters.push(
      inArray(dossierItems.parentItemId, list("parent", [...args.parentItemIds, NO_ID]) as string[]),
    );
  }
  if (args.domains?.length)
    filters.push(inArray(dossierItems.domain, list("domain", args.domains) as Domain[]));
  if (args.kinds?.length) {
    filters.push(inArray(dossierItems.kind, list("kind", args.kinds) as DossierItemKind[]));
  }
  if (args.authorOrganisationIds?.length) {
    filters.push(
      inArray(dossierItems.authorOrganisationId, list("authorOrg", args.authorOrganisationIds) as string[]),
    );
  }
  // The content filters: `coverageOf` keeps them to covered items.
  if (args.personIds?.length) {
    const persons = list("person", args.personIds).map((p) => sql`${p}::uuid`);
    filters.push(sql`${dossierItems.subjectPersonIds} && array[${sql.join(persons, sql`, `)}]::uuid[]`);
  }
  if (args.search) filters.push(searchCondition(bind("search", `%${escapeLike(args.search)}%`)));
  return filters;
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The item's source description or its kind's content text contains the pattern (case-insensitive). */
function searchCondition(pattern: unknown): SQL {
  const byKind = Object.entries(ITEM_SEARCH_COLUMNS).map(([kind, columns]) => {
    const table = ITEM_CONTENT_TABLES[kind as DossierItemKind];
    const matches = sql.join(
      columns.map((column) => sql`${column} ilike ${pattern}`),
      sql` or `,
    );
    return sql`when ${sql.raw(`'${kind}'`)} then exists (select 1 from ${table} where ${table.itemId} = ${dossierItems.id} and (${matches}))`;
  });
  return sql`(coalesce(${dossierItems.sourceDescription} ilike ${pattern}, false) or coalesce(case ${dossierItems.kind} ${sql.join(byKind, sql` `)} end, false))`;
}

/** An id no item has: keeps `in (…)` valid for an empty list of parents. */
const NO_ID = "00000000-0000-0000-0000-000000000000";

/** Newest first (timelines) or oldest first (plans, lists). Ties broken by id, so pages never overlap. */
type ItemOrder = "newest" | "oldest";

function orderOf(order: ItemOrder, t: { createdAt: AnyPgColumn; id: AnyPgColumn }) {
  return order === "newest" ? [desc(t.createdAt), desc(t.id)] : [asc(t.createdAt), asc(t.id)];
}

/**
 * Selects a page of items with their coverage decided in SQL, in ONE statement. The inner query walks the
 * case's items in order on the (case_id, created_at) index and evaluates the visibility predicate once per
 * row it passes, until it has `limit` rows (its LIMIT keeps PostgreSQL from evaluating anything else for the
 * rows it skips). The outer query adds each page row's content — only where covered, so content outside the
 * scope never leaves the database — as one JSON column, looked up by primary key in the content table of the
 * row's kind (a CASE on the kind: one lookup per row, not a join per kind). Without joins the statement
 * plans in well under a millisecond and its prepared, generic plan is the same as its custom one.
 * `coverage` says which rows: covered ones, all (stubs too), only stubs, or none.
 *
 * The statement's text is built once per shape: its values are bound as named placeholders (`Bind`), and the
 * prepared query is kept per database and shape (options and the names bound), so a request only fills in
 * values — building this statement's SQL was a tenth of the hub's CPU per timeline request.
 */
async function selectItems(
  db: Executor,
  scope: ItemScope,
  where: (bind: Bind) => SQL[],
  options: { coverage: Coverage; order: ItemOrder; limit: number },
): Promise<SelectedRow[]> {
  if (options.coverage === "none") return [];
  const values: Record<string, unknown> = {};
  const names: string[] = [];
  const bind: Bind = (name, value) => {
    values[name] = value;
    names.push(name);
    return sql.placeholder(name);
  };
  const visible = sql<boolean>`(${itemVisibleCondition(scope, bind)})`;
  const filters = where(bind);
  const shape = `${options.coverage}|${options.order}|${Math.trunc(options.limit)}|${names.join(",")}`;
  // A transaction's session is its own: its queries are prepared for it alone (and not kept).
  const root = !("rollback" in db);
  let query = root ? pageStatements.get(db)?.get(shape) : undefined;
  if (!query) {
    query = buildSelectItems(db, visible, and(...filters), options).prepare("items");
    if (root) {
      const byShape = pageStatements.get(db) ?? new Map<string, PreparedItems>();
      if (byShape.size >= MAX_PAGE_SHAPES) byShape.clear();
      byShape.set(shape, query);
      pageStatements.set(db, byShape);
    }
  }
  return (await query.execute(values)) as SelectedRow[];
}

type PreparedItems = { execute(values: Record<string, unknown>): Promise<unknown> };
const pageStatements = new WeakMap<object, Map<string, PreparedItems>>();
/** Shapes kept per database (page sizes × filters in use); past it the cache starts over. */
const MAX_PAGE_SHAPES = 500;

function buildSelectItems(
  db: Executor,
  visible: SQL<boolean>,
  where: SQL | undefined,
  options: { coverage: Coverage; order: ItemOrder; limit: number },
) {
  const page = db
    .select({
      ...getTableColumns(dossierItems),
      // Without stubs every selected row is covered, with only stubs none is: the predicate is evaluated
      // once, in the WHERE.
      covered: (options.coverage === "all"
        ? visible
        : sql<boolean>`${sql.raw(options.coverage === "covered" ? "true" : "false")}`
      ).as("covered"),
    })
    .from(dossierItems)
    .where(coverageWhere(options.coverage, where, visible))
    .orderBy(...orderOf(options.order, dossierItems))
    // A literal (the page size is a small integer from the code): a parameter would leave PostgreSQL's
    // generic plan guessing the page's size.
    .limit(sql.raw(String(Math.trunc(options.limit))) as unknown as number)
    .as("page");
  const byKind = Object.entries(ITEM_CONTENT_TABLES).map(
    ([kind, table]) =>
      sql`when ${sql.raw(`'${kind}'`)} then (select ${jsonObjectOf(table)} from ${table} where ${table.itemId} = ${page.id})`,
  );
  const content = sql<unknown>`case when ${page.covered} then case ${page.kind} ${sql.join(byKind, sql` `)} end end`;
  const item = Object.fromEntries(
    Object.keys(getTableColumns(dossierItems)).map((key) => [key, page[key as keyof typeof page]]),
  ) as unknown as typeof dossierItems._.columns;
  return db
    .select({ item, covered: page.covered, content: content.as("content") })
    .from(page)
    .orderBy(...orderOf(options.order, page));
}

function coverageWhere(coverage: Coverage, where: SQL | undefined, visible: SQL): SQL | undefined {
  switch (coverage) {
    case "all":
      return where;
    case "covered":
      return and(where, visible);
    case "redacted":
      return and(where, sql`not coalesce(${visible}, false)`);
    case "none":
      return sql`false`;
  }
}

type SelectedRow = { item: DossierItemRow; covered: boolean; content: unknown };

function toRecord(row: SelectedRow): ItemRecord {
  const covered = row.covered === true || (row.covered as unknown) === "t";
  const { item } = row;
  // The casts restate what the SQL guarantees: the row's kind decides which content table it has a row in.
  if (!covered) return { ...item, covered: false, content: null } as ItemRecord;
  if (row.content === null || row.content === undefined) {
    throw new Error(`Dossier item ${item.id} (${item.kind}) has no content row`);
  }
  const content = rowFromJson(ITEM_CONTENT_TABLES[item.kind], row.content);
  return { ...item, covered: true, content } as ItemRecord;
}

/** A page of a case's items, newest first. One SQL statement. */
export async function listCaseItems<K extends DossierItemKind = DossierItemKind>(
  db: Executor,
  scope: ItemScope,
  args: ItemListArgs<K>,
  cursor?: ItemCursor,
): Promise<{ records: ItemOf<K>[]; hasNextPage: boolean }> {
  const where = (bind: Bind) => {
    const filters = itemFilters(args, bind);
    if (cursor) {
      const at = sql`${bind("cursorAt", cursor.createdAt)}::timestamptz`;
      const id = bind("cursorId", cursor.id) as string;
      filters.push(
        or(lt(dossierItems.createdAt, at), and(eq(dossierItems.createdAt, at), lt(dossierItems.id, id)))!,
      );
    }
    return filters;
  };
  const rows = await selectItems(db, scope, where, {
    coverage: coverageOf(args),
    order: "newest",
    limit: args.first + 1,
  });
  // The kinds filter in SQL makes every record one of `K`.
  const records = rows.slice(0, args.first).map(toRecord) as ItemOf<K>[];
  return { records, hasNextPage: rows.length > args.first };
}

/** Every item of a case matching the filters (no pagination; at most `limit`), oldest first. One statement. */
export async function listItems<K extends DossierItemKind = DossierItemKind>(
  db: Executor,
  scope: ItemScope,
  args: Omit<ItemListArgs<K>, "first">,
  limit = 1000,
): Promise<ItemOf<K>[]> {
  const rows = await selectItems(db, scope, (bind) => itemFilters(args, bind), {
    coverage: coverageOf(args),
    order: "oldest",
    limit,
  });
  // The kinds filter in SQL makes every record one of `K`.
  return rows.map(toRecord) as ItemOf<K>[];
}

/** Number of items of a case in scope (with the same filters). */
export async function countCaseItems(
  db: Executor,
  scope: ItemScope,
  args: Omit<ItemListArgs, "first">,
): Promise<number> {
  const coverage = coverageOf(args);
  if (coverage === "none") return 0;
  const where = coverageWhere(coverage, and(...itemFilters(args)), itemVisibleCondition(scope));
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(dossierItems)
    .where(where);
  return row?.n ?? 0;
}

/**
 * One item with its coverage, or undefined when it does not exist (or is not of `kind`, when given). Access
 * to its case is checked by the caller.
 */
export async function findItem<K extends DossierItemKind = DossierItemKind>(
  db: Executor,
  scope: ItemScope,
  id: string,
  kind?: K,
): Promise<ItemOf<K> | undefined> {
  const [row] = await selectItems(db, scope, (bind) => [eq(dossierItems.id, bind("id", id) as string)], {
    coverage: "all",
    order: "newest",
    limit: 1,
  });
  if (!row) return undefined;
  const record = toRecord(row);
  return kind === undefined || isItemOf(record, kind) ? (record as ItemOf<K>) : undefined;
}

/**
 * Items by id with their coverage — those that exist (and are of `kind`, when given), oldest first — in one
 * statement. Access to their cases is checked by the caller.
 */
export async function findItems<K extends DossierItemKind = DossierItemKind>(
  db: Executor,
  scope: ItemScope,
  ids: readonly string[],
  kind?: K,
): Promise<ItemOf<K>[]> {
  if (ids.length === 0) return [];
  const rows = await selectItems(
    db,
    scope,
    (bind) => [inArray(dossierItems.id, ids.map((id, i) => bind(`id${i}`, id)) as string[])],
    { coverage: "all", order: "oldest", limit: ids.length },
  );
  return rows.map(toRecord).filter((r): r is ItemOf<K> => kind === undefined || isItemOf(r, kind));
}

/** The facts of items the policy needs, WITHOUT any access rule applied: only for feeding the policy. */
export async function unsafeLoadItemFacts(db: Executor, id: string) {
  const [row] = await db
    .select({
      id: dossierItems.id,
      caseId: dossierItems.caseId,
      kind: dossierItems.kind,
      domain: dossierItems.domain,
      dataClass: dossierItems.dataClass,
      subjectPersonIds: dossierItems.subjectPersonIds,
      authorOrganisationId: dossierItems.authorOrganisationId,
      authorProfessionalId: dossierItems.authorProfessionalId,
      parentItemId: dossierItems.parentItemId,
      legalBasis: dossierItems.legalBasis,
      version: dossierItems.version,
    })
    .from(dossierItems)
    .where(eq(dossierItems.id, id))
    .limit(1);
  return row as
    | {
        id: string;
        caseId: string;
        kind: DossierItemKind;
        domain: Domain;
        dataClass: DataClass;
        subjectPersonIds: string[];
        authorOrganisationId: string;
        authorProfessionalId: string;
        parentItemId: string | null;
        legalBasis: LegalBasis;
        version: number;
      }
    | undefined;
}
