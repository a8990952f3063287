import { and, desc, eq, inArray, lt, or, sql, type SQL } from "drizzle-orm";
import type { DataClass, Domain, DossierItemKind, ItemScope } from "@regiehub/domain";
import { itemVisibleCondition } from "../access";
import type { Executor } from "../client";
import { dossierItems, notes, observations, type DossierItemRow } from "../schema";

/** A dossier item as the data layer returns it: content only where the scope covers it. */
export interface ItemRecord extends DossierItemRow {
  covered: boolean;
  observation: { observationKind: "FACT" | "OPINION" | "CONCERN"; statement: string } | null;
  note: { title: string; body: string; occurredOn: string } | null;
}

export interface ItemListArgs {
  caseId: string;
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

function itemFilters(args: Pick<ItemListArgs, "caseId" | "domains" | "kinds">): SQL[] {
  const filters: SQL[] = [eq(dossierItems.caseId, args.caseId)];
  if (args.domains?.length) filters.push(inArray(dossierItems.domain, [...args.domains]));
  if (args.kinds?.length) filters.push(inArray(dossierItems.kind, [...args.kinds]));
  return filters;
}

/**
 * Selects items with their coverage decided in SQL, in ONE statement: a CTE computes `covered` per item
 * from the scope; the content tables are joined only where covered, so content outside the scope never
 * leaves the database.
 */
function selectItems(db: Executor, scope: ItemScope, where: SQL | undefined) {
  const scoped = db.$with("scoped").as(
    db
      .select({ id: dossierItems.id, covered: sql<boolean>`(${itemVisibleCondition(scope)})`.as("covered") })
      .from(dossierItems)
      .where(where),
  );
  return db
    .with(scoped)
    .select({
      item: dossierItems,
      covered: scoped.covered,
      observationKind: observations.observationKind,
      statement: observations.statement,
      title: notes.title,
      body: notes.body,
      occurredOn: notes.occurredOn,
    })
    .from(dossierItems)
    .innerJoin(scoped, eq(scoped.id, dossierItems.id))
    .leftJoin(observations, and(eq(observations.itemId, dossierItems.id), scoped.covered))
    .leftJoin(notes, and(eq(notes.itemId, dossierItems.id), scoped.covered));
}

type SelectedRow = {
  item: DossierItemRow;
  covered: boolean;
  observationKind: "FACT" | "OPINION" | "CONCERN" | null;
  statement: string | null;
  title: string | null;
  body: string | null;
  occurredOn: string | null;
};

function toRecord(row: SelectedRow): ItemRecord {
  const covered = row.covered === true || (row.covered as unknown) === "t";
  return {
    ...row.item,
    covered,
    observation:
      covered && row.observationKind && row.statement !== null
        ? { observationKind: row.observationKind, statement: row.statement }
        : null,
    note:
      covered && row.title !== null && row.body !== null && row.occurredOn !== null
        ? { title: row.title, body: row.body, occurredOn: row.occurredOn }
        : null,
  };
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

/** Number of items of a case in scope (with the same filters). */
export async function countCaseItems(
  db: Executor,
  scope: ItemScope,
  args: Pick<ItemListArgs, "caseId" | "domains" | "kinds" | "includeRedacted">,
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
        version: number;
      }
    | undefined;
}
