import { Button, Heading, Paragraph } from "@utrecht/component-library-react";
import { NetworkStatus } from "@apollo/client";
import { useQuery } from "@apollo/client/react";
import { useEffect, useState } from "react";
import { Loading } from "../../components/Loading";
import { NoticeAlert } from "../../components/NoticeAlert";
import { RetryErrorAlert } from "../../components/RetryErrorAlert";
import { usePageTitle } from "../../components/usePageTitle";
import { generalErrorMessages } from "../../errors";
import { countItems } from "../../labels";
import { useCaseContext } from "../cases/caseContext";
import { DossierFilter } from "./DossierFilter";
import { DossierRecordButtons } from "./DossierRecordButtons";
import { focusItem, useDossierNotice } from "./navigation";
import { RedactedLine } from "./RedactedLine";
import { TimelineDays } from "./TimelineDays";
import { TIMELINE_VIEW_LABELS, timelineKinds } from "./timeline";
import { useDossierFilter } from "./useDossierFilter";
import "./dossier.css";
import { DossierRedactedDocument, DossierTimelineDocument } from "../../generated/graphql";

const PAGE_SIZE = 50;
/** Stubs listed under the collapsed line (the count is of all). */
const STUBS_SHOWN = 20;

/**
 * "Dossier": the items the viewer may see, newest first and grouped by day — dossier content by default, plan
 * bookkeeping on request — with a search and filters; what lies outside the viewer's consent follows as one
 * collapsed line.
 */
export function DossierPage() {
  const { caseData } = useCaseContext();
  usePageTitle(`Dossier – ${caseData.title}`);
  const arrivedWith = useDossierNotice();
  const [notice, setNotice] = useState<string | null>(arrivedWith?.notice ?? null);
  const [value, change] = useDossierFilter();

  const kinds = timelineKinds(value.view, value.kind);
  const common = {
    domains: value.domain ? [value.domain] : null,
    kinds,
    authorOrganisations: value.organisation ? [value.organisation] : null,
  };
  const { data, error, networkStatus, fetchMore, refetch } = useQuery(DossierTimelineDocument, {
    variables: {
      caseId: caseData.id,
      filter: { ...common, persons: value.person ? [value.person] : null, search: value.search || null },
      first: PAGE_SIZE,
    },
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: true,
  });
  // A search or a person filter looks at content: no stub ever matches them, so the line is not asked for.
  const onContent = Boolean(value.search || value.person);
  const redacted = useQuery(DossierRedactedDocument, {
    variables: { caseId: caseData.id, filter: { ...common, redacted: true }, first: STUBS_SHOWN },
    fetchPolicy: "cache-and-network",
    skip: onContent,
  });

  const timeline = data?.case?.timeline;
  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  const messages = generalErrorMessages(error);

  // After recording, put focus on the new item once the timeline shows it.
  const focusItemId = arrivedWith?.focusItemId;
  const hasFocusItem = timeline?.edges.some((e) => e.node.id === focusItemId) ?? false;
  useEffect(() => {
    if (focusItemId && hasFocusItem) focusItem(focusItemId);
  }, [focusItemId, hasFocusItem]);

  const reload = async () => {
    await Promise.all([refetch(), onContent ? null : redacted.refetch()]).catch(() => undefined);
  };
  const loadMore = () => {
    const after = timeline?.pageInfo.endCursor;
    if (!after || loadingMore) return;
    void fetchMore({ variables: { after } }).catch(() => undefined);
  };
  const organisations = [...new Map(caseData.team.map((m) => [m.organisation.id, m.organisation])).values()];
  const filtered = Boolean(value.domain || value.kind || value.person || value.organisation || value.search);
  const stubs = redacted.data?.case?.timeline;

  return (
    <section aria-labelledby="dossier-heading" className="rh-section rh-dossier">
      <div className="rh-page-title rh-page-title--section">
        <Heading level={2} id="dossier-heading">
          Dossier
        </Heading>
        <DossierRecordButtons caseData={caseData} />
      </div>

      <NoticeAlert message={notice} />

      <DossierFilter
        key={value.search}
        value={value}
        persons={caseData.persons}
        organisations={organisations}
        onChange={change}
      />

      <RetryErrorAlert messages={messages} onRetry={() => void reload()} />

      <p className="rh-result-count" role="status" aria-live="polite">
        {timeline
          ? `${countItems(timeline.totalCount)} · ${TIMELINE_VIEW_LABELS[value.view]}${value.search ? ` · zoekterm ‘${value.search}’` : ""}`
          : ""}
      </p>

      {!timeline && messages.length === 0 ? <Loading /> : null}

      {timeline && timeline.edges.length === 0 ? (
        <Paragraph>
          {filtered ? "Geen items gevonden met deze zoekterm of dit filter." : "Hier zijn nog geen items."}
        </Paragraph>
      ) : null}

      {timeline && timeline.edges.length > 0 ? (
        <TimelineDays
          items={timeline.edges.map((e) => e.node)}
          persons={caseData.persons}
          onReload={reload}
        />
      ) : null}

      {timeline?.pageInfo.hasNextPage ? (
        <div className="rh-actions">
          <Button appearance="secondary-action-button" onClick={loadMore} busy={loadingMore}>
            Meer laden
          </Button>
          <span className="rh-muted">{timeline.edges.length} getoond</span>
        </div>
      ) : null}

      {stubs && !onContent ? (
        <RedactedLine
          key={`${value.view}|${value.domain}|${value.kind}|${value.organisation}`}
          caseId={caseData.id}
          count={stubs.totalCount}
          stubs={stubs.edges.map((e) => e.node)}
          canBreakGlassCase={caseData.viewerCan.includes("BREAK_GLASS")}
          onOpened={async (message) => {
            setNotice(message);
            await reload();
          }}
        />
      ) : null}
    </section>
  );
}
