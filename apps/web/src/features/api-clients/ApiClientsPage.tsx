import { Alert, Button, Heading, Paragraph } from "@utrecht/component-library-react";
import { useQuery } from "@apollo/client/react";
import { useRef, useState } from "react";
import { RetryErrorAlert } from "../../components/RetryErrorAlert";
import { Loading } from "../../components/Loading";
import { RouterLink } from "../../components/RouterLink";
import { usePageTitle } from "../../components/usePageTitle";
import { canManageApiClients, useViewer } from "../../viewer";
import { ClientCard } from "./ClientCard";
import { clientErrorMessages } from "./errors";
import { clientHeadingId } from "./labels";
import type { ApiClientRow } from "./types";
import { RegisterClientForm } from "./RegisterClientForm";
import type { RotatedSecret } from "./RotateSecret";
import { SecretPanel } from "./SecretPanel";
import type { Revealed } from "./SecretPanel";
import "./api-clients.css";
import { ApiClientsDocument } from "../../generated/graphql";
import { focusLater } from "../../components/forms";

/** "Koppelingen": the partner systems (API clients) of the ADMIN's organisation — an ADMIN's home page. */
export function ApiClientsPage() {
  const viewer = useViewer();
  if (!canManageApiClients(viewer)) return <NoAccess />;
  return <ApiClients organisationName={viewer?.organisation.name ?? "uw organisatie"} />;
}

function NoAccess() {
  usePageTitle("Geen toegang");
  return (
    <>
      <Heading level={1}>Geen toegang</Heading>
      <Alert type="info" className="rh-alert">
        <Paragraph>
          U heeft geen toegang tot Koppelingen. Alleen een functioneel beheerder van een organisatie
          registreert en beheert de systemen (API-clients) die namens de organisatie met Regiehub werken.
        </Paragraph>
      </Alert>
      <Paragraph>
        <RouterLink to="/">Terug naar de startpagina</RouterLink>
      </Paragraph>
    </>
  );
}

function ApiClients({ organisationName }: { organisationName: string }) {
  usePageTitle("Koppelingen");
  const registerButtonRef = useRef<HTMLButtonElement>(null);
  const [registering, setRegistering] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  // The secret the hub gave once: only here, in this page's state.
  const [revealed, setRevealed] = useState<Revealed | null>(null);
  const { data, error, refetch } = useQuery(ApiClientsDocument, { fetchPolicy: "cache-and-network" });
  const clients = data?.apiClients;
  const active = clients?.filter((c) => !c.revokedAt).length ?? 0;

  const reload = () =>
    refetch().then(
      () => undefined,
      () => undefined,
    );

  const registered = async (client: ApiClientRow, secret: string | null) => {
    setRegistering(false);
    setNotice(null);
    setRevealed({ kind: "registered", clientId: client.id, clientName: client.name, secret });
    await reload();
  };

  const rotated = async ({ client, secret, previousSecretsExpireAt }: RotatedSecret) => {
    setNotice(null);
    setRevealed({
      kind: "rotated",
      clientId: client.id,
      clientName: client.name,
      secret,
      previousSecretsExpireAt,
    });
    await reload();
  };

  const revoked = async (client: ApiClientRow) => {
    if (revealed?.clientId === client.id) setRevealed(null);
    setNotice(`De koppeling ‘${client.name}’ is ingetrokken. Het systeem krijgt geen tokens meer.`);
    await reload();
    focusLater(clientHeadingId(client));
  };

  const closeSecret = () => {
    const id = revealed?.clientId;
    setRevealed(null);
    if (id) focusLater(clientHeadingId({ id }));
  };

  const closeRegister = () => {
    setRegistering(false);
    window.setTimeout(() => registerButtonRef.current?.focus(), 0);
  };

  return (
    <>
      <div className="rh-page-title">
        <Heading level={1}>Koppelingen</Heading>
        <Button
          ref={registerButtonRef}
          appearance={registering ? "secondary-action-button" : "primary-action-button"}
          aria-expanded={registering}
          aria-controls={registering ? "register-client" : undefined}
          onClick={() => {
            setNotice(null);
            if (registering) {
              setRegistering(false);
              return;
            }
            setRegistering(true);
            focusLater("register-client-name");
          }}
        >
          Nieuwe koppeling registreren
        </Button>
      </div>
      <Paragraph appearance="lead">
        Systemen van {organisationName}, zoals een eigen registratiesysteem, die via de API met Regiehub
        werken. Een systeem werkt namens uw organisatie, onder dezelfde toestemmingen als een professional van
        uw organisatie, en alleen met de rechten die u het hier geeft. Alles wat het doet staat in het
        verwerkingslog.
      </Paragraph>

      <div role="status" className="rh-api-clients__status">
        {notice ? (
          <Alert type="ok" role="presentation" className="rh-alert">
            <Paragraph>{notice}</Paragraph>
          </Alert>
        ) : null}
      </div>

      {revealed ? <SecretPanel revealed={revealed} onClose={closeSecret} /> : null}

      {registering ? (
        <section id="register-client" aria-labelledby="register-client-heading" className="rh-subsection">
          <Heading level={2} id="register-client-heading">
            Nieuwe koppeling registreren
          </Heading>
          <RegisterClientForm onRegistered={registered} onCancel={closeRegister} />
        </section>
      ) : null}

      <section aria-labelledby="api-clients-heading" className="rh-section">
        <Heading level={2} id="api-clients-heading">
          Koppelingen van {organisationName}
        </Heading>
        <RetryErrorAlert messages={clientErrorMessages(error)} onRetry={() => void reload()} />
        <p className="rh-result-count" role="status" aria-live="polite">
          {clients
            ? `${clients.length === 1 ? "1 koppeling" : `${clients.length} koppelingen`}, waarvan ${active} actief`
            : ""}
        </p>
        {!clients && !error ? <Loading /> : null}
        {clients && clients.length === 0 ? (
          <Paragraph>Uw organisatie heeft nog geen koppelingen.</Paragraph>
        ) : null}
        {clients && clients.length > 0 ? (
          <ul className="rh-grant-list">
            {clients.map((client) => (
              <li key={client.id}>
                <ClientCard client={client} onRotated={rotated} onRevoked={revoked} />
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </>
  );
}
