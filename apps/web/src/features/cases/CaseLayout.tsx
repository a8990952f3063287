import { Heading, Paragraph, PreHeading } from "@utrecht/component-library-react";
import { useQuery } from "@apollo/client/react";
import { Suspense } from "react";
import { Outlet, useMatch, useParams } from "react-router";
import { ErrorAlert } from "../../components/ErrorAlert";
import { RetryErrorAlert } from "../../components/RetryErrorAlert";
import { Loading } from "../../components/Loading";
import { RouterLink } from "../../components/RouterLink";
import { usePageTitle } from "../../components/usePageTitle";
import { NOT_FOUND_MESSAGE, generalErrorMessages, hasErrorCode, readErrorMessages } from "../../errors";
import { useLiveRefetch } from "../../live/useLiveEvents";
import { useViewerCan } from "../../viewer";
import { AcuteSafetyBanner } from "../inventory/AcuteSafetyBanner";
import { StandaloneProcessingLog } from "../processing-log/StandaloneProcessingLog";
import type { CaseContext } from "./caseContext";
import { CaseNav } from "./CaseNav";
import { CaseDetailDocument, LiveCaseEventsDocument } from "../../generated/graphql";
import { reloadWith } from "../../reload";

/**
 * A case: breadcrumb, reference and title, acute unsafety on top, the secondary navigation, and the sub-page
 * (Overzicht, Beeld, Analyse, Plan, Acties, Evaluaties, Dossier, Toestemmingen, Verwerkingslog). A privacy
 * officer (REVIEW_PROCESSING) does not see case content: for them the processing log of a case opens on its
 * own, without asking for the case. Everything shown follows the case live (`caseEvents`).
 */
export function CaseLayout() {
  const { id = "" } = useParams();
  const onLogRoute = useMatch("/casussen/:id/verwerkingslog") !== null;
  const reviewer = useViewerCan("REVIEW_PROCESSING");
  const standaloneLog = onLogRoute && reviewer;

  // `errorPolicy: "all"`: a team member's role outside the viewer's reach is null with CONSENT_REQUIRED (the
  // team shows it as not shared); the rest of the case comes along.
  const { data, error, loading, refetch } = useQuery(CaseDetailDocument, {
    variables: { id },
    fetchPolicy: "cache-and-network",
    errorPolicy: "all",
    skip: standaloneLog,
  });
  const caseData = data?.case ?? null;
  // Live: what happens in the case (another partner adds an action, changes the phase …) reloads what the
  // case page shows — the layout and whichever section is open — without reload. Once the case has loaded.
  useLiveRefetch(LiveCaseEventsDocument, {
    variables: { caseId: id },
    skip: standaloneLog || caseData === null,
    seqOf: (event) => event.caseEvents.seq,
  });
  const notFound =
    !standaloneLog &&
    (hasErrorCode(error, "NOT_FOUND") || (!loading && !error && data !== undefined && data.case === null));

  if (standaloneLog) return <StandaloneProcessingLog caseId={id} />;

  const reload = reloadWith(refetch);

  if (notFound) return <CaseNotFound />;
  if (!caseData) return <CaseUnavailable error={error} onRetry={() => void reload()} />;

  const context: CaseContext = { caseData, reload };

  return (
    <article className="rh-case" aria-labelledby="case-heading">
      <nav aria-label="Kruimelpad" className="rh-breadcrumb">
        <RouterLink to="/">Casussen</RouterLink>
        <span aria-hidden="true"> › </span>
        <span aria-current="page">{caseData.title}</span>
      </nav>
      <hgroup className="rh-case__title">
        <PreHeading>{caseData.reference}</PreHeading>
        <Heading level={1} id="case-heading">
          {caseData.title}
        </Heading>
      </hgroup>

      <AcuteSafetyBanner caseId={caseData.id} />

      <CaseNav caseData={caseData} />

      {error ? <ErrorAlert messages={readErrorMessages(error)} /> : null}

      <Suspense fallback={<Loading />}>
        <Outlet context={context} />
      </Suspense>
    </article>
  );
}

// The sub-pages set the page title once the case is there; these states set their own.

function CaseNotFound() {
  usePageTitle("Casus niet gevonden");
  return (
    <>
      <Heading level={1}>Casus niet gevonden</Heading>
      <Paragraph>{NOT_FOUND_MESSAGE}</Paragraph>
      <Paragraph>
        <RouterLink to="/">Terug naar Casussen</RouterLink>
      </Paragraph>
    </>
  );
}

function CaseUnavailable({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  usePageTitle("Casus");
  return error ? (
    <>
      <Heading level={1}>Casus</Heading>
      <RetryErrorAlert messages={generalErrorMessages(error)} onRetry={onRetry} />
    </>
  ) : (
    <Loading />
  );
}
