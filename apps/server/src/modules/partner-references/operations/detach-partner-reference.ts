import type { OperationContext } from "../../../operation";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { AppError, isUuid, parseInput, targetId } from "@regiehub/domain";
import { tables } from "@regiehub/db";
import { authorizeReferences } from "../access";

export const DetachPartnerReferenceInput = z.object({ id: targetId() });

/**
 * Detaches one of the actor's organisation's own references; returns its id. Another organisation's reference
 * is NOT_FOUND (as an unknown id), and so is one in a case the actor no longer sees; in a visible case where
 * the actor may not `reference.manage`, FORBIDDEN. Logged as a change of the person, never with the value.
 */
export async function detachPartnerReference(
  { db, actor, changes, region }: OperationContext,
  rawInput: unknown,
): Promise<string> {
  const { id } = parseInput(DetachPartnerReferenceInput, rawInput, "");
  const r = tables.partnerReferences;
  return changes.transaction(db, async (tx, record) => {
    if (!isUuid(id)) throw AppError.notFound("Partner reference");
    const [row] = await tx
      .select({ id: r.id, caseId: r.caseId, personId: r.personId, organisationId: r.organisationId })
      .from(r)
      .where(eq(r.id, id))
      .for("update");
    // Another organisation's reference is not there for the actor; the refusal is logged on its case.
    if (!row) throw AppError.notFound("Partner reference");
    if (row.organisationId !== actor.organisationId) {
      throw AppError.notFound("Partner reference").about(row.caseId);
    }
    await authorizeReferences(tx, actor, row.caseId, region, () => AppError.notFound("Partner reference"));
    await tx.delete(r).where(and(eq(r.id, row.id), eq(r.organisationId, actor.organisationId)));
    record({
      kind: "PARTNER_REFERENCE_DETACHED",
      caseId: row.caseId,
      subjectPersonIds: [row.personId],
      fields: ["PartnerReference"],
      legalBasis: "LEGAL_TASK",
      detail: "own reference detached",
    });
    return row.id;
  });
}
