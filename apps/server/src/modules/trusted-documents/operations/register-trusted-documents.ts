import type { OperationContext } from "../../../operation";
import { and, count, eq, inArray } from "drizzle-orm";
import type { GraphQLSchema, ValidationRule } from "graphql";
import { z } from "zod";
import { AppError, INVALID_CHARACTERS_MESSAGE, isCleanText, parseInput, targetId } from "@regiehub/domain";
import { tables } from "@regiehub/db";
import { authorize } from "@regiehub/policy";
import { DocumentError, readDocument, sha256Hex } from "../../../trusted-documents/documents";
import { clientOfOrganisation } from "../../api-clients/shared";
import {
  MAX_DOCUMENT_CHARS,
  MAX_DOCUMENTS_PER_CALL,
  MAX_DOCUMENTS_PER_CLIENT,
  viewDocument,
  type TrustedDocumentModel,
} from "../shared";

export const RegisterTrustedDocumentsInput = z.object({
  apiClientId: targetId(),
  documents: z
    .array(
      z
        .string()
        .min(1, "Een document is niet leeg")
        .max(MAX_DOCUMENT_CHARS, `Maximaal ${MAX_DOCUMENT_CHARS.toLocaleString("nl-NL")} tekens`)
        .refine((value) => isCleanText(value, true), INVALID_CHARACTERS_MESSAGE),
    )
    .min(1, "Geef minstens één document")
    .max(MAX_DOCUMENTS_PER_CALL, `Maximaal ${MAX_DOCUMENTS_PER_CALL} documenten per keer`),
});

/** How a document is checked: against the schema the hub runs, with a request's rules and token limit. */
export interface DocumentChecks {
  schema: GraphQLSchema;
  rules: readonly ValidationRule[];
  maxTokens: number;
}

/**
 * Registers operations of a client of the ADMIN's organisation as its trusted documents: each parsed and
 * validated as a request would be, with exactly one operation; one invalid document refuses them all. Each is
 * stored under the sha256 of its exact text; a text registered before is left as it was (with its first
 * registration). Answers the documents in the order given.
 */
export async function registerTrustedDocuments(
  { db, actor, changes }: OperationContext,
  rawInput: unknown,
  checks: DocumentChecks,
): Promise<TrustedDocumentModel[]> {
  authorize(actor, "apiClient.manage");
  const input = parseInput(RegisterTrustedDocumentsInput, rawInput, "");
  const read = input.documents.map((text, index) => {
    try {
      return {
        text,
        sha256: sha256Hex(text),
        ...readDocument(text, checks.schema, checks.rules, checks.maxTokens),
      };
    } catch (error) {
      if (!(error instanceof DocumentError)) throw error;
      throw AppError.badInput(`documents.${index}`, `Document ${index + 1}: ${error.message}`);
    }
  });
  const unique = [...new Map(read.map((d) => [d.sha256, d])).values()];
  return changes.transaction(db, async (tx, record) => {
    // Locked: two registrations for one client are counted one after the other.
    const client = await clientOfOrganisation(tx, actor, input.apiClientId, { forUpdate: true });
    if (client.revokedAt) throw new AppError("CONFLICT", "Deze koppeling is ingetrokken");
    const t = tables.trustedDocuments;
    const existing = await tx
      .select({ sha256: t.sha256 })
      .from(t)
      .where(
        and(
          eq(t.apiClientId, client.id),
          inArray(
            t.sha256,
            unique.map((d) => d.sha256),
          ),
        ),
      );
    const known = new Set(existing.map((r) => r.sha256));
    const added = unique.filter((d) => !known.has(d.sha256));
    if (added.length > 0) {
      const [{ n } = { n: 0 }] = await tx.select({ n: count() }).from(t).where(eq(t.apiClientId, client.id));
      if (Number(n) + added.length > MAX_DOCUMENTS_PER_CLIENT) {
        throw AppError.badInput(
          "documents",
          `Maximaal ${MAX_DOCUMENTS_PER_CLIENT} documenten per koppeling; deze heeft er al ${Number(n)}`,
        );
      }
      await tx
        .insert(t)
        .values(
          added.map((d) => ({
            apiClientId: client.id,
            sha256: d.sha256,
            document: d.text,
            operationName: d.operationName,
            registeredByProfessionalId: actor.professionalId,
          })),
        )
        .onConflictDoNothing();
      record({
        kind: "TRUSTED_DOCUMENTS_REGISTERED",
        caseId: null,
        subjectPersonIds: [],
        fields: ["TrustedDocument"],
        legalBasis: null,
        activity: "RH-PA-07",
        detail: `API client ${client.id}: ${added.length} trusted document(s) registered: ${added
          .map((d) => `${d.sha256} (${d.operationType} ${d.operationName ?? "anonymous"})`)
          .join(", ")}`,
      });
    }
    const rows = await tx
      .select()
      .from(t)
      .where(
        and(
          eq(t.apiClientId, client.id),
          inArray(
            t.sha256,
            unique.map((d) => d.sha256),
          ),
        ),
      );
    const bySha = new Map(rows.map((r) => [r.sha256, viewDocument(r)]));
    return read.map((d) => bySha.get(d.sha256)!);
  });
}
