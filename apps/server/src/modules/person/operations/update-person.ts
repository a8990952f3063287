import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { AppError, isUuid, type Actor } from "@regiehub/domain";
import { tables, type Database } from "@regiehub/db";
import { parseInput } from "../../../graphql/errors";
import type { PersonModel } from "../../../graphql/models";
import { authorizeCase } from "../../case/access";
import { birthDate, bsn, householdRole, name } from "../inputs";
import type { AuditTrail } from "../../../audit/trail";

export const UpdatePersonInput = z.object({
  id: z.string(),
  version: z.number().int().min(1),
  givenName: name.nullish(),
  familyName: name.nullish(),
  birthDate: birthDate.nullish(),
  householdRole: householdRole.nullish(),
  bsn: bsn.nullish(),
});

export async function updatePerson(
  db: Database,
  actor: Actor,
  audit: AuditTrail,
  rawInput: unknown,
): Promise<PersonModel> {
  const input = parseInput(UpdatePersonInput, rawInput);
  const { persons } = tables;
  return db.transaction(async (tx) => {
    if (!isUuid(input.id)) throw AppError.notFound("Person");
    const [existing] = await tx
      .select({ caseId: persons.caseId })
      .from(persons)
      .where(eq(persons.id, input.id));
    if (!existing) throw AppError.notFound("Person");
    await authorizeCase(tx, actor, existing.caseId, "person.update");
    const changes: Partial<typeof persons.$inferInsert> = {};
    if (input.givenName) changes.givenName = input.givenName;
    if (input.familyName) changes.familyName = input.familyName;
    if (input.birthDate) changes.birthDate = input.birthDate;
    if (input.householdRole) changes.householdRole = input.householdRole;
    if (input.bsn) changes.bsn = input.bsn;
    const [row] = await tx
      .update(persons)
      .set({ ...changes, version: sql`${persons.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(persons.id, input.id), eq(persons.version, input.version)))
      .returning();
    if (!row) throw new AppError("CONFLICT", "The person was changed by someone else; reload and try again");
    await audit.change(tx, {
      caseId: existing.caseId,
      operation: "UPDATE",
      subjectPersonIds: [row.id],
      fields: Object.keys(changes).map((k) => `Person.${k}`),
      legalBasis: "LEGAL_TASK",
    });
    return row;
  });
}
