import { useQuery } from "@apollo/client/react";
import type { TypedDocumentNode } from "@apollo/client";
import { usePageTitle } from "../../components/usePageTitle";
import { useCaseContext } from "../cases/caseContext";
import { reloadWith } from "../../reload";

/** A page of the case (Beeld, Analyse): its title, whether the viewer may record, and its query of the case. */
export function useInventoryPage<TData>(
  title: string,
  query: TypedDocumentNode<TData, { id: string | number }>,
) {
  const { caseData } = useCaseContext();
  usePageTitle(`${title} – ${caseData.title}`);
  const { data, error, refetch } = useQuery(query, {
    variables: { id: caseData.id },
    fetchPolicy: "cache-and-network",
  });
  const retry = reloadWith(refetch);
  return { caseData, canRecord: caseData.viewerCan.includes("RECORD_ITEM"), data, error, retry };
}
