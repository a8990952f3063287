import type { OperationContext } from "../../../operation";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { AppError, DOMAINS, id, parseInput, targetId, text } from "@regiehub/domain";
import { isUniqueViolation, tables, type CaseTeamMemberRow } from "@regiehub/db";
import { authorizeCase } from "../../case/access";

export const AddTeamMemberInput = z.object({
  caseId: targetId(),
  organisationId: id("Onbekende organisatie"),
  professionalId: id("Onbekende professional").nullish(),
  responsibility: text({ max: 200, min: 0 }).nullish(),
  domains: z
    .array(z.enum(DOMAINS))
    .nullish()
    .transform((d) => [...new Set(d ?? [])]),
});

export async function addTeamMember(
  { db, actor, changes }: OperationContext,
  rawInput: unknown,
): Promise<CaseTeamMemberRow> {
  const input = parseInput(AddTeamMemberInput, rawInput);
  try {
    return await changes.transaction(db, async (tx, record) => {
      await authorizeCase(tx, actor, input.caseId, "team.manage");
      const [organisation] = await tx
        .select({ id: tables.organisations.id })
        .from(tables.organisations)
        .where(eq(tables.organisations.id, input.organisationId));
      if (!organisation) throw AppError.badInput("input.organisationId", "Onbekende organisatie");
      if (input.professionalId) {
        const [professional] = await tx
          .select({
            organisationId: tables.professionals.organisationId,
            apiClientId: tables.professionals.apiClientId,
          })
          .from(tables.professionals)
          .where(eq(tables.professionals.id, input.professionalId));
        // A partner system's service account is no person to name on a team.
        if (!professional || professional.apiClientId !== null)
          throw AppError.badInput("input.professionalId", "Onbekende professional");
        if (professional.organisationId !== input.organisationId) {
          throw AppError.badInput(
            "input.professionalId",
            "Deze professional werkt niet bij de gekozen organisatie",
          );
        }
      }
      const [row] = await tx
        .insert(tables.caseTeamMembers)
        .values({
          caseId: input.caseId,
          organisationId: input.organisationId,
          professionalId: input.professionalId ?? null,
          responsibility: input.responsibility || null,
          domains: input.domains,
          addedByProfessionalId: actor.professionalId,
        })
        .returning();
      record({
        kind: "TEAM_MEMBER_ADDED",
        caseId: input.caseId,
        subjectPersonIds: [],
        fields: ["CaseTeamMember"],
        legalBasis: "LEGAL_TASK",
        detail: `team member: organisation ${input.organisationId}`,
      });
      return row!;
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError("CONFLICT", "Deze organisatie of professional staat al in het team");
    throw error;
  }
}
