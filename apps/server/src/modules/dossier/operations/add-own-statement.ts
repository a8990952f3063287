import type { OperationContext } from "../../../operation";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { AppError, id, isUuid, parseInput, targetId, text } from "@regiehub/domain";
import { tables, unsafeLoadItemFacts, type ItemRecord } from "@regiehub/db";
import { authorizeCase } from "../../case/access";
import { reload } from "./shared";

export const AddOwnStatementInput = z.object({
  itemId: targetId(),
  personId: id("Onbekende persoon"),
  statement: text({ min: 3, max: 10_000, multiline: true, required: "Schrijf de verklaring" }),
});

/** Records a family member's own statement (eigen verklaring) about an item, on their behalf. */
export async function addOwnStatement(
  { db, actor, changes, now }: OperationContext,
  rawInput: unknown,
): Promise<ItemRecord> {
  const input = parseInput(AddOwnStatementInput, rawInput);
  return changes.transaction(db, async (tx, record) => {
    const facts = isUuid(input.itemId) ? await unsafeLoadItemFacts(tx, input.itemId) : undefined;
    if (!facts) throw AppError.notFound("Item");
    await authorizeCase(tx, actor, facts.caseId, "item.addStatement");
    if (!facts.subjectPersonIds.includes(input.personId)) {
      throw AppError.badInput(
        "input.personId",
        "Alleen wie het item betreft kan er een eigen verklaring bij geven",
      );
    }
    await tx.insert(tables.itemStatements).values({
      itemId: facts.id,
      personId: input.personId,
      statement: input.statement,
      recordedByProfessionalId: actor.professionalId,
    });
    await tx.update(tables.dossierItems).set({ updatedAt: now }).where(eq(tables.dossierItems.id, facts.id));
    record({
      kind: "STATEMENT_ADDED",
      caseId: facts.caseId,
      subjectPersonIds: [input.personId],
      itemIds: [facts.id],
      fields: ["OwnStatement.statement"],
      legalBasis: "CONSENT",
      activity: "RH-PA-04",
    });
    return reload(tx, actor, now, facts.id, facts.kind);
  });
}
