import { and, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import {
  AppError,
  DATA_CLASSES,
  DOMAINS,
  LEGAL_BASES,
  SOURCE_KINDS,
  ids,
  targetId,
  text,
  type Actor,
  type CaseFramework,
  type DataClass,
  type Domain,
  type DossierItemKind,
  type LegalBasis,
  type SourceKind,
} from "@regiehub/domain";
import { findItem, tables, type Executor, type ItemOf, type ItemRecord } from "@regiehub/db";
import { itemScope } from "@regiehub/policy";

/** Where an item's information comes from, in a line (optional; empty clears it on a correction). */
export const sourceDescription = text({ max: 300, min: 0 }).nullish();

export const itemCommon = {
  caseId: targetId(),
  domain: z.enum(DOMAINS),
  dataClass: z.enum(DATA_CLASSES),
  subjectPersonIds: ids("Onbekende persoon").transform((ids) => [...new Set(ids)]),
  sourceKind: z.enum(SOURCE_KINDS),
  sourceDescription,
  legalBasis: z.enum(LEGAL_BASES),
};

export const correction = {
  id: targetId(),
  version: z.number().int().min(1),
  reason: text({
    min: 5,
    max: 1000,
    multiline: true,
    required: "Geef de reden van de correctie",
    tooLong: "Maximaal 1000 tekens",
  }),
  domain: z.enum(DOMAINS).nullish(),
  dataClass: z.enum(DATA_CLASSES).nullish(),
  subjectPersonIds: ids("Onbekende persoon")
    .nullish()
    .transform((ids) => (ids ? [...new Set(ids)] : ids)),
};

/** Every subject must be a person of the case. */
export async function requirePersonsOfCase(
  tx: Executor,
  caseId: string,
  personIds: readonly string[],
  path: string,
): Promise<void> {
  if (personIds.length === 0) return;
  const found = await tx
    .select({ id: tables.persons.id })
    .from(tables.persons)
    .where(and(eq(tables.persons.caseId, caseId), inArray(tables.persons.id, [...personIds])));
  if (found.length !== personIds.length) throw AppError.badInput(path, "Kies personen uit deze casus");
}

/** The item as the actor sees it (after a change: the actor's own or directing access covers it). */
export async function reload<K extends DossierItemKind>(
  tx: Executor,
  actor: Actor,
  now: Date,
  id: string,
  kind: K,
): Promise<ItemOf<K>> {
  const record = await findItem(tx, itemScope(actor, now), id, kind);
  if (!record) throw AppError.notFound("Item");
  return record;
}

/** The content of an item as a JSON-able snapshot, for the version history. */
export function snapshotOf(record: ItemRecord): Record<string, unknown> {
  return {
    domain: record.domain,
    dataClass: record.dataClass,
    subjectPersonIds: record.subjectPersonIds,
    sourceKind: record.sourceKind,
    sourceDescription: record.sourceDescription,
    legalBasis: record.legalBasis,
    // The content of an observation or a note (the kinds corrected as a whole); other kinds' callers add
    // the fields they change.
    ...(record.kind === "OBSERVATION" || record.kind === "NOTE" ? (record.content ?? {}) : {}),
    updatedAt: record.updatedAt.toISOString(),
  };
}

/** The legal basis of plan work when the input names none: consent in a voluntary case, else a legal task. */
export function defaultLegalBasis(framework: CaseFramework): LegalBasis {
  return framework === "VOLUNTARY" ? "CONSENT" : "LEGAL_TASK";
}

/** The framework of a case (for the default legal basis). */
export async function caseFramework(tx: Executor, caseId: string): Promise<CaseFramework> {
  const [row] = await tx
    .select({ framework: tables.cases.framework })
    .from(tables.cases)
    .where(eq(tables.cases.id, caseId));
  if (!row) throw AppError.notFound("Case");
  return row.framework;
}

export interface NewItem {
  caseId: string;
  kind: DossierItemKind;
  domain: Domain;
  dataClass: DataClass;
  subjectPersonIds: readonly string[];
  legalBasis: LegalBasis;
  sourceKind?: SourceKind;
  sourceDescription?: string | null;
  parentItemId?: string | null;
}

/**
 * Inserts the common row of a new dossier item by `actor` (author and author organisation) and returns its id.
 * The caller inserts the content row and the CREATE log entry in the same transaction.
 */
export async function insertItem(tx: Executor, actor: Actor, item: NewItem): Promise<string> {
  const [row] = await tx
    .insert(tables.dossierItems)
    .values({
      caseId: item.caseId,
      kind: item.kind,
      domain: item.domain,
      dataClass: item.dataClass,
      subjectPersonIds: [...item.subjectPersonIds],
      authorProfessionalId: actor.professionalId,
      authorOrganisationId: actor.organisationId,
      sourceKind: item.sourceKind ?? "OWN_OBSERVATION",
      sourceDescription: item.sourceDescription ?? null,
      legalBasis: item.legalBasis,
      parentItemId: item.parentItemId ?? null,
    })
    .returning({ id: tables.dossierItems.id });
  return row!.id;
}

/** Bumps an item's version (optimistic concurrency): CONFLICT when `version` is stale. */
export async function bumpVersion(tx: Executor, itemId: string, version: number): Promise<void> {
  const { dossierItems } = tables;
  const [updated] = await tx
    .update(dossierItems)
    .set({ version: sql`${dossierItems.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(dossierItems.id, itemId), eq(dossierItems.version, version)))
    .returning({ id: dossierItems.id });
  if (!updated) throw new AppError("CONFLICT", "The item was changed by someone else; reload and try again");
}
