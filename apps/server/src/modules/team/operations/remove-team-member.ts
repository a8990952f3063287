import type { OperationContext } from "../../../operation";
import { and, eq, ne } from "drizzle-orm";
import { AppError, isUuid } from "@regiehub/domain";
import { tables, type CaseRow } from "@regiehub/db";
import { authorizeCase } from "../../case/access";

/** Removes a team member; the directing organisation (that of the casusregisseur) must stay on the team. */
export async function removeTeamMember(
  { db, actor, changes }: OperationContext,
  id: unknown,
): Promise<CaseRow> {
  const { caseTeamMembers: members, cases } = tables;
  return changes.transaction(db, async (tx, record) => {
    if (!isUuid(id)) throw AppError.notFound("Team member");
    const [member] = await tx.select().from(members).where(eq(members.id, id));
    if (!member) throw AppError.notFound("Team member");
    const facts = await authorizeCase(tx, actor, member.caseId, "team.manage");
    if (member.organisationId === facts.casusregisseurOrganisationId) {
      const others = await tx
        .select({ id: members.id })
        .from(members)
        .where(
          and(
            eq(members.caseId, member.caseId),
            eq(members.organisationId, member.organisationId),
            ne(members.id, id),
          ),
        );
      if (others.length === 0 || member.professionalId === facts.casusregisseurId) {
        throw new AppError(
          "CONFLICT",
          "De regievoerende organisatie en de casusregisseur blijven in het team",
        );
      }
    }
    await tx.delete(members).where(eq(members.id, id));
    record({
      kind: "TEAM_MEMBER_REMOVED",
      caseId: member.caseId,
      subjectPersonIds: [],
      fields: ["CaseTeamMember"],
      legalBasis: "LEGAL_TASK",
      detail: `team member removed: organisation ${member.organisationId}`,
    });
    const [row] = await tx.select().from(cases).where(eq(cases.id, member.caseId));
    return row!;
  });
}
