import { z } from "zod";
import type { Actor } from "@regiehub/domain";
import { tables, type Database } from "@regiehub/db";
import { parseInput } from "../../../graphql/errors";
import type { PersonModel } from "../../../graphql/models";
import { authorizeCase } from "../../case/access";
import { birthDate, bsn, householdRole, name } from "../inputs";
import type { AuditTrail } from "../../../audit/trail";

export const AddPersonInput = z.object({
  caseId: z.string(),
  givenName: name,
  familyName: name,
  birthDate: birthDate.nullish(),
  householdRole,
  bsn: bsn.nullish().or(z.literal("").transform(() => null)),
});

export async function addPerson(
  db: Database,
  actor: Actor,
  audit: AuditTrail,
  rawInput: unknown,
): Promise<PersonModel> {
  const input = parseInput(AddPersonInput, rawInput);
  return db.transaction(async (tx) => {
    await authorizeCase(tx, actor, input.caseId, "person.create");
    const [row] = await tx
      .insert(tables.persons)
      .values({
        caseId: input.caseId,
        givenName: input.givenName,
        familyName: input.familyName,
        birthDate: input.birthDate ?? null,
        householdRole: input.householdRole,
        bsn: input.bsn ?? null,
      })
      .returning();
    await audit.change(tx, {
      caseId: input.caseId,
      operation: "CREATE",
      subjectPersonIds: [row!.id],
      fields: [
        "Person.givenName",
        "Person.familyName",
        "Person.birthDate",
        "Person.householdRole",
        ...(input.bsn ? ["Person.bsn"] : []),
      ],
      legalBasis: "LEGAL_TASK",
    });
    return row!;
  });
}
