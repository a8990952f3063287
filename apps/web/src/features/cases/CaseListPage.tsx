import { Heading, Paragraph } from "@utrecht/component-library-react";
import { useQuery } from "@apollo/client/react";
import { useSearchParams } from "react-router";
import { RetryErrorAlert } from "../../components/RetryErrorAlert";
import { Loading } from "../../components/Loading";
import { LoadMore } from "../../components/LoadMore";
import { useLoadMore } from "../../components/useLoadMore";
import { RouterButtonLink } from "../../components/RouterLink";
import { usePageTitle } from "../../components/usePageTitle";
import { generalErrorMessages } from "../../errors";
import { countCases, isCasePhase } from "../../labels";
import { usePortfolioLiveRefetch } from "../../live/useLiveEvents";
import { useViewerCan } from "../../viewer";
import { FindByReference } from "../partner-references/FindByReference";
import { CaseFilterForm } from "./CaseFilterForm";
import { CaseTable } from "./CaseTable";
import { CaseListDocument } from "../../generated/graphql";
import { reloadWith } from "../../reload";

// The portfolio page shows the same badge; it lives in components/.
export { EscalationBadge } from "../../components/EscalationBadge";

const PAGE_SIZE = 25;

/**
 * "Casussen": the cases the viewer may see, filtered by phase and search text kept in the URL, updated live
 * (`portfolioEvents`).
 */
export function CaseListPage() {
  usePageTitle("Casussen");
  const canOpenCase = useViewerCan("OPEN_CASE");
  const canFindByReference = useViewerCan("FIND_BY_REFERENCE");
  const [searchParams, setSearchParams] = useSearchParams();
  const search = searchParams.get("search") ?? "";
  const phaseParam = searchParams.get("phase");
  const phase = isCasePhase(phaseParam) ? phaseParam : null;

  const list = useQuery(CaseListDocument, {
    variables: {
      filter: { phases: phase ? [phase] : null, search: search.trim() || null },
      first: PAGE_SIZE,
    },
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: true,
  });
  const { data, error, refetch } = list;

  const updateFilter = (next: { search?: string; phase?: string | null }) => {
    const params = new URLSearchParams(searchParams);
    if (next.search !== undefined) {
      if (next.search.trim()) params.set("search", next.search.trim());
      else params.delete("search");
    }
    if (next.phase !== undefined) {
      if (next.phase) params.set("phase", next.phase);
      else params.delete("phase");
    }
    setSearchParams(params);
  };

  const connection = data?.cases;
  // Live: case-level changes in the viewer's cases reload the list, without reloading the page.
  usePortfolioLiveRefetch(Boolean(connection));
  const { loadingMore, loadMore } = useLoadMore(list, connection?.pageInfo.endCursor);
  const initialLoading = !connection && !error;

  return (
    <>
      <div className="rh-page-title">
        <Heading level={1}>Casussen</Heading>
        {canOpenCase ? (
          <RouterButtonLink to="/casussen/nieuw" appearance="primary-action-button">
            Nieuwe casus
          </RouterButtonLink>
        ) : null}
      </div>

      <CaseFilterForm
        search={search}
        phase={phase}
        onSearch={(value) => updateFilter({ search: value })}
        onPhase={(value) => updateFilter({ phase: value })}
      />

      {canFindByReference ? <FindByReference /> : null}

      <RetryErrorAlert messages={generalErrorMessages(error)} onRetry={reloadWith(refetch)} />

      <p className="rh-result-count" role="status" aria-live="polite">
        {connection ? countCases(connection.totalCount) : ""}
      </p>

      {initialLoading ? <Loading /> : null}

      {connection && connection.edges.length === 0 ? (
        <Paragraph>
          {search || phase
            ? "Geen casussen gevonden die aan de zoekopdracht voldoen."
            : "Er zijn nog geen casussen."}
        </Paragraph>
      ) : null}

      {connection && connection.edges.length > 0 ? (
        <CaseTable cases={connection.edges.map((edge) => edge.node)} compact />
      ) : null}

      <LoadMore connection={connection} loading={loadingMore} onLoadMore={loadMore} />
    </>
  );
}
