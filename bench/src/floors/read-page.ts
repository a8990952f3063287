import type { LegalBasis } from "@regiehub/domain";
import type { LogEntryInput } from "@regiehub/db";
import type { Sql } from "postgres";
import { appendCaseLog, floorEntry, floorRequest, type Viewer } from "./log";
import { visibleSql } from "./visible";

// The read floor: what any service must do at least to serve the timeline page — one SELECT of the 50 newest
// items the viewer may see, with their content, using the visibility rule of `itemVisibleCondition`
// (packages/db/src/access.ts) written as a plain query; then the processing-log entries of the read (one per
// data subject and legal basis, listing the items, as the hub merges them) inserted unsealed in one statement,
// as the hub does. No authentication, no GraphQL, no policy in JavaScript.

const PAGE_SQL = `
  select i.id, i.kind, i.domain, i.data_class as "dataClass", i.subject_person_ids as "subjectPersonIds",
         i.author_organisation_id as "authorOrganisationId", i.legal_basis as "legalBasis",
         i.created_at as "createdAt", o.observation_kind as "observationKind", o.statement,
         n.title, n.body, n.occurred_on::text as "occurredOn",
         (select cr.organisation_id = $2::uuid or c.procesregisseur_id = $3::uuid
          from cases c left join professionals cr on cr.id = c.casusregisseur_id
          where c.id = $1::uuid) as directing
  from dossier_items i
  left join observations o on o.item_id = i.id
  left join notes n on n.item_id = i.id
  where i.case_id = $1::uuid and ${visibleSql("i", "$2::uuid", "$3::uuid")}
  order by i.created_at desc, i.id desc
  limit $4`;

export type { Viewer } from "./log";

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
  const request = floorRequest(viewer, caseId);
  // One statement, written plainly; parameters: $1 case, $2 organisation, $3 professional, $4 limit.
  // Prepared, as postgres.js prepares its tagged queries (parsed and planned once per connection).
  const rows = await sql.unsafe<(PageRow & { directing: boolean })[]>(
    PAGE_SQL,
    [caseId, viewer.organisationId, viewer.professionalId, first + 1],
    { prepare: true },
  );
  const items = rows.slice(0, first);

  // One entry per data subject and legal basis, listing the items and fields read (the hub's merge).
  const directing = rows[0]?.directing === true;
  const merged = new Map<string, LogEntryInput>();
  for (const item of items) {
    const basis: LegalBasis =
      directing || item.authorOrganisationId === viewer.organisationId ? item.legalBasis : "CONSENT";
    const fields = item.kind === "NOTE" ? ["Note.body", "Note.title"] : ["Observation.statement"];
    for (const subject of item.subjectPersonIds) {
      const key = `${subject}|${basis}`;
      let entry = merged.get(key);
      if (!entry) {
        entry = floorEntry(request, {
          operation: "READ",
          legalBasis: basis,
          subjectPseudonyms: [pseudonym(subject)],
          itemIds: [],
          fields: [],
        });
        merged.set(key, entry);
      }
      entry.itemIds.push(item.id);
      for (const f of fields) if (!entry.fields.includes(f)) entry.fields.push(f);
    }
  }
  await appendCaseLog(sql, caseId, [...merged.values()]);
  return { items, hasNextPage: rows.length > first };
}
