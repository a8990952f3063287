// The hub's visibility rule (`itemVisibleCondition`, packages/db/src/access.ts) written once as plain SQL text,
// for the read floor (with query parameters) and the peer's row-level-security policy (with session settings).
// `item` is how the query names the dossier item; `org` and `me` are SQL expressions of type uuid for the
// viewer's organisation and professional id.
export function visibleSql(item: string, org: string, me: string): string {
  return `(
    exists (select 1 from cases c left join professionals cr on cr.id = c.casusregisseur_id
            where c.id = ${item}.case_id and (cr.organisation_id = ${org} or c.procesregisseur_id = ${me}))
    or (
      exists (select 1 from case_team_members tm where tm.case_id = ${item}.case_id and tm.organisation_id = ${org})
      and (
        ${item}.author_organisation_id = ${org}
        or exists (select 1 from consent_grants g
                   where g.case_id = ${item}.case_id and g.grantee_organisation_id = ${org}
                     and g.withdrawn_at is null and g.valid_from <= now()
                     and (g.valid_until is null or g.valid_until > now())
                     and ${item}.domain = any(g.domains) and ${item}.data_class = any(g.data_classes)
                     and (${item}.data_class <> 'JUSTICE' or g.legal_basis in ('JUSTICE', 'LEGAL_TASK'))
                     and cardinality(${item}.subject_person_ids) > 0
                     and ${item}.subject_person_ids <@ g.subject_person_ids)
        or exists (select 1 from break_glass_accesses b
                   where b.case_id = ${item}.case_id and b.professional_id = ${me}
                     and (b.item_id is null or b.item_id = ${item}.id) and b.expires_at > now())
      )
    )
  )`;
}
