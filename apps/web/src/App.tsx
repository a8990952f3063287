import { Button, Heading, Paragraph } from "@utrecht/component-library-react";
import { useQuery } from "@apollo/client/react";
import { useMemo } from "react";
import { Route, Routes } from "react-router";
import { useToken } from "./auth";
import { AppShell } from "./components/AppShell";
import { ErrorAlert } from "./components/ErrorAlert";
import { Loading } from "./components/Loading";
import { RouterLink } from "./components/RouterLink";
import { usePageTitle } from "./components/usePageTitle";
import { generalErrorMessages } from "./errors";
import { CaseListPage } from "./features/cases/CaseListPage";
import { CasePage } from "./features/cases/CasePage";
import { OpenCasePage } from "./features/cases/OpenCasePage";
import { SignInPage } from "./features/sign-in/SignInPage";
import { ME_QUERY, ViewerContext, toViewer } from "./viewer";

/** Without a token every route shows the sign-in page; with one, the app. */
export function App() {
  const token = useToken();
  return token ? <SignedInApp key={token} /> : <SignInPage />;
}

function SignedInApp() {
  const { data, error, refetch } = useQuery(ME_QUERY, { fetchPolicy: "network-only" });
  const viewer = useMemo(() => (data ? toViewer(data) : null), [data]);

  if (!viewer) {
    return (
      <AppShell>
        {error ? (
          <>
            <Heading level={1}>Regiehub</Heading>
            <ErrorAlert messages={generalErrorMessages(error)}>
              <Button
                appearance="secondary-action-button"
                onClick={() => void refetch().catch(() => undefined)}
              >
                Opnieuw proberen
              </Button>
            </ErrorAlert>
          </>
        ) : (
          <Loading />
        )}
      </AppShell>
    );
  }

  return (
    <ViewerContext.Provider value={viewer}>
      <AppShell viewer={viewer}>
        <Routes>
          <Route path="/" element={<CaseListPage />} />
          <Route path="/casussen/nieuw" element={<OpenCasePage />} />
          <Route path="/casussen/:id" element={<CasePage />} />
          <Route path="*" element={<PageNotFound />} />
        </Routes>
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
