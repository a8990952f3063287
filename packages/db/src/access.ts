import { eq, or, sql, type SQL } from "drizzle-orm";
import type { CaseScope } from "@regiehub/domain";
import { caseTeamMembers, cases } from "./schema";

// The policy decides which cases an actor may read (a CaseScope); this turns that decision into SQL so a
// page of cases is one query. Keep it in step with the `case.read` rule (a test compares them).
export function caseScopeCondition(scope: CaseScope): SQL {
  if (scope.kind === "none") return sql`false`;
  return or(
    eq(cases.procesregisseurId, scope.professionalId),
    sql`exists (select 1 from ${caseTeamMembers} where ${caseTeamMembers.caseId} = ${cases.id} and ${caseTeamMembers.organisationId} = ${scope.organisationId})`,
  )!;
}
