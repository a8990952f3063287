import { Alert, Button, Heading, Paragraph, Textbox } from "@utrecht/component-library-react";
import { useEffect, useId, useRef, useState } from "react";
import type { ReactNode } from "react";
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
  const [copied, setCopied] = useState<string>("");

  // Shown after registering or renewing: focus goes to the panel, so it is read first.
  useEffect(() => {
    headingRef.current?.focus();
    setCopied("");
  }, [revealed]);

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
      <CopyableValue
        label="Client-id (client_id)"
        what="De client-id"
        value={revealed.clientId}
        onCopied={setCopied}
      >
        Client-id kopiëren
      </CopyableValue>
      {revealed.secret ? (
        <CopyableValue
          label="Geheim (client_secret)"
          what="Het geheim"
          value={revealed.secret}
          onCopied={setCopied}
          primary
        >
          Geheim kopiëren
        </CopyableValue>
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

interface CopyableValueProps {
  label: string;
  /** What is copied, as the status says it ("Het geheim"). */
  what: string;
  value: string;
  /** The status after copying: copied, or (when the clipboard refused) selected to copy by hand. */
  onCopied: (status: string) => void;
  /** The main thing to copy (a primary button). */
  primary?: boolean;
  /** The button's text. */
  children: ReactNode;
}

/** A read-only value in monospace (selected on focus) with a button that copies it. */
function CopyableValue({ label, what, value, onCopied, primary = false, children }: CopyableValueProps) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      onCopied(`${what} is gekopieerd naar het klembord.`);
    } catch {
      inputRef.current?.focus();
      inputRef.current?.select();
      onCopied(`Kopiëren lukte niet. ${what} is geselecteerd: kopieer het met Ctrl+C (of Cmd+C).`);
    }
  };
  return (
    <div className="rh-api-client-secret__value">
      <Field id={id} label={label}>
        {(control) => (
          <Textbox
            {...control}
            ref={inputRef}
            readOnly
            spellCheck={false}
            autoComplete="off"
            className="rh-api-client__mono"
            value={value}
            onFocus={(e) => e.currentTarget.select()}
          />
        )}
      </Field>
      <Button
        appearance={primary ? "primary-action-button" : "secondary-action-button"}
        onClick={() => void copy()}
      >
        {children}
      </Button>
    </div>
  );
}
