import { createHash } from "node:crypto";
import {
  GraphQLError,
  Kind,
  parse,
  print,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationRule,
} from "graphql";

// Trusted documents: what a document is, by hash. A document's key is the sha256 (lowercase hex) of its exact
// text. Two texts are the same operation when their canonical forms are equal: the document printed by
// graphql-js with its definitions sorted as Apollo's persisted-query lists sort them (operations first, then
// fragments, each by name) — `print(sortTopLevelDefinitions(document))` of @apollo/persisted-query-lists,
// which is also how the web app's manifest is made (its ids are the sha256 of that text). Printing drops
// comments and layout; sorting changes nothing a document means.

export const SHA256_HEX = /^[0-9a-f]{64}$/;

export type OperationType = "query" | "mutation" | "subscription";

/** The sha256 of a text (UTF-8), lowercase hex. */
export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** The definitions in the order @apollo/persisted-query-lists' `sortTopLevelDefinitions` gives them. */
export function sortTopLevelDefinitions(document: DocumentNode): DocumentNode {
  const definitions = [...document.definitions];
  const nameOf = (d: (typeof definitions)[number]) =>
    d.kind === Kind.OPERATION_DEFINITION || d.kind === Kind.FRAGMENT_DEFINITION ? (d.name?.value ?? "") : "";
  definitions.sort((a, b) => {
    // By kind, descending: OperationDefinition before FragmentDefinition.
    if (a.kind > b.kind) return -1;
    if (a.kind < b.kind) return 1;
    const an = nameOf(a);
    const bn = nameOf(b);
    return an < bn ? -1 : an > bn ? 1 : 0;
  });
  return { ...document, definitions };
}

/** The canonical text of a document (see above). */
export function canonicalText(document: DocumentNode): string {
  return print(sortTopLevelDefinitions(document));
}

/** What the hub knows of a trusted document once it has read it. */
export interface DocumentFacts {
  /** sha256 of the canonical text. */
  canonicalSha256: string;
  operationName: string | null;
  operationType: OperationType;
}

/** A document's one operation; throws a message when it has none or several. */
export function singleOperation(document: DocumentNode): {
  name: string | null;
  type: OperationType;
} {
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (operations.length !== 1) {
    throw new DocumentError(
      operations.length === 0
        ? "Het document bevat geen operatie (query, mutation of subscription)"
        : "Het document bevat meer dan één operatie; registreer elke operatie als een eigen document",
    );
  }
  const [operation] = operations;
  return { name: operation!.name?.value ?? null, type: operation!.operation as OperationType };
}

export class DocumentError extends Error {}

/**
 * Reads a document to register: parsed up to the token limit, exactly one operation, valid against the schema
 * with the same rules (and query limits) as a request. Throws a DocumentError saying what is wrong.
 */
export function readDocument(
  text: string,
  schema: GraphQLSchema,
  rules: readonly ValidationRule[],
  maxTokens: number,
): DocumentFacts {
  let document: DocumentNode;
  try {
    document = parse(text, { maxTokens, noLocation: false });
  } catch (error) {
    const message = error instanceof GraphQLError ? error.message : "onleesbaar";
    throw new DocumentError(`Het document kan niet worden gelezen: ${message}`);
  }
  const operation = singleOperation(document);
  const errors = validate(schema, document, rules);
  if (errors.length > 0) throw new DocumentError(`Het document is niet geldig: ${errors[0]!.message}`);
  return {
    canonicalSha256: sha256Hex(canonicalText(document)),
    operationName: operation.name,
    operationType: operation.type,
  };
}

/** The sha256 of a text's canonical form, or undefined when it cannot be parsed (within `maxTokens`). */
export function canonicalSha256(text: string, maxTokens: number): string | undefined {
  try {
    return sha256Hex(canonicalText(parse(text, { maxTokens, noLocation: true })));
  } catch {
    return undefined;
  }
}
