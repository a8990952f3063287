import { Button, Heading, Paragraph, PreHeading } from "@utrecht/component-library-react";
import { NetworkStatus } from "@apollo/client";
import { useQuery } from "@apollo/client/react";
import { useRef, useState } from "react";
import { RetryErrorAlert } from "../../components/RetryErrorAlert";
import { Loading } from "../../components/Loading";
import { extractFieldErrors, generalErrorMessages, messagesFor } from "../../errors";
import { LogFilter } from "./LogFilter";
import { LogLines } from "./LogLines";
import { EMPTY_LOG_FILTER, isEmptyFilter, toLogSearch, type LogFilterValues } from "./logSearch";
import { ProcessingLogLinesDocument } from "../../generated/graphql";
import { reloadWith } from "../../reload";

const PAGE_SIZE = 50;

export const LOG_HEADING = "Verwerkingslog — wie heeft dit dossier ingezien";

export interface ProcessingLogProps {
  /** One case's log; without it, a search across every case the viewer supervises. */
  caseId?: string;
  /** The case's persons, when the viewer may see them; otherwise the search is by name or pseudonym. */
  persons: readonly { id: string; fullName: string }[] | null;
  /** 1 on its own page (privacy officer), 2 under the case or on the workplace. */
  headingLevel: 1 | 2;
  heading?: string;
  /** Case reference above the heading, when known. */
  reference?: string | null;
}

const FILTER_FIELDS: Record<keyof LogFilterValues, string> = {
  operation: "search.operations",
  organisationId: "search.organisationId",
  personId: "search.personId",
  person: "search.person",
  purpose: "search.processingActivityId",
  from: "search.from",
  to: "search.to",
};

/** The processing log as lines (one per request), newest first, with a search and "Meer laden". */
export function ProcessingLog({
  caseId,
  persons,
  headingLevel,
  heading = LOG_HEADING,
  reference,
}: ProcessingLogProps) {
  const [applied, setApplied] = useState<LogFilterValues>(EMPTY_LOG_FILTER);
  const { data, error, networkStatus, fetchMore, refetch } = useQuery(ProcessingLogLinesDocument, {
    variables: { search: toLogSearch(applied, caseId), first: PAGE_SIZE },
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: true,
  });
  const log = data?.processingLogLines;
  const lines = log?.edges.map((e) => e.node) ?? [];
  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  const fieldErrors = extractFieldErrors(error);
  const errors = Object.fromEntries(
    Object.entries(FILTER_FIELDS).map(([key, path]) => [key, messagesFor(fieldErrors, path)]),
  );
  const general = Object.keys(fieldErrors).length > 0 ? [] : generalErrorMessages(error);

  // Without the case's persons: every person the log has named so far (so the choice stays while filtering).
  const seen = useRef(new Map<string, { id: string; fullName: string }>());
  if (caseId && !persons) for (const line of lines) for (const p of line.subjects) seen.current.set(p.id, p);
  const personOptions = caseId
    ? (persons ?? [...seen.current.values()].sort((a, b) => a.fullName.localeCompare(b.fullName, "nl")))
    : null;

  const loadMore = () => {
    const after = log?.pageInfo.endCursor;
    if (!after || loadingMore) return;
    void fetchMore({ variables: { after } }).catch(() => undefined);
  };

  const title = (
    <Heading level={headingLevel} id="log-heading">
      {heading}
    </Heading>
  );
  const nothing = isEmptyFilter(applied)
    ? caseId
      ? "Dit verwerkingslog heeft nog geen regels."
      : "De verwerkingslogs van de casussen waarop u toezicht houdt, hebben nog geen regels."
    : "Geen regels gevonden met deze zoekopdracht.";

  return (
    <section aria-labelledby="log-heading" className={headingLevel === 2 ? "rh-section" : undefined}>
      {reference ? (
        <hgroup className="rh-case__title">
          <PreHeading>{reference}</PreHeading>
          {title}
        </hgroup>
      ) : (
        title
      )}
      <Paragraph>
        Elke keer dat iemand persoonsgegevens {caseId ? "in deze casus" : "in een casus"} inziet, vastlegt,
        wijzigt of exporteert, komt dat in het log — ook het bekijken van het log zelf. Eén regel is één
        handeling van één persoon, met alle gezinsleden en gegevens die daarbij horen. Het log kan niet worden
        gewijzigd.
      </Paragraph>
      <LogFilter applied={applied} onApply={setApplied} persons={personOptions} errors={errors} />
      <RetryErrorAlert messages={general} onRetry={reloadWith(refetch)} />
      <p className="rh-result-count" role="status" aria-live="polite">
        {log
          ? lines.length === 0
            ? nothing
            : `${lines.length === 1 ? "1 regel" : `${lines.length} regels`} getoond`
          : ""}
      </p>
      {!log && !error ? <Loading /> : null}
      {lines.length > 0 ? <LogLines lines={lines} showCase={!caseId} /> : null}
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
