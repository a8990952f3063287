import type { OperationContext } from "../../../operation";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { AppError, parseInput, targetId } from "@regiehub/domain";
import { tables } from "@regiehub/db";
import { authorize } from "@regiehub/policy";
import { SHA256_HEX } from "../../../trusted-documents/documents";
import { clientOfOrganisation } from "../../api-clients/shared";
import { viewDocument, type TrustedDocumentModel } from "../shared";

export const RemoveTrustedDocumentInput = z.object({
  apiClientId: targetId(),
  sha256: z
    .string()
    .transform((value) => value.toLowerCase())
    .refine((value) => SHA256_HEX.test(value), "Een sha256: 64 hexadecimale tekens"),
});

/**
 * Removes a trusted document of a client of the ADMIN's organisation: the system can no longer run it (this
 * instance forgets it at once, through the resolver; others within their cache time). An unknown hash is
 * NOT_FOUND, as is another organisation's client.
 */
export async function removeTrustedDocument(
  { db, actor, changes }: OperationContext,
  rawInput: unknown,
): Promise<{ clientId: string; document: TrustedDocumentModel }> {
  authorize(actor, "apiClient.manage");
  const input = parseInput(RemoveTrustedDocumentInput, rawInput, "");
  return changes.transaction(db, async (tx, record) => {
    const client = await clientOfOrganisation(tx, actor, input.apiClientId);
    const t = tables.trustedDocuments;
    const [removed] = await tx
      .delete(t)
      .where(and(eq(t.apiClientId, client.id), eq(t.sha256, input.sha256)))
      .returning();
    if (!removed) throw AppError.notFound("Trusted document");
    const document = viewDocument(removed);
    record({
      kind: "TRUSTED_DOCUMENT_REMOVED",
      caseId: null,
      subjectPersonIds: [],
      fields: ["TrustedDocument"],
      legalBasis: null,
      activity: "RH-PA-07",
      detail: `API client ${client.id}: trusted document ${removed.sha256} (${document.operationType} ${removed.operationName ?? "anonymous"}) removed`,
    });
    return { clientId: client.id, document };
  });
}
