import { useQuery } from "@apollo/client/react";
import type { OperationVariables, TypedDocumentNode } from "@apollo/client";
import { reloadWith } from "../../reload";

/**
 * A read of the plan's pages: the cached answer at once, then the server's; the errors beside the data (a
 * part outside the viewer's consent is null with CONSENT_REQUIRED, see `contentErrors`). `reload` reads
 * again; it never rejects, as a failure shows in `error` (where the page offers to retry).
 */
export function useFreshQuery<TData, TVariables extends OperationVariables>(
  query: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
) {
  const { data, error, refetch } = useQuery<TData, TVariables>(query, {
    variables,
    fetchPolicy: "cache-and-network",
    errorPolicy: "all",
  });
  const reload = reloadWith(refetch);
  return { data, error, reload };
}
