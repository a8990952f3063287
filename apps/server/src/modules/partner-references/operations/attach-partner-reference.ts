import type { OperationContext } from "../../../operation";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { AppError, isUuid, parseInput, targetId } from "@regiehub/domain";
import { tables } from "@regiehub/db";
import { authorizeReferences } from "../access";
import { referenceLabel, referenceText, type PartnerReferenceModel } from "../shared";

export const AttachPartnerReferenceInput = z.object({
  personId: targetId(),
  reference: referenceText,
  label: referenceLabel,
});

/**
 * Attaches an own reference of the actor's organisation to a person. The person must be in a case the actor
 * sees (else NOT_FOUND, as for an unknown person) and where it may `reference.manage` (else FORBIDDEN). The
 * same reference for the same person twice is a CONFLICT. Logged as a change of the person that names the
 * fields, never the value; no dossier event (no other organisation may learn of it).
 */
export async function attachPartnerReference(
  { db, actor, changes, region }: OperationContext,
  rawInput: unknown,
): Promise<PartnerReferenceModel> {
  const input = parseInput(AttachPartnerReferenceInput, rawInput);
  return changes.transaction(db, async (tx, record) => {
    if (!isUuid(input.personId)) throw AppError.notFound("Person");
    const [person] = await tx
      .select({ id: tables.persons.id, caseId: tables.persons.caseId })
      .from(tables.persons)
      .where(eq(tables.persons.id, input.personId));
    if (!person) throw AppError.notFound("Person");
    await authorizeReferences(tx, actor, person.caseId, region, () => AppError.notFound("Person"));
    const r = tables.partnerReferences;
    const [row] = await tx
      .insert(r)
      .values({
        organisationId: actor.organisationId,
        caseId: person.caseId,
        personId: person.id,
        reference: input.reference,
        label: input.label,
        createdByProfessionalId: actor.professionalId,
        apiClientId: actor.system?.clientId ?? null,
      })
      .onConflictDoNothing({ target: [r.organisationId, r.personId, r.reference] })
      .returning();
    if (!row) {
      throw new AppError("CONFLICT", "Dit kenmerk is al vastgelegd voor deze persoon", [
        { path: "input.reference", message: "Dit kenmerk is al vastgelegd voor deze persoon" },
      ]);
    }
    record({
      kind: "PARTNER_REFERENCE_ATTACHED",
      caseId: person.caseId,
      subjectPersonIds: [person.id],
      fields: ["PartnerReference.reference", ...(input.label ? ["PartnerReference.label"] : [])],
      legalBasis: "LEGAL_TASK",
      detail: "own reference attached",
    });
    return row;
  });
}
