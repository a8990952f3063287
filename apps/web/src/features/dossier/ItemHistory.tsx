import { Heading, Paragraph } from "@utrecht/component-library-react";
import { useQuery } from "@apollo/client/react";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";
import { generalErrorMessages } from "../../errors";
import { formatDateTime, isoDateTime } from "../../labels";
import { prettyJson } from "../inzage/download";
import { DossierItemHistoryDocument } from "../../generated/graphql";

/** "Eerdere versies" (READ_HISTORY): the superseded versions of an item, newest first. Reading is logged. */
export function ItemHistory({ itemId }: { itemId: string }) {
  const { data, error, loading } = useQuery(DossierItemHistoryDocument, {
    variables: { id: itemId },
    fetchPolicy: "network-only",
  });
  const versions = [...(data?.dossierItemHistory ?? [])].sort((a, b) => b.version - a.version);
  const headingId = `history-${itemId}-heading`;

  return (
    <section aria-labelledby={headingId}>
      <Heading level={4} id={headingId}>
        Eerdere versies
      </Heading>
      <ErrorAlert
        messages={generalErrorMessages(error)}
        heading="De eerdere versies konden niet worden geladen."
      />
      {loading && !data ? <Loading /> : null}
      {data && versions.length === 0 ? <Paragraph>Dit item is nog niet gecorrigeerd.</Paragraph> : null}
      {versions.length > 0 ? (
        <ol className="rh-history">
          {versions.map((v) => (
            <li key={v.version} className="rh-history__version">
              <Paragraph>
                <strong>Versie {v.version}</strong>, vervangen op{" "}
                <time dateTime={isoDateTime(v.supersededAt)}>{formatDateTime(v.supersededAt)}</time> door{" "}
                {v.supersededBy.name} <span className="rh-muted">({v.supersededBy.organisation.name})</span>
              </Paragraph>
              <Paragraph>
                <strong>Reden:</strong> {v.reason || <span className="rh-muted">niet opgegeven</span>}
              </Paragraph>
              <pre className="rh-snapshot">{prettyJson(v.snapshot)}</pre>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
