import { Heading, Paragraph } from "@utrecht/component-library-react";
import { useQuery } from "@apollo/client/react";
import { Suspense, useMemo } from "react";
import { Route, Routes } from "react-router";
import { useToken } from "./auth";
import { AppShell } from "./components/AppShell";
import { Loading } from "./components/Loading";
import { RetryErrorAlert } from "./components/RetryErrorAlert";
import { RouterLink } from "./components/RouterLink";
import { usePageTitle } from "./components/usePageTitle";
import { generalErrorMessages } from "./errors";
import { CaseListPage } from "./features/cases/CaseListPage";
import { NotificationsLink } from "./features/notifications/NotificationsLink";
import { SignInPage } from "./features/sign-in/SignInPage";
import {
  ActionsPage,
  ApiClientsPage,
  AnalysePage,
  BeeldPage,
  BreakGlassReviewPage,
  CaseLayout,
  CaseOverview,
  CaseProcessingLog,
  ConsentPage,
  DossierPage,
  EvaluationsPage,
  FamilyPlanPage,
  MeetingPage,
  MeetingsPage,
  MyActionsPage,
  MySessionsPage,
  NotificationsPage,
  OpenCasePage,
  PlanPage,
  PortfolioPage,
  PrivacyOfficerHome,
  RecordNotePage,
  RecordObservationPage,
  ReferralsPage,
} from "./pages";
import { ViewerContext, canManageApiClients, toViewer, useViewer } from "./viewer";
import { MeDocument } from "./generated/graphql";
import { reloadWith } from "./reload";

/** Without a token every route shows the sign-in page; with one, the app. */
export function App() {
  const token = useToken();
  return token ? <SignedInApp key={token} /> : <SignInPage />;
}

function SignedInApp() {
  const { data, error, refetch } = useQuery(MeDocument, { fetchPolicy: "network-only" });
  const viewer = useMemo(() => (data ? toViewer(data) : null), [data]);

  if (!viewer) {
    return (
      <AppShell>
        {error ? (
          <>
            <Heading level={1}>Regiehub</Heading>
            <RetryErrorAlert messages={generalErrorMessages(error)} onRetry={reloadWith(refetch)} />
          </>
        ) : (
          <Loading />
        )}
      </AppShell>
    );
  }

  return (
    <ViewerContext.Provider value={viewer}>
      <AppShell viewer={viewer} notificationsLink={<NotificationsLink className="rh-header__nav-link" />}>
        <Suspense fallback={<Loading />}>
          <Routes>
            <Route path="/" element={<HomePage />} />
            <Route path="/casussen" element={<CaseListPage />} />
            <Route path="/portefeuille" element={<PortfolioPage />} />
            <Route path="/casussen/nieuw" element={<OpenCasePage />} />
            <Route path="/casussen/:id" element={<CaseLayout />}>
              <Route index element={<CaseOverview />} />
              <Route path="beeld" element={<BeeldPage />} />
              <Route path="analyse" element={<AnalysePage />} />
              <Route path="plan" element={<PlanPage />} />
              <Route path="gezinsplan" element={<FamilyPlanPage />} />
              <Route path="acties" element={<ActionsPage />} />
              <Route path="evaluaties" element={<EvaluationsPage />} />
              <Route path="overleg" element={<MeetingsPage />} />
              <Route path="overleg/:meetingId" element={<MeetingPage />} />
              <Route path="verwijzingen" element={<ReferralsPage />} />
              <Route path="dossier" element={<DossierPage />} />
              <Route path="dossier/observatie-vastleggen" element={<RecordObservationPage />} />
              <Route path="dossier/gespreksverslag-vastleggen" element={<RecordNotePage />} />
              <Route path="toestemmingen" element={<ConsentPage />} />
              <Route path="verwerkingslog" element={<CaseProcessingLog />} />
            </Route>
            <Route path="/acties" element={<MyActionsPage />} />
            <Route path="/tafels" element={<MySessionsPage />} />
            <Route path="/meldingen" element={<NotificationsPage />} />
            <Route path="/noodtoegang" element={<BreakGlassReviewPage />} />
            <Route path="/toezicht" element={<PrivacyOfficerHome />} />
            <Route path="/koppelingen" element={<ApiClientsPage />} />
            <Route path="*" element={<PageNotFound />} />
          </Routes>
        </Suspense>
      </AppShell>
    </ViewerContext.Provider>
  );
}

function PageNotFound() {
  usePageTitle("Pagina niet gevonden");
  return (
    <>
      <Heading level={1}>Pagina niet gevonden</Heading>
      <Paragraph>Deze pagina bestaat niet (meer).</Paragraph>
      <Paragraph>
        <RouterLink to="/">Naar Casussen</RouterLink>
      </Paragraph>
    </>
  );
}

/**
 * The home page: the portfolio for a procesregisseur (regie op regie), the partner systems ("Koppelingen")
 * for an ADMIN, the supervision workplace ("Toezicht") for the privacy officer, the case list for everyone else.
 */
function HomePage() {
  const viewer = useViewer();
  if (canManageApiClients(viewer)) return <ApiClientsPage />;
  if (viewer?.can.includes("REVIEW_PROCESSING")) return <PrivacyOfficerHome />;
  return viewer?.role === "PROCESREGISSEUR" ? <PortfolioPage /> : <CaseListPage />;
}
