import { parse } from "graphql";
import type { tables } from "@regiehub/db";
import { singleOperation, type OperationType } from "../../trusted-documents/documents";

// What the trusted-document operations share: the limits, and the shape the API shows.

/** At most this many documents in one `registerTrustedDocuments` call. */
export const MAX_DOCUMENTS_PER_CALL = 50;
/** At most this many characters in one document (GRAPHQL_MAX_TOKENS limits it further). */
export const MAX_DOCUMENT_CHARS = 20_000;
/** At most this many documents per API client. */
export const MAX_DOCUMENTS_PER_CLIENT = 200;

export type TrustedDocumentRow = typeof tables.trustedDocuments.$inferSelect;

/** A trusted document as the API shows it (`TrustedDocument` in packages/schema/trusted-documents.graphql). */
export interface TrustedDocumentModel {
  sha256: string;
  operationName: string | null;
  operationType: "QUERY" | "MUTATION" | "SUBSCRIPTION";
  document: string;
  registeredAt: Date;
  registeredByProfessionalId: string;
}

const TYPES: Record<OperationType, TrustedDocumentModel["operationType"]> = {
  query: "QUERY",
  mutation: "MUTATION",
  subscription: "SUBSCRIPTION",
};

/** The API's view of a stored document (it was checked when it was registered: it has one operation). */
export function viewDocument(row: TrustedDocumentRow): TrustedDocumentModel {
  return {
    sha256: row.sha256,
    operationName: row.operationName,
    operationType: TYPES[singleOperation(parse(row.document, { noLocation: true })).type],
    document: row.document,
    registeredAt: row.registeredAt,
    registeredByProfessionalId: row.registeredByProfessionalId,
  };
}
