import { Alert, Button, Heading, Paragraph } from "@utrecht/component-library-react";
import { NetworkStatus } from "@apollo/client";
import { useQuery } from "@apollo/client/react";
import { useEffect, useState } from "react";
import { useSearchParams } from "react-router";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";
import { RouterButtonLink } from "../../components/RouterLink";
import { usePageTitle } from "../../components/usePageTitle";
import { errorCode, generalErrorMessages, graphQLErrors } from "../../errors";
import { countItems, isDomain, isDossierItemKind } from "../../labels";
import { casePath, useCaseContext } from "../cases/caseContext";
import { DossierFilter } from "./DossierFilter";
import { ItemCard } from "./ItemCard";
import { focusItem, useDossierNotice } from "./navigation";
import { DOSSIER_TIMELINE_QUERY } from "./operations";
import { RedactedItemCard } from "./RedactedItemCard";

const PAGE_SIZE = 50;

/**
 * Errors worth showing: redacted stubs answer every content field with CONSENT_REQUIRED, which is how the
 * contract says "not for you"; the stub itself shows that.
 */
function timelineErrors(error: unknown): string[] {
  const errors = graphQLErrors(error);
  if (errors.length > 0 && errors.every((e) => errorCode(e) === "CONSENT_REQUIRED")) return [];
  return generalErrorMessages(error).filter(
    (m) => m !== "Deze gegevens vallen buiten de toestemming of grondslag die u heeft.",
  );
}

/** "Dossier": the case's observations and notes, newest first, with redacted stubs for what lies outside the grants. */
export function DossierPage() {
  const { caseData } = useCaseContext();
  usePageTitle(`Dossier – ${caseData.title}`);
  const canRecord = caseData.viewerCan.includes("RECORD_ITEM");
  const arrivedWith = useDossierNotice();
  const [notice, setNotice] = useState<string | null>(arrivedWith?.notice ?? null);

  const [searchParams, setSearchParams] = useSearchParams();
  const domainParam = searchParams.get("leefgebied");
  const kindParam = searchParams.get("soort");
  const domain = isDomain(domainParam) ? domainParam : null;
  const kind = isDossierItemKind(kindParam) ? kindParam : null;

  const { data, error, networkStatus, fetchMore, refetch } = useQuery(DOSSIER_TIMELINE_QUERY, {
    variables: {
      caseId: caseData.id,
      filter: { domains: domain ? [domain] : null, kinds: kind ? [kind] : null },
      first: PAGE_SIZE,
    },
    fetchPolicy: "cache-and-network",
    errorPolicy: "all",
    notifyOnNetworkStatusChange: true,
  });

  const timeline = data?.case?.timeline;
  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  const messages = timelineErrors(error);

  // After recording, put focus on the new item once the timeline shows it.
  const focusItemId = arrivedWith?.focusItemId;
  const hasFocusItem = timeline?.edges.some((e) => e.node.id === focusItemId) ?? false;
  useEffect(() => {
    if (focusItemId && hasFocusItem) focusItem(focusItemId);
  }, [focusItemId, hasFocusItem]);

  const setParam = (key: string, value: string | null) => {
    const params = new URLSearchParams(searchParams);
    if (value) params.set(key, value);
    else params.delete(key);
    setSearchParams(params, { replace: true });
  };

  const reload = async () => {
    await refetch().catch(() => undefined);
  };

  const loadMore = () => {
    const after = timeline?.pageInfo.endCursor;
    if (!after || loadingMore) return;
    void fetchMore({ variables: { after } }).catch(() => undefined);
  };

  return (
    <section aria-labelledby="dossier-heading" className="rh-section rh-dossier">
      <div className="rh-page-title rh-page-title--section">
        <Heading level={2} id="dossier-heading">
          Dossier
        </Heading>
        {canRecord ? (
          <div className="rh-actions rh-actions--tight">
            <RouterButtonLink
              to={casePath(caseData.id, "dossier/observatie-vastleggen")}
              appearance="primary-action-button"
            >
              Observatie vastleggen
            </RouterButtonLink>
            <RouterButtonLink
              to={casePath(caseData.id, "dossier/gespreksverslag-vastleggen")}
              appearance="secondary-action-button"
            >
              Gespreksverslag vastleggen
            </RouterButtonLink>
          </div>
        ) : null}
      </div>

      {notice ? (
        <Alert type="ok" className="rh-alert">
          <Paragraph>{notice}</Paragraph>
        </Alert>
      ) : null}

      <DossierFilter
        domain={domain}
        kind={kind}
        onDomain={(value) => setParam("leefgebied", value)}
        onKind={(value) => setParam("soort", value)}
      />

      <ErrorAlert messages={messages}>
        <Button appearance="secondary-action-button" onClick={() => void reload()}>
          Opnieuw proberen
        </Button>
      </ErrorAlert>

      <p className="rh-result-count" role="status" aria-live="polite">
        {timeline ? countItems(timeline.totalCount) : ""}
      </p>

      {!timeline && messages.length === 0 ? <Loading /> : null}

      {timeline && timeline.edges.length === 0 ? (
        <Paragraph>
          {domain || kind
            ? "Geen items gevonden met dit filter."
            : "Er zijn nog geen observaties of gespreksverslagen vastgelegd."}
        </Paragraph>
      ) : null}

      {timeline && timeline.edges.length > 0 ? (
        <ol className="rh-timeline" aria-label="Dossieritems, nieuwste eerst">
          {timeline.edges.map(({ node }) => (
            <li key={node.id} className="rh-timeline__entry">
              {node.redacted ? (
                <RedactedItemCard
                  item={node}
                  caseId={caseData.id}
                  onOpened={async (message) => {
                    setNotice(message);
                    await reload();
                    focusItem(node.id);
                  }}
                />
              ) : (
                <ItemCard item={node} persons={caseData.persons} onReload={reload} />
              )}
            </li>
          ))}
        </ol>
      ) : null}

      {timeline?.pageInfo.hasNextPage ? (
        <div className="rh-actions">
          <Button appearance="secondary-action-button" onClick={loadMore} busy={loadingMore}>
            Meer laden
          </Button>
          <span className="rh-muted">{timeline.edges.length} getoond</span>
        </div>
      ) : null}
    </section>
  );
}
