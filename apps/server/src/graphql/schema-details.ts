import { BREAK, GraphQLError, visit, type DocumentNode } from "graphql";

// The schema is described only to signed-in actors, on both transports: introspection (`__schema`, `__type`;
// `__typename` is harmless) is refused without a sign-in, and graphql-js's "Did you mean …?" suggestions,
// which name fields, types and enum values, are taken out of the errors an anonymous caller gets.

/** Whether a document asks for the schema (introspection). */
export function asksForSchema(document: DocumentNode): boolean {
  let asks = false;
  visit(document, {
    Field(node) {
      if (node.name.value === "__schema" || node.name.value === "__type") {
        asks = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return asks;
}

export function introspectionRefused(): GraphQLError {
  return new GraphQLError("Sign in to query the schema", {
    extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
  });
}

/** Removes "Did you mean …?" from validation errors, in place (as Apollo's own DisableSuggestions does). */
export function withoutSuggestions<E extends { message: string }>(errors: readonly E[] | undefined): void {
  errors?.forEach((error) => {
    error.message = error.message.replace(/ ?Did you mean(.+?)\?$/, "");
  });
}
