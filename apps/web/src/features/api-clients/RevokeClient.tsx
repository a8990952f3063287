import { Button, ButtonGroup, Heading, Paragraph } from "@utrecht/component-library-react";
import { useMutation } from "@apollo/client/react";
import { useEffect, useRef, useState } from "react";
import { CancelButton } from "../../components/CancelButton";
import { ErrorAlert } from "../../components/ErrorAlert";
import { ClientStep } from "./ClientStep";
import type { ClientStepProps } from "./ClientStep";
import { clientErrorMessages } from "./errors";
import type { ApiClientRow } from "./types";
import { RevokeApiClientDocument } from "../../generated/graphql";

export interface RevokeClientProps {
  client: ApiClientRow;
  onRevoked: (client: ApiClientRow) => Promise<void>;
}

/** "Intrekken", with a confirmation step: the system gets no tokens from then on, and its tokens stop at once. */
export function RevokeClient({ client, onRevoked }: RevokeClientProps) {
  return (
    <ClientStep client={client} action="revoke" label="Intrekken" danger onDone={onRevoked}>
      {(step) => <RevokeConfirmation {...step} />}
    </ClientStep>
  );
}

function RevokeConfirmation({ client, onDone, onCancel }: ClientStepProps<ApiClientRow>) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [error, setError] = useState<unknown>(null);
  const [revoke, { loading }] = useMutation(RevokeApiClientDocument);
  const prefix = `revoke-${client.id}`;

  // The question is read first when the confirmation opens.
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const confirm = async () => {
    if (loading) return;
    setError(null);
    try {
      const result = await revoke({ variables: { id: client.id } });
      const revoked = result.data?.revokeApiClient;
      if (!revoked) throw new Error("Geen antwoord van Regiehub.");
      await onDone(revoked);
    } catch (err) {
      setError(err);
      headingRef.current?.focus();
    }
  };

  return (
    <section className="rh-grant__panel rh-api-client__panel" aria-labelledby={`${prefix}-heading`}>
      <Heading level={4} id={`${prefix}-heading`} ref={headingRef} tabIndex={-1}>
        Koppeling ‘{client.name}’ intrekken?
      </Heading>
      <ErrorAlert messages={clientErrorMessages(error)} heading="De koppeling is niet ingetrokken." />
      <Paragraph>
        Het systeem krijgt direct geen tokens meer; tokens die het al heeft en open verbindingen stoppen
        meteen. Intrekken kan niet ongedaan worden gemaakt: wilt u het systeem later weer laten werken,
        registreer dan een nieuwe koppeling.
      </Paragraph>
      <ButtonGroup>
        <Button
          appearance="primary-action-button"
          hint="danger"
          busy={loading}
          onClick={() => void confirm()}
        >
          Ja, intrekken
        </Button>
        <CancelButton onCancel={onCancel} />
      </ButtonGroup>
    </section>
  );
}
