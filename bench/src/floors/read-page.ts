import { PROCESSING_ACTIVITIES, type LegalBasis } from "@regiehub/domain";
import type { LogEntryInput } from "@regiehub/db";
import type { Sql } from "postgres";
import { appendCaseLog, requestIds } from "./log";

// The read floor: what any service must do at least to serve the timeline page — one SELECT of the 50 newest
// items the viewer may see, with their content, using the visibility rule of `itemVisibleCondition`
// (packages/db/src/access.ts) written as a plain query; then the processing-log entries of the read (one per
// data subject and legal basis, listing the items, as the hub merges them) appended to the case's hash chain
// in one transaction. No authentication, no GraphQL, no policy in JavaScript.

export interface Viewer {
  professionalId: string;
  organisationId: string;
  role: string;
}

export interface PageRow {
  id: string;
  kind: string;
  domain: string;
  dataClass: string;
  subjectPersonIds: string[];
  authorOrganisationId: string;
  legalBasis: LegalBasis;
  createdAt: Date;
  observationKind: string | null;
  statement: string | null;
  title: string | null;
  body: string | null;
  occurredOn: string | null;
}

export async function readPage(
  sql: Sql<Record<string, never>>,
  viewer: Viewer,
  caseId: string,
  pseudonym: (personId: string) => string,
  first = 50,
): Promise<{ items: PageRow[]; hasNextPage: boolean }> {
  const startedAt = new Date();
  const org = viewer.organisationId;
  const me = viewer.professionalId;
  const rows = await sql<(PageRow & { directing: boolean })[]>`
    select i.id, i.kind, i.domain, i.data_class as "dataClass", i.subject_person_ids as "subjectPersonIds",
           i.author_organisation_id as "authorOrganisationId", i.legal_basis as "legalBasis",
           i.created_at as "createdAt", o.observation_kind as "observationKind", o.statement,
           n.title, n.body, n.occurred_on::text as "occurredOn",
           (select cr.organisation_id = ${org} or c.procesregisseur_id = ${me}
            from cases c left join professionals cr on cr.id = c.casusregisseur_id
            where c.id = ${caseId}) as directing
    from dossier_items i
    left join observations o on o.item_id = i.id
    left join notes n on n.item_id = i.id
    where i.case_id = ${caseId}
      and (
        exists (select 1 from cases c left join professionals cr on cr.id = c.casusregisseur_id
                where c.id = i.case_id and (cr.organisation_id = ${org} or c.procesregisseur_id = ${me}))
        or (
          exists (select 1 from case_team_members tm where tm.case_id = i.case_id and tm.organisation_id = ${org})
          and (
            i.author_organisation_id = ${org}
            or exists (select 1 from consent_grants g
                       where g.case_id = i.case_id and g.grantee_organisation_id = ${org}
                         and g.withdrawn_at is null and g.valid_from <= now()
                         and (g.valid_until is null or g.valid_until > now())
                         and i.domain = any(g.domains) and i.data_class = any(g.data_classes)
                         and (i.data_class <> 'JUSTICE' or g.legal_basis in ('JUSTICE', 'LEGAL_TASK'))
                         and cardinality(i.subject_person_ids) > 0
                         and i.subject_person_ids <@ g.subject_person_ids)
            or exists (select 1 from break_glass_accesses b
                       where b.case_id = i.case_id and b.professional_id = ${me}
                         and (b.item_id is null or b.item_id = i.id) and b.expires_at > now())
          )
        )
      )
    order by i.created_at desc, i.id desc
    limit ${first + 1}`;
  const items = rows.slice(0, first);

  // One entry per data subject and legal basis, listing the items and fields read (the hub's merge).
  const directing = rows[0]?.directing === true;
  const { traceId, operationId } = requestIds();
  const endedAt = new Date();
  const merged = new Map<string, LogEntryInput>();
  for (const item of items) {
    const basis: LegalBasis =
      directing || item.authorOrganisationId === viewer.organisationId ? item.legalBasis : "CONSENT";
    const fields = item.kind === "NOTE" ? ["Note.body", "Note.title"] : ["Observation.statement"];
    for (const subject of item.subjectPersonIds) {
      const key = `${subject}|${basis}`;
      let entry = merged.get(key);
      if (!entry) {
        entry = {
          caseId,
          startedAt,
          endedAt,
          actorType: "PROFESSIONAL",
          actorId: viewer.professionalId,
          organisationId: viewer.organisationId,
          role: viewer.role,
          subjectPseudonyms: [pseudonym(subject)],
          itemIds: [],
          fields: [],
          operation: "READ",
          purpose: PROCESSING_ACTIVITIES["RH-PA-01"],
          legalBasis: basis,
          processingActivityId: "RH-PA-01",
          traceId,
          operationId,
          callerTraceId: null,
          outcome: "SUCCESS",
          breakGlass: false,
          detail: null,
        };
        merged.set(key, entry);
      }
      entry.itemIds.push(item.id);
      for (const f of fields) if (!entry.fields.includes(f)) entry.fields.push(f);
    }
  }
  await sql.begin((tx) => appendCaseLog(tx, caseId, [...merged.values()]));
  return { items, hasNextPage: rows.length > first };
}
