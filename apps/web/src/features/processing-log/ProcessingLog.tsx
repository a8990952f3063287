import { Button, Heading, Paragraph, PreHeading } from "@utrecht/component-library-react";
import { NetworkStatus } from "@apollo/client";
import { useQuery } from "@apollo/client/react";
import { useRef, useState } from "react";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";
import { generalErrorMessages } from "../../errors";
import { EMPTY_LOG_FILTER, LogFilter, toProcessingLogFilter } from "./LogFilter";
import type { LogFilterValues } from "./LogFilter";
import { LogTable } from "./LogTable";
import { PROCESSING_LOG_QUERY } from "./operations";

const PAGE_SIZE = 50;

export const LOG_HEADING = "Verwerkingslog — wie heeft dit dossier ingezien";

export interface ProcessingLogProps {
  caseId: string;
  /** The case's persons, when the viewer may see them; otherwise the persons met in the log are offered. */
  persons: readonly { id: string; fullName: string }[] | null;
  /** 1 on its own page (privacy officer), 2 under the case. */
  headingLevel: 1 | 2;
  /** Case reference above the heading, when known. */
  reference?: string | null;
}

/** The processing log of one case (READ_LOG, or REVIEW_PROCESSING), newest first, with filters. */
export function ProcessingLog({ caseId, persons, headingLevel, reference }: ProcessingLogProps) {
  const [applied, setApplied] = useState<LogFilterValues>(EMPTY_LOG_FILTER);
  const { data, error, networkStatus, fetchMore, refetch } = useQuery(PROCESSING_LOG_QUERY, {
    variables: { caseId, filter: toProcessingLogFilter(applied), first: PAGE_SIZE },
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: true,
  });
  const log = data?.processingLog;
  const entries = log?.edges.map((e) => e.node) ?? [];
  const loadingMore = networkStatus === NetworkStatus.fetchMore;

  // Without the case's persons: every person the log has named so far (so the choice stays while filtering).
  const seen = useRef(new Map<string, { id: string; fullName: string }>());
  if (!persons) for (const entry of entries) for (const p of entry.subjects) seen.current.set(p.id, p);
  const personOptions =
    persons ?? [...seen.current.values()].sort((a, b) => a.fullName.localeCompare(b.fullName, "nl"));

  const loadMore = () => {
    const after = log?.pageInfo.endCursor;
    if (!after || loadingMore) return;
    void fetchMore({ variables: { after } }).catch(() => undefined);
  };

  const heading = (
    <Heading level={headingLevel} id="log-heading">
      {LOG_HEADING}
    </Heading>
  );

  return (
    <section aria-labelledby="log-heading" className={headingLevel === 2 ? "rh-section" : undefined}>
      {reference ? (
        <hgroup className="rh-case__title">
          <PreHeading>{reference}</PreHeading>
          {heading}
        </hgroup>
      ) : (
        heading
      )}
      <Paragraph>
        Elke keer dat iemand persoonsgegevens in deze casus inziet, vastlegt, wijzigt of exporteert, komt dat
        in dit log — ook het bekijken van dit log zelf. Het log kan niet worden gewijzigd.
      </Paragraph>
      <LogFilter applied={applied} onApply={setApplied} persons={personOptions} />
      <ErrorAlert messages={generalErrorMessages(error)}>
        <Button appearance="secondary-action-button" onClick={() => void refetch().catch(() => undefined)}>
          Opnieuw proberen
        </Button>
      </ErrorAlert>
      <p className="rh-result-count" role="status" aria-live="polite">
        {log ? (entries.length === 0 ? "Geen regels gevonden." : `${entries.length} regels getoond`) : ""}
      </p>
      {!log && !error ? <Loading /> : null}
      {entries.length > 0 ? <LogTable entries={entries} /> : null}
      {log?.pageInfo.hasNextPage ? (
        <div className="rh-actions">
          <Button appearance="secondary-action-button" onClick={loadMore} busy={loadingMore}>
            Meer laden
          </Button>
        </div>
      ) : null}
    </section>
  );
}
