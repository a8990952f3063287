import { eq, or, sql, type SQL } from "drizzle-orm";
import type { CaseScope, ItemScope } from "@regiehub/domain";
import {
  breakGlassAccesses,
  caseTeamMembers,
  cases,
  consentGrants,
  dossierItems,
  professionals,
} from "./schema";

// The policy decides which cases an actor may read (a CaseScope); this turns that decision into SQL so a
// page of cases is one query. Keep it in step with the `case.read` rule (a test compares them).
export function caseScopeCondition(scope: CaseScope): SQL {
  if (scope.kind === "none") return sql`false`;
  return or(
    eq(cases.procesregisseurId, scope.professionalId),
    sql`exists (select 1 from ${caseTeamMembers} where ${caseTeamMembers.caseId} = ${cases.id} and ${caseTeamMembers.organisationId} = ${scope.organisationId})`,
  )!;
}

/**
 * How a statement builder takes a value: as is (a parameter of this statement), or bound by name as a
 * placeholder so that the statement's text is built once per shape and then executed with values
 * (`selectItems`). Every value that varies between calls goes through it, so the names bound say the shape.
 */
export type Bind = (name: string, value: unknown) => unknown;
const asIs: Bind = (_name, value) => value;

/**
 * Items the actor may read, as SQL over `dossier_items` — the translation of `itemAccess` in
 * packages/policy/src/consent.ts (a property test compares them on random data):
 * whole case for the directing organisation and the procesregisseur; the author's organisation sees its
 * own items; otherwise, for team members, one valid covering grant of the organisation, or an open
 * break-glass access of the professional.
 */
export function itemVisibleCondition(scope: ItemScope, bind: Bind = asIs): SQL {
  if (scope.kind === "none") return sql`false`;
  const at = sql`${bind("at", scope.at.toISOString())}::timestamptz`;
  const organisationId = bind("organisationId", scope.organisationId);
  const professionalId = bind("professionalId", scope.professionalId);
  const i = dossierItems;
  return sql`(
    exists (select 1 from ${cases} c left join ${professionals} cr on cr.id = c.casusregisseur_id
            where c.id = ${i.caseId}
              and (cr.organisation_id = ${organisationId} or c.procesregisseur_id = ${professionalId}))
    or (
      exists (select 1 from ${caseTeamMembers} tm
              where tm.case_id = ${i.caseId} and tm.organisation_id = ${organisationId})
      and (
        ${i.authorOrganisationId} = ${organisationId}
        or exists (select 1 from ${consentGrants} g
                   where g.case_id = ${i.caseId}
                     and g.grantee_organisation_id = ${organisationId}
                     and g.withdrawn_at is null
                     and g.valid_from <= ${at}
                     and (g.valid_until is null or g.valid_until > ${at})
                     and ${i.domain} = any(g.domains)
                     and ${i.dataClass} = any(g.data_classes)
                     and (${i.dataClass} <> 'JUSTICE' or g.legal_basis in ('JUSTICE', 'LEGAL_TASK'))
                     and cardinality(${i.subjectPersonIds}) > 0
                     and ${i.subjectPersonIds} <@ g.subject_person_ids)
        or exists (select 1 from ${breakGlassAccesses} b
                   where b.case_id = ${i.caseId}
                     and b.professional_id = ${professionalId}
                     and (b.item_id is null or b.item_id = ${i.id})
                     and b.expires_at > ${at})
      )
    )
  )`;
}
