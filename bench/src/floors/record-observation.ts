import { randomUUID } from "node:crypto";
import type { DataClass, Domain } from "@regiehub/domain";
import type { Sql } from "postgres";
import { appendCaseLog, floorEntry, floorRequest, type Viewer } from "./log";

// The write floor: the rows `recordObservation` commits, inserted with plain SQL in one transaction — the
// item, its content, the CREATE log entry (unsealed, as the hub writes it) and the outbox event with the
// event_sequence counter moved. That lock is taken last, as the hub does, so it is held only for the event's
// insert and the commit. Returns the event's sequence number.

export interface ObservationInput {
  caseId: string;
  domain: Domain;
  dataClass: DataClass;
  subjectPersonIds: string[];
  statement: string;
}

export async function recordObservationSql(
  sql: Sql<Record<string, never>>,
  actor: Viewer,
  input: ObservationInput,
  pseudonym: (personId: string) => string,
): Promise<number> {
  const request = floorRequest(actor, input.caseId);
  const id = randomUUID();
  const fields = ["Observation.observationKind", "Observation.statement"];
  return sql.begin(async (tx) => {
    await tx`
      insert into dossier_items (id, case_id, kind, domain, data_class, subject_person_ids, author_professional_id,
        author_organisation_id, source_kind, legal_basis)
      values (${id}, ${input.caseId}, 'OBSERVATION', ${input.domain}::life_domain, ${input.dataClass}::data_class,
        ${input.subjectPersonIds}::uuid[], ${actor.professionalId}, ${actor.organisationId}, 'OWN_OBSERVATION',
        'LEGAL_TASK')`;
    await tx`insert into observations (item_id, observation_kind, statement)
             values (${id}, 'FACT', ${input.statement})`;
    await appendCaseLog(tx, input.caseId, [
      floorEntry(request, {
        operation: "CREATE",
        legalBasis: "LEGAL_TASK",
        subjectPseudonyms: input.subjectPersonIds.map(pseudonym),
        itemIds: [id],
        fields,
      }),
    ]);
    const [counter] = await tx<{ last: string }[]>`
      update event_sequence set last = last + 1 where id = 1 returning last`;
    const seq = Number(counter!.last);
    await tx`
      insert into dossier_events (seq, case_id, change_kind, operation, item_id, item_kind, domain, data_class,
        subject_person_ids, fields, actor_professional_id, organisation_id)
      values (${seq}, ${input.caseId}, 'ITEM_RECORDED', 'CREATE', ${id}, 'OBSERVATION',
        ${input.domain}::life_domain, ${input.dataClass}::data_class, ${input.subjectPersonIds}::uuid[],
        ${fields}::text[], ${actor.professionalId}, ${actor.organisationId})`;
    return seq;
  });
}
