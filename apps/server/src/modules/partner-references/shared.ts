import { and, asc, eq, inArray } from "drizzle-orm";
import { text, optionalText } from "@regiehub/domain";
import { tables, type Executor } from "@regiehub/db";

// A partner's own references (packages/schema/partner-references.graphql): an organisation's own identifier
// for a person in a case — its client number, a school's student number. A reference is its organisation's
// alone: every query here is bound to one organisation, and the policy (`mayManageReferences`) decides per
// case whether the actor may manage (and so see) its organisation's references there. No other organisation
// sees one on any path; the person's inzage export lists them (`referencesHeldAbout`).

/** A reference as stored (the `PartnerReference` type's model). */
export type PartnerReferenceModel = typeof tables.partnerReferences.$inferSelect;

/** Most characters of a reference and of its label, after trimming. */
export const REFERENCE_MAX_LENGTH = 64;

/** The reference itself: one line, trimmed, 1–64 characters. */
export const referenceText = text({ max: REFERENCE_MAX_LENGTH });

/** What the reference is ("leerlingnummer"): one line, trimmed, at most 64 characters; empty is none. */
export const referenceLabel = optionalText({ max: REFERENCE_MAX_LENGTH });

/** The organisation's references for each of these persons, oldest first (the caller decided the access). */
export async function unsafeReferencesOfPersons(
  db: Executor,
  organisationId: string,
  personIds: readonly string[],
): Promise<PartnerReferenceModel[]> {
  if (personIds.length === 0) return [];
  const r = tables.partnerReferences;
  return db
    .select()
    .from(r)
    .where(and(eq(r.organisationId, organisationId), inArray(r.personId, [...personIds])))
    .orderBy(asc(r.createdAt), asc(r.id));
}

/**
 * Every reference held about a person, of every organisation, with that organisation's name: for the
 * person's inzage export only (AVG art. 15: everything held about them, and who holds it).
 */
export async function referencesHeldAbout(db: Executor, personId: string) {
  const { partnerReferences: r, organisations } = tables;
  const rows = await db
    .select({
      organisation: organisations.name,
      reference: r.reference,
      label: r.label,
      createdAt: r.createdAt,
    })
    .from(r)
    .innerJoin(organisations, eq(organisations.id, r.organisationId))
    .where(eq(r.personId, personId))
    .orderBy(asc(r.createdAt), asc(r.id));
  return rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() }));
}
