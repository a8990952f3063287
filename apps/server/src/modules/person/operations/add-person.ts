import type { OperationContext } from "../../../operation";
import { parseInput, targetId } from "@regiehub/domain";
import { z } from "zod";
import { tables, type PersonRow } from "@regiehub/db";
import { authorizeCase } from "../../case/access";
import { birthDate, bsn, householdRole, name } from "../inputs";

export const AddPersonInput = z.object({
  caseId: targetId(),
  givenName: name,
  familyName: name,
  birthDate: birthDate.nullish(),
  householdRole,
  bsn: bsn.nullish().or(z.literal("").transform(() => null)),
});

export async function addPerson(
  { db, actor, changes }: OperationContext,
  rawInput: unknown,
): Promise<PersonRow> {
  const input = parseInput(AddPersonInput, rawInput);
  return changes.transaction(db, async (tx, record) => {
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
    record({
      kind: "PERSON_ADDED",
      caseId: input.caseId,
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
