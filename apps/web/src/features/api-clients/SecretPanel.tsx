import { Alert, Button, Heading, Paragraph, Textbox } from "@utrecht/component-library-react";
import { useEffect, useRef, useState } from "react";
import { Field } from "../../components/Field";
import type { DateTimeValue } from "../../labels";
import { previousSecretsText } from "./labels";

/** What the hub answered once: a registered client (its secret, if any) or a client's new secret. */
export type Revealed =
  | { kind: "registered"; clientId: string; clientName: string; secret: string | null }
  | {
      kind: "rotated";
      clientId: string;
      clientName: string;
      secret: string;
      previousSecretsExpireAt: DateTimeValue;
    };

export const SECRET_PANEL_HEADING_ID = "revealed-secret-heading";

export interface SecretPanelProps {
  revealed: Revealed;
  /** "Ik heb het geheim bewaard": the panel closes, and the secret is gone from the page for good. */
  onClose: () => void;
}

/**
 * The client id and the secret, shown once in a marked panel with copy buttons. The secret lives only in the
 * page's state (never in the Apollo cache, never in storage): leaving the page or reloading it ends it.
 */
export function SecretPanel({ revealed, onClose }: SecretPanelProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const secretRef = useRef<HTMLInputElement>(null);
  const idRef = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<string>("");

  // Shown after registering or renewing: focus goes to the panel, so it is read first.
  useEffect(() => {
    headingRef.current?.focus();
    setCopied("");
  }, [revealed]);

  const copy = async (text: string, what: string, input: HTMLInputElement | null) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(`${what} is gekopieerd naar het klembord.`);
    } catch {
      input?.focus();
      input?.select();
      setCopied(`Kopiëren lukte niet. ${what} is geselecteerd: kopieer het met Ctrl+C (of Cmd+C).`);
    }
  };

  const heading =
    revealed.kind === "registered"
      ? `Koppeling ‘${revealed.clientName}’ geregistreerd`
      : `Nieuw geheim voor ‘${revealed.clientName}’`;

  return (
    <section aria-labelledby={SECRET_PANEL_HEADING_ID} className="rh-subsection rh-api-client-secret">
      <Heading level={2} id={SECRET_PANEL_HEADING_ID} ref={headingRef} tabIndex={-1}>
        {heading}
      </Heading>
      {revealed.secret ? (
        <Alert type="warning" className="rh-alert">
          <Paragraph className="rh-alert__heading">
            Kopieer het geheim nu: het wordt niet opnieuw getoond.
          </Paragraph>
          <Paragraph>
            Regiehub bewaart alleen een onomkeerbare afdruk van het geheim. Zet het meteen in het systeem of
            in een wachtwoordkluis. Kwijt? Maak dan een nieuw geheim.
          </Paragraph>
        </Alert>
      ) : (
        <Paragraph>
          Het systeem meldt zich aan met een door zichzelf ondertekend token (private_key_jwt); er is geen
          geheim. Geef het systeem de client-id.
        </Paragraph>
      )}
      <div className="rh-api-client-secret__value">
        <Field id="revealed-client-id" label="Client-id (client_id)">
          {(control) => (
            <Textbox
              {...control}
              ref={idRef}
              readOnly
              spellCheck={false}
              autoComplete="off"
              className="rh-api-client__mono"
              value={revealed.clientId}
              onFocus={(e) => e.currentTarget.select()}
            />
          )}
        </Field>
        <Button
          appearance="secondary-action-button"
          onClick={() => void copy(revealed.clientId, "De client-id", idRef.current)}
        >
          Client-id kopiëren
        </Button>
      </div>
      {revealed.secret ? (
        <div className="rh-api-client-secret__value">
          <Field id="revealed-secret" label="Geheim (client_secret)">
            {(control) => (
              <Textbox
                {...control}
                ref={secretRef}
                readOnly
                spellCheck={false}
                autoComplete="off"
                className="rh-api-client__mono"
                value={revealed.secret ?? ""}
                onFocus={(e) => e.currentTarget.select()}
              />
            )}
          </Field>
          <Button
            appearance="primary-action-button"
            onClick={() => void copy(revealed.secret ?? "", "Het geheim", secretRef.current)}
          >
            Geheim kopiëren
          </Button>
        </div>
      ) : null}
      <p role="status" className="rh-api-client-secret__status">
        {copied}
      </p>
      {revealed.kind === "rotated" ? (
        <Paragraph>{previousSecretsText(revealed.previousSecretsExpireAt)}</Paragraph>
      ) : null}
      <Button appearance="secondary-action-button" onClick={onClose}>
        {revealed.secret ? "Ik heb het geheim bewaard" : "Sluiten"}
      </Button>
    </section>
  );
}
