import { and, asc, desc, eq, inArray, lt, or, sql, type SQL } from "drizzle-orm";
import type { DataClass, Domain, DossierItemKind, ItemScope, LegalBasis } from "@regiehub/domain";
import { itemVisibleCondition } from "../access";
import type { Executor } from "../client";
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
  referrals,
  results,
  safetyAssessments,
  type DossierItemRow,
} from "../schema";

/** The content table of each item type (class-table inheritance), keyed by the record field that holds it. */
const CONTENT = {
  observation: observations,
  note: notes,
  assessment: assessments,
  safetyAssessment: safetyAssessments,
  networkMember: networkMembers,
  problem: problems,
  plan: plans,
  goal: goals,
  action: actions,
  result: results,
  evaluation: evaluations,
  referral: referrals,
} as const;
type ContentKey = keyof typeof CONTENT;
type Contents = { [K in ContentKey]: (typeof CONTENT)[K]["$inferSelect"] | null };

/** A dossier item as the data layer returns it: content only where the scope covers it. */
export interface ItemRecord extends DossierItemRow, Contents {
  covered: boolean;
}

export interface ItemListArgs {
  caseId: string;
  /** Only children of these items (a plan's goals, a goal's actions, …). */
  parentItemIds?: readonly string[] | null | undefined;
  domains?: readonly Domain[] | null | undefined;
  kinds?: readonly DossierItemKind[] | null | undefined;
  /** Include items outside the scope as records without content (redacted stubs). */
  includeRedacted?: boolean;
  first: number;
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

function itemFilters(args: Pick<ItemListArgs, "caseId" | "domains" | "kinds" | "parentItemIds">): SQL[] {
  const filters: SQL[] = [eq(dossierItems.caseId, args.caseId)];
  if (args.parentItemIds) filters.push(inArray(dossierItems.parentItemId, [...args.parentItemIds, NO_ID]));
  if (args.domains?.length) filters.push(inArray(dossierItems.domain, [...args.domains]));
  if (args.kinds?.length) filters.push(inArray(dossierItems.kind, [...args.kinds]));
  return filters;
}

/**
 * Selects items with their coverage decided in SQL, in ONE statement: a CTE computes `covered` per item
 * from the scope; the content tables are joined only where covered, so content outside the scope never
 * leaves the database.
 */
const NO_ID = "00000000-0000-0000-0000-000000000000";

function selectItems(db: Executor, scope: ItemScope, where: SQL | undefined) {
  const scoped = db.$with("scoped").as(
    db
      .select({ id: dossierItems.id, covered: sql<boolean>`(${itemVisibleCondition(scope)})`.as("covered") })
      .from(dossierItems)
      .where(where),
  );
  // Content tables join only where covered, so content outside the scope never leaves the database.
  const on = (table: (typeof CONTENT)[ContentKey]) => and(eq(table.itemId, dossierItems.id), scoped.covered);
  return db
    .with(scoped)
    .select({ item: dossierItems, covered: scoped.covered, ...CONTENT })
    .from(dossierItems)
    .innerJoin(scoped, eq(scoped.id, dossierItems.id))
    .leftJoin(observations, on(observations))
    .leftJoin(notes, on(notes))
    .leftJoin(assessments, on(assessments))
    .leftJoin(safetyAssessments, on(safetyAssessments))
    .leftJoin(networkMembers, on(networkMembers))
    .leftJoin(problems, on(problems))
    .leftJoin(plans, on(plans))
    .leftJoin(goals, on(goals))
    .leftJoin(actions, on(actions))
    .leftJoin(results, on(results))
    .leftJoin(evaluations, on(evaluations))
    .leftJoin(referrals, on(referrals));
}

type SelectedRow = { item: DossierItemRow; covered: boolean } & Contents;

function toRecord(row: SelectedRow): ItemRecord {
  const covered = row.covered === true || (row.covered as unknown) === "t";
  const record = { ...row.item, covered } as ItemRecord;
  for (const key of Object.keys(CONTENT) as ContentKey[]) {
    (record as unknown as Record<ContentKey, unknown>)[key] = covered ? (row[key] ?? null) : null;
  }
  return record;
}

/** A page of a case's items, newest first. One SQL statement. */
export async function listCaseItems(
  db: Executor,
  scope: ItemScope,
  args: ItemListArgs,
  cursor?: ItemCursor,
): Promise<{ records: ItemRecord[]; hasNextPage: boolean }> {
  const filters = itemFilters(args);
  if (cursor) {
    const at = sql`${cursor.createdAt}::timestamptz`;
    filters.push(
      or(
        lt(dossierItems.createdAt, at),
        and(eq(dossierItems.createdAt, at), lt(dossierItems.id, cursor.id)),
      )!,
    );
  }
  let query = selectItems(db, scope, and(...filters)).$dynamic();
  if (!args.includeRedacted) query = query.where(sql`scoped.covered`);
  const rows = (await query
    .orderBy(desc(dossierItems.createdAt), desc(dossierItems.id))
    .limit(args.first + 1)) as SelectedRow[];
  return { records: rows.slice(0, args.first).map(toRecord), hasNextPage: rows.length > args.first };
}

/** Every item of a case matching the filters (no pagination; at most `limit`), oldest first. One statement. */
export async function listItems(
  db: Executor,
  scope: ItemScope,
  args: Omit<ItemListArgs, "first">,
  limit = 1000,
): Promise<ItemRecord[]> {
  let query = selectItems(db, scope, and(...itemFilters(args))).$dynamic();
  if (!args.includeRedacted) query = query.where(sql`scoped.covered`);
  const rows = (await query
    .orderBy(asc(dossierItems.createdAt), asc(dossierItems.id))
    .limit(limit)) as SelectedRow[];
  return rows.map(toRecord);
}

/** Number of items of a case in scope (with the same filters). */
export async function countCaseItems(
  db: Executor,
  scope: ItemScope,
  args: Pick<ItemListArgs, "caseId" | "domains" | "kinds" | "includeRedacted" | "parentItemIds">,
): Promise<number> {
  const where = args.includeRedacted
    ? and(...itemFilters(args))
    : and(...itemFilters(args), itemVisibleCondition(scope));
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(dossierItems)
    .where(where);
  return row?.n ?? 0;
}

/** One item with its coverage, or undefined when it does not exist. Access to its case is checked by the caller. */
export async function findItem(db: Executor, scope: ItemScope, id: string): Promise<ItemRecord | undefined> {
  const [row] = (await selectItems(db, scope, eq(dossierItems.id, id)).limit(1)) as SelectedRow[];
  return row ? toRecord(row) : undefined;
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
