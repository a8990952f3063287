import { useQuery } from "@apollo/client/react";
import type { OperationVariables, TypedDocumentNode } from "@apollo/client";

/**
 * A read of the plan's pages: the cached answer at once, then the server's; the errors beside the data (a
 * part outside the viewer's consent is null with CONSENT_REQUIRED, see `contentErrors`).
 */
export function useFreshQuery<TData, TVariables extends OperationVariables>(
  query: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
) {
  return useQuery<TData, TVariables>(query, {
    variables,
    fetchPolicy: "cache-and-network",
    errorPolicy: "all",
  });
}
