import { Button, ButtonGroup, Heading, Textbox } from "@utrecht/component-library-react";
import { useMutation } from "@apollo/client/react";
import { useEffect, useRef, useState } from "react";
import type { FormEvent } from "react";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Field } from "../../components/Field";
import { messagesFor } from "../../errors";
import type { DateTimeValue } from "../../labels";
import { focusFirstInvalid } from "../../components/forms/focus";
import { clientErrorMessages, clientFieldErrors } from "./errors";
import { DEFAULT_OVERLAP_MINUTES, MAX_OVERLAP_MINUTES, clientHeadingId, parseOverlapMinutes } from "./labels";
import { ROTATE_API_CLIENT_SECRET_MUTATION } from "./operations";
import type { ApiClientRow } from "./operations";

/** A client's new secret, as the hub answered it once. */
export interface RotatedSecret {
  client: ApiClientRow;
  secret: string;
  previousSecretsExpireAt: DateTimeValue;
}

export interface RotateSecretProps {
  client: ApiClientRow;
  onRotated: (rotated: RotatedSecret) => Promise<void>;
}

/**
 * "Geheim vernieuwen": a new secret, shown once by the page; the current secrets stay valid for the overlap
 * (minutes, default 60), so the system can switch without an interruption.
 */
export function RotateSecret({ client, onRotated }: RotateSecretProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const [open, setOpen] = useState(false);
  const [overlap, setOverlap] = useState(String(DEFAULT_OVERLAP_MINUTES));
  const [invalid, setInvalid] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  // The answer carries the new secret: it must never be kept in the Apollo cache.
  const [rotate, { loading }] = useMutation(ROTATE_API_CLIENT_SECRET_MUTATION, { fetchPolicy: "no-cache" });
  const prefix = `rotate-${client.id}`;
  const buttonId = `${prefix}-button`;
  const errors = invalid ? [invalid] : messagesFor(clientFieldErrors(error), "overlapMinutes");

  // The button gives way to the form: focus goes to its field.
  useEffect(() => {
    if (open) document.getElementById(`${prefix}-overlap`)?.focus();
  }, [open, prefix]);

  const close = () => {
    setOpen(false);
    setError(null);
    setInvalid(null);
    setOverlap(String(DEFAULT_OVERLAP_MINUTES));
    window.setTimeout(() => document.getElementById(buttonId)?.focus(), 0);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    setError(null);
    const parsed = parseOverlapMinutes(overlap);
    if ("error" in parsed) {
      setInvalid(parsed.error);
      focusFirstInvalid(formRef.current);
      return;
    }
    setInvalid(null);
    try {
      const result = await rotate({ variables: { id: client.id, overlapMinutes: parsed.minutes } });
      const payload = result.data?.rotateApiClientSecret;
      if (!payload) throw new Error("Geen antwoord van Regiehub.");
      setOpen(false);
      setOverlap(String(DEFAULT_OVERLAP_MINUTES));
      await onRotated({
        client: payload.client,
        secret: payload.clientSecret,
        previousSecretsExpireAt: payload.previousSecretsExpireAt,
      });
    } catch (err) {
      setError(err);
      focusFirstInvalid(formRef.current);
    }
  };

  if (!open) {
    return (
      <Button
        id={buttonId}
        appearance="secondary-action-button"
        aria-expanded={false}
        aria-describedby={clientHeadingId(client)}
        onClick={() => setOpen(true)}
      >
        Geheim vernieuwen
      </Button>
    );
  }

  return (
    <div className="rh-grant__panel rh-api-client__panel">
      <Heading level={4} id={`${prefix}-heading`}>
        Geheim vernieuwen
      </Heading>
      <form
        ref={formRef}
        noValidate
        onSubmit={(e) => void submit(e)}
        aria-labelledby={`${prefix}-heading`}
        className="rh-form"
      >
        <ErrorAlert
          messages={clientErrorMessages(error, ["overlapMinutes"])}
          heading="Er is geen nieuw geheim gemaakt."
        />
        <Field
          id={`${prefix}-overlap`}
          label="Overlap in minuten"
          description={`Zo lang blijft het huidige geheim geldig naast het nieuwe, zodat het systeem zonder onderbreking kan overstappen. Standaard ${DEFAULT_OVERLAP_MINUTES}; 0: het huidige geheim stopt meteen; hoogstens ${MAX_OVERLAP_MINUTES.toLocaleString("nl-NL")} (7 dagen).`}
          errors={errors}
        >
          {(control) => (
            <Textbox
              {...control}
              name="overlapMinutes"
              inputMode="numeric"
              required
              autoComplete="off"
              value={overlap}
              onChange={(e) => setOverlap(e.target.value)}
            />
          )}
        </Field>
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={loading}>
            Nieuw geheim maken
          </Button>
          <Button appearance="secondary-action-button" onClick={close}>
            Annuleren
          </Button>
        </ButtonGroup>
      </form>
    </div>
  );
}
