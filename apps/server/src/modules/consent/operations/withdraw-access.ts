import type { OperationContext } from "../../../operation";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { AppError, isUuid, parseInput, targetId, text } from "@regiehub/domain";
import { tables, type ConsentGrantRow } from "@regiehub/db";
import { authorizeCase } from "../../case/access";

export const WithdrawAccessInput = z.object({
  id: targetId(),
  reason: text({
    min: 3,
    max: 1000,
    multiline: true,
    required: "Geef de reden van intrekking",
    tooLong: "Maximaal 1000 tekens",
  }),
});

/** Withdraws a grant. It takes effect at once: every later decision reads the withdrawal. */
export async function withdrawAccess(
  { db, actor, changes, now }: OperationContext,
  rawInput: unknown,
): Promise<ConsentGrantRow> {
  const input = parseInput(WithdrawAccessInput, rawInput);
  const { consentGrants } = tables;
  return changes.transaction(db, async (tx, record) => {
    const [grant] = isUuid(input.id)
      ? await tx.select().from(consentGrants).where(eq(consentGrants.id, input.id)).for("update")
      : [];
    if (!grant) throw AppError.notFound("Grant");
    await authorizeCase(tx, actor, grant.caseId, "consent.manage");
    if (grant.withdrawnAt) throw new AppError("CONFLICT", "Deze toestemming is al ingetrokken");
    const [updated] = await tx
      .update(consentGrants)
      .set({
        withdrawnAt: now,
        withdrawnByProfessionalId: actor.professionalId,
        withdrawalReason: input.reason,
      })
      .where(and(eq(consentGrants.id, grant.id)))
      .returning();
    record({
      kind: "ACCESS_WITHDRAWN",
      caseId: grant.caseId,
      subjectPersonIds: grant.subjectPersonIds,
      fields: ["ConsentGrant.withdrawnAt"],
      legalBasis: grant.legalBasis,
      activity: "RH-PA-02",
      detail: `withdrawal: ${input.reason}`,
    });
    return updated!;
  });
}
