import { Alert, Heading, Paragraph } from "@utrecht/component-library-react";
import { useQuery } from "@apollo/client/react";
import { AppShell } from "../../components/AppShell";
import { RetryErrorAlert } from "../../components/RetryErrorAlert";
import { Loading } from "../../components/Loading";
import { usePageTitle } from "../../components/usePageTitle";
import { generalErrorMessages } from "../../errors";
import { DevSignInPicker } from "./DevSignInPicker";
import { AuthConfigDocument } from "../../generated/graphql";
import { reloadWith } from "../../reload";

/** Shown whenever there is no (valid) token, on any route. */
export function SignInPage() {
  usePageTitle("Aanmelden");
  const { data, loading, error, refetch } = useQuery(AuthConfigDocument, { fetchPolicy: "network-only" });

  return (
    <AppShell>
      <Heading level={1}>Aanmelden</Heading>
      {loading && !data ? <Loading /> : null}
      <RetryErrorAlert messages={generalErrorMessages(error)} onRetry={reloadWith(refetch)} />
      {data?.authConfig.mode === "DEV" ? <DevSignInPicker /> : null}
      {data?.authConfig.mode === "OIDC" ? <OidcSignIn issuer={data.authConfig.issuer} /> : null}
    </AppShell>
  );
}

function OidcSignIn({ issuer }: { issuer: string | null }) {
  return (
    <Alert type="info">
      <Paragraph>
        U meldt zich aan via de identity provider van uw organisatie. Open Regiehub via de link of het portaal
        van uw organisatie; daarna komt u vanzelf hier terug.
      </Paragraph>
      {issuer ? <Paragraph>Identity provider: {issuer}</Paragraph> : null}
    </Alert>
  );
}
