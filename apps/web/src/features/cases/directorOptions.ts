import { useQuery } from "@apollo/client/react";
import type { SelectFieldOption } from "../../components/SelectField";
import { ProfessionalsDocument } from "../../generated/graphql";

/** A director role a case has: the casusregisseur directs daily, the procesregisseur the process. */
export type DirectorRole = "CASUSREGISSEUR" | "PROCESREGISSEUR";

/** The professionals with a director role, as options "Name (Organisation)"; without `exclude` (the current one). */
export function useDirectorOptions(
  role: DirectorRole,
  { skip = false, exclude }: { skip?: boolean; exclude?: string } = {},
) {
  const query = useQuery(ProfessionalsDocument, { variables: { role }, skip });
  const options: SelectFieldOption[] = (query.data?.professionals ?? [])
    .filter((p) => p.id !== exclude)
    .map((p) => ({ value: p.id, label: `${p.name} (${p.organisation.name})` }));
  return { options, loading: query.loading, error: query.error };
}
