import { Button, Heading, Paragraph } from "@utrecht/component-library-react";
import { useQuery } from "@apollo/client/react";
import { useSearchParams } from "react-router";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";
import { LoadMore } from "../../components/LoadMore";
import { RetryErrorAlert } from "../../components/RetryErrorAlert";
import { useLoadMore } from "../../components/useLoadMore";
import { usePageTitle } from "../../components/usePageTitle";
import { generalErrorMessages } from "../../errors";
import { usePortfolioLiveRefetch } from "../../live/useLiveEvents";
import { casesText } from "./charts";
import { isFiltered, portfolioFilter, readView, withParam } from "./filters";
import { PhaseChart } from "./PhaseChart";
import { PortfolioCharts } from "./PortfolioCharts";
import { PortfolioFilters } from "./PortfolioFilters";
import { PortfolioTable } from "./PortfolioTable";
import { usePortfolioExport } from "./usePortfolioExport";
import { PortfolioDocument, PortfolioSummaryDocument } from "../../generated/graphql";
import { reloadWith } from "../../reload";

const PAGE_SIZE = 50;

/**
 * "Portefeuille": the procesregisseur's cases, most urgent first, each with the reasons for its place — process
 * information only (counts, dates, phases), never dossier content. Filters and order live in the URL; the list
 * follows case-level changes live (`portfolioEvents`).
 */
export function PortfolioPage() {
  usePageTitle("Portefeuille");
  const [searchParams, setSearchParams] = useSearchParams();
  const view = readView(searchParams);
  const filter = portfolioFilter(view);
  const { orderBy } = view;
  const exporter = usePortfolioExport(filter, orderBy);
  const list = useQuery(PortfolioDocument, {
    variables: { filter, orderBy, first: PAGE_SIZE },
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: true,
  });
  const { data, error, refetch } = list;
  const connection = data?.portfolio;
  const { loadingMore, loadMore } = useLoadMore(list, connection?.pageInfo.endCursor);
  const summary = useQuery(PortfolioSummaryDocument, { fetchPolicy: "cache-and-network" }).data
    ?.portfolioSummary;
  usePortfolioLiveRefetch(Boolean(connection));

  return (
    <>
      <div className="rh-page-title">
        <Heading level={1}>Portefeuille</Heading>
        <Button
          appearance="secondary-action-button"
          onClick={() => void exporter.exportCsv()}
          busy={exporter.exporting}
        >
          Exporteren (CSV)
        </Button>
      </div>
      <ErrorAlert messages={exporter.errors} heading="De export is niet gelukt." />
      <Paragraph>
        De casussen waarvan u de regie voert, de meest urgente bovenaan. Per casus staat waarom hij daar
        staat; u ziet alleen procesinformatie (aantallen, data, fasen), geen inhoud uit het dossier.
      </Paragraph>
      <PortfolioFilters
        view={view}
        setParam={(key, value) => setSearchParams(withParam(searchParams, key, value))}
      />
      <RetryErrorAlert messages={generalErrorMessages(error)} onRetry={reloadWith(refetch)} />
      <p className="rh-result-count" role="status" aria-live="polite">
        {connection ? casesText(connection.totalCount) : ""}
      </p>
      {!connection && !error ? <Loading /> : null}
      {connection && connection.edges.length === 0 ? (
        <Paragraph>
          {isFiltered(view)
            ? "Geen casussen die aan deze filters voldoen."
            : "U voert nog geen regie over casussen."}
        </Paragraph>
      ) : null}
      {connection && connection.edges.length > 0 ? (
        <PortfolioTable items={connection.edges.map((edge) => edge.node)} />
      ) : null}
      <LoadMore connection={connection} loading={loadingMore} onLoadMore={loadMore} />
      {summary && summary.total > 0 ? (
        <>
          <PhaseChart summary={summary} />
          <PortfolioCharts />
        </>
      ) : null}
    </>
  );
}
