import type { OperationContext } from "../../../operation";
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { AppError, isUuid, parseInput, targetId } from "@regiehub/domain";
import { tables, type PersonRow } from "@regiehub/db";
import { authorizeCase } from "../../case/access";
import { birthDate, bsn, householdRole, name } from "../inputs";

export const UpdatePersonInput = z.object({
  id: targetId(),
  version: z.number().int().min(1),
  givenName: name.nullish(),
  familyName: name.nullish(),
  birthDate: birthDate.nullish(),
  householdRole: householdRole.nullish(),
  bsn: bsn.nullish(),
});

export async function updatePerson(
  { db, actor, changes }: OperationContext,
  rawInput: unknown,
): Promise<PersonRow> {
  const input = parseInput(UpdatePersonInput, rawInput);
  const { persons } = tables;
  return changes.transaction(db, async (tx, record) => {
    if (!isUuid(input.id)) throw AppError.notFound("Person");
    const [existing] = await tx
      .select({ caseId: persons.caseId })
      .from(persons)
      .where(eq(persons.id, input.id));
    if (!existing) throw AppError.notFound("Person");
    await authorizeCase(tx, actor, existing.caseId, "person.update");
    const updates: Partial<typeof persons.$inferInsert> = {};
    if (input.givenName) updates.givenName = input.givenName;
    if (input.familyName) updates.familyName = input.familyName;
    if (input.birthDate) updates.birthDate = input.birthDate;
    if (input.householdRole) updates.householdRole = input.householdRole;
    if (input.bsn) updates.bsn = input.bsn;
    const [row] = await tx
      .update(persons)
      .set({ ...updates, version: sql`${persons.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(persons.id, input.id), eq(persons.version, input.version)))
      .returning();
    if (!row) throw new AppError("CONFLICT", "The person was changed by someone else; reload and try again");
    record({
      kind: "PERSON_UPDATED",
      caseId: existing.caseId,
      subjectPersonIds: [row.id],
      fields: Object.keys(updates).map((k) => `Person.${k}`),
      legalBasis: "LEGAL_TASK",
    });
    return row;
  });
}
