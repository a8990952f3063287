import { useApolloClient } from "@apollo/client/react";
import { useState } from "react";
import { generalErrorMessages } from "../../errors";
import type { PortfolioFilter } from "../../generated/graphql";
import { base64ToBytes, downloadBytes } from "../plan/download";
import type { Order } from "./filters";
import { PortfolioCsvDocument } from "../../generated/graphql";

/** "Exporteren (CSV)": the list as filtered and ordered, as a file; busy while it is made, errors in words. */
export function usePortfolioExport(filter: PortfolioFilter, orderBy: Order) {
  const client = useApolloClient();
  const [exporting, setExporting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const exportCsv = async () => {
    if (exporting) return;
    setExporting(true);
    setError(null);
    try {
      const result = await client.query({
        query: PortfolioCsvDocument,
        variables: { filter, orderBy },
        fetchPolicy: "no-cache",
      });
      const file = result.data?.portfolioCsv;
      if (!file) throw result.error ?? new Error("Geen bestand ontvangen.");
      downloadBytes(base64ToBytes(file.contentBase64), file.fileName, file.mediaType);
    } catch (err) {
      setError(err);
    } finally {
      setExporting(false);
    }
  };
  return { exporting, errors: generalErrorMessages(error), exportCsv };
}
