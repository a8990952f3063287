import type { OperationContext } from "../../../operation";
import { and, asc, eq, sql } from "drizzle-orm";
import { AppError, isUuid } from "@regiehub/domain";
import { tables, type Executor } from "@regiehub/db";
import { authorizeCase } from "../../case/access";
import { referencesHeldAbout } from "../../partner-references/shared";

export interface PersonDataExportResult {
  json: string;
  generatedAt: Date;
}

/**
 * Inzage (AVG art. 15): everything held about one person, as a JSON document — their own details, the case,
 * every dossier item about them (never items only about others), their own statements, the grants covering
 * them, the organisations' own references for them (each with the organisation that holds it) and the
 * processing-log entries that concern them. A melder (REPORTER source) is never disclosed: for
 * such items the source description and the author are left out. The export is logged as EXPORT (RH-PA-04)
 * in the same transaction that read the data.
 */
export async function exportPersonData(
  { db, actor, changes, pseudonymize, now }: OperationContext,
  personId: string,
): Promise<PersonDataExportResult> {
  if (!isUuid(personId)) throw AppError.notFound("Person");
  return changes.transaction(db, async (tx, record) => {
    const [person] = await tx.select().from(tables.persons).where(eq(tables.persons.id, personId));
    if (!person) throw AppError.notFound("Person");
    try {
      await authorizeCase(tx, actor, person.caseId, "person.export");
    } catch (error) {
      // Whether the person exists is as secret as the case they belong to.
      if (error instanceof AppError && error.code === "NOT_FOUND")
        throw AppError.notFound("Person").about(person.caseId);
      throw error;
    }
    const [theCase] = await tx.select().from(tables.cases).where(eq(tables.cases.id, person.caseId));
    if (!theCase) throw AppError.notFound("Person");

    const items = await itemsAbout(tx, person.caseId, personId);
    const reporterRows = await tx
      .select({ id: tables.dossierItems.id })
      .from(tables.dossierItems)
      .where(
        and(eq(tables.dossierItems.caseId, person.caseId), eq(tables.dossierItems.sourceKind, "REPORTER")),
      );
    const reporterItemIds = new Set(reporterRows.map((r) => r.id));
    const document = {
      generatedAt: now.toISOString(),
      person: {
        givenName: person.givenName,
        familyName: person.familyName,
        birthDate: person.birthDate,
        householdRole: person.householdRole,
        // Their own number, so it is shown to them; absent when none is on file.
        ...(person.bsn ? { bsn: person.bsn } : {}),
      },
      case: {
        reference: theCase.reference,
        title: theCase.title,
        municipality: theCase.municipality,
        phase: theCase.phase,
        openedOn: theCase.openedOn,
        closedOn: theCase.closedOn,
      },
      items,
      ownStatements: await ownStatements(tx, personId),
      grants: await grantsCovering(tx, person.caseId, personId),
      // The organisations' own identifiers for the person (a client or student number), with who holds each:
      // seen by no other organisation anywhere else, but held about the person, so part of their inzage.
      partnerReferences: await referencesHeldAbout(tx, personId),
      processing: await processingOf(tx, pseudonymize(personId), reporterItemIds),
    };

    record({
      kind: "PERSON_DATA_EXPORTED",
      caseId: person.caseId,
      subjectPersonIds: [personId],
      itemIds: items.map((i) => i.id),
      fields: ["PersonDataExport"],
      legalBasis: "LEGAL_TASK",
      activity: "RH-PA-04",
    });
    return { json: JSON.stringify(document, null, 2), generatedAt: now };
  });
}

async function itemsAbout(tx: Executor, caseId: string, personId: string) {
  const { dossierItems: i, observations, notes, organisations, professionals } = tables;
  const rows = await tx
    .select({
      item: i,
      observationKind: observations.observationKind,
      statement: observations.statement,
      title: notes.title,
      body: notes.body,
      occurredOn: notes.occurredOn,
      authorOrganisation: organisations.name,
      author: professionals.name,
    })
    .from(i)
    .innerJoin(organisations, eq(organisations.id, i.authorOrganisationId))
    .innerJoin(professionals, eq(professionals.id, i.authorProfessionalId))
    .leftJoin(observations, eq(observations.itemId, i.id))
    .leftJoin(notes, eq(notes.itemId, i.id))
    .where(and(eq(i.caseId, caseId), sql`${personId}::uuid = any(${i.subjectPersonIds})`))
    .orderBy(asc(i.createdAt), asc(i.id));
  return rows.map((r) => {
    const reporter = r.item.sourceKind === "REPORTER";
    const alsoAboutOthers = r.item.subjectPersonIds.some((id) => id !== personId);
    if (alsoAboutOthers) {
      // Content that also concerns other family members is not released automatically: the privacy officer
      // reviews it (and may release the parts about this person) — the export says that the item exists.
      return {
        id: r.item.id,
        kind: r.item.kind,
        domain: r.item.domain,
        dataClass: r.item.dataClass,
        createdAt: r.item.createdAt.toISOString(),
        updatedAt: r.item.updatedAt.toISOString(),
        legalBasis: r.item.legalBasis,
        contentWithheld: "also concerns other family members; released after review by the privacy officer",
      };
    }
    return {
      id: r.item.id,
      kind: r.item.kind,
      domain: r.item.domain,
      dataClass: r.item.dataClass,
      createdAt: r.item.createdAt.toISOString(),
      updatedAt: r.item.updatedAt.toISOString(),
      version: r.item.version,
      // The melder's identity is never disclosed: no author, organisation or source description for REPORTER
      // items (the organisation of a melder can identify them).
      ...(reporter ? {} : { author: r.author, authorOrganisation: r.authorOrganisation }),
      legalBasis: r.item.legalBasis,
      source: reporter
        ? { kind: r.item.sourceKind }
        : { kind: r.item.sourceKind, description: r.item.sourceDescription },
      ...(r.observationKind !== null && r.statement !== null
        ? { observation: { kind: r.observationKind, statement: r.statement } }
        : {}),
      ...(r.title !== null && r.body !== null
        ? { note: { title: r.title, body: r.body, occurredOn: r.occurredOn } }
        : {}),
    };
  });
}

async function ownStatements(tx: Executor, personId: string) {
  const s = tables.itemStatements;
  const rows = await tx
    .select({ itemId: s.itemId, statement: s.statement, recordedAt: s.recordedAt })
    .from(s)
    .where(eq(s.personId, personId))
    .orderBy(asc(s.recordedAt), asc(s.id));
  return rows.map((r) => ({ ...r, recordedAt: r.recordedAt.toISOString() }));
}

async function grantsCovering(tx: Executor, caseId: string, personId: string) {
  const { consentGrants: g, organisations } = tables;
  const rows = await tx
    .select({ grant: g, grantee: organisations.name })
    .from(g)
    .innerJoin(organisations, eq(organisations.id, g.granteeOrganisationId))
    .where(and(eq(g.caseId, caseId), sql`${personId}::uuid = any(${g.subjectPersonIds})`))
    .orderBy(asc(g.recordedAt), asc(g.id));
  return rows.map(({ grant, grantee }) => ({
    granteeOrganisation: grantee,
    domains: grant.domains,
    dataClasses: grant.dataClasses,
    purpose: grant.purpose,
    legalBasis: grant.legalBasis,
    validFrom: grant.validFrom.toISOString(),
    validUntil: grant.validUntil?.toISOString() ?? null,
    withdrawn: grant.withdrawnAt !== null,
    withdrawnAt: grant.withdrawnAt?.toISOString() ?? null,
    withdrawalReason: grant.withdrawalReason,
  }));
}

/** Every log entry about the person (in any chain), with the recipient organisation — never a professional. */
async function processingOf(tx: Executor, pseudonym: string, reporterItemIds: ReadonlySet<string>) {
  const { processingLog: l, organisations } = tables;
  const rows = await tx
    .select({
      startedAt: l.startedAt,
      operation: l.operation,
      purpose: l.purpose,
      legalBasis: l.legalBasis,
      processingActivityId: l.processingActivityId,
      fields: l.fields,
      breakGlass: l.breakGlass,
      recipientOrganisation: organisations.name,
      itemIds: l.itemIds,
    })
    .from(l)
    .leftJoin(organisations, eq(organisations.id, l.organisationId))
    .where(sql`${pseudonym} = any(${l.subjectPseudonyms})`)
    .orderBy(asc(l.id));
  return rows.map(({ startedAt, itemIds, recipientOrganisation, ...rest }) => ({
    date: startedAt.toISOString(),
    ...rest,
    // Who recorded a melding would identify the melder.
    recipientOrganisation: itemIds.some((id) => reporterItemIds.has(id)) ? null : recipientOrganisation,
  }));
}
