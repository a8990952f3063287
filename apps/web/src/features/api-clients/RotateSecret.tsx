import { Heading } from "@utrecht/component-library-react";
import { useMutation } from "@apollo/client/react";
import { useEffect, useState } from "react";
import { ConfirmStep } from "../../components/ConfirmStep";
import { MutationFormView, TextField, useMutationForm } from "../../components/forms";
import type { DateTimeValue } from "../../labels";
import { asFormError } from "./errors";
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
  return (
    <ConfirmStep
      buttonId={`rotate-${client.id}-button`}
      label="Geheim vernieuwen"
      describedBy={clientHeadingId(client)}
    >
      {(close) => (
        <RotateSecretForm
          client={client}
          onCancel={() => close()}
          onRotated={async (rotated) => {
            close(null);
            await onRotated(rotated);
          }}
        />
      )}
    </ConfirmStep>
  );
}

function RotateSecretForm({ client, onRotated, onCancel }: RotateSecretProps & { onCancel: () => void }) {
  const [overlap, setOverlap] = useState(String(DEFAULT_OVERLAP_MINUTES));
  // The answer carries the new secret: it must never be kept in the Apollo cache.
  const [rotate] = useMutation(ROTATE_API_CLIENT_SECRET_MUTATION, { fetchPolicy: "no-cache" });
  const form = useMutationForm({ fields: ["overlapMinutes"], failure: "Er is geen nieuw geheim gemaakt." });
  const prefix = `rotate-${client.id}`;

  // The button gives way to the form: focus goes to its field.
  useEffect(() => {
    document.getElementById(`${prefix}-overlap`)?.focus();
  }, [prefix]);

  const run = async () => {
    const parsed = parseOverlapMinutes(overlap);
    if ("error" in parsed) {
      form.invalidate("overlapMinutes", parsed.error);
      return false;
    }
    const result = await rotate({ variables: { id: client.id, overlapMinutes: parsed.minutes } }).catch(
      (err: unknown) => {
        throw asFormError(err);
      },
    );
    const payload = result.data?.rotateApiClientSecret;
    if (!payload) throw new Error("Geen antwoord van Regiehub.");
    await onRotated({
      client: payload.client,
      secret: payload.clientSecret,
      previousSecretsExpireAt: payload.previousSecretsExpireAt,
    });
  };

  return (
    <div className="rh-grant__panel rh-api-client__panel">
      <Heading level={4} id={`${prefix}-heading`}>
        Geheim vernieuwen
      </Heading>
      <MutationFormView
        form={form}
        onSubmit={run}
        labelledBy={`${prefix}-heading`}
        submitLabel="Nieuw geheim maken"
        onCancel={onCancel}
      >
        <TextField
          form={form}
          name="overlapMinutes"
          id={`${prefix}-overlap`}
          label="Overlap in minuten"
          description={`Zo lang blijft het huidige geheim geldig naast het nieuwe, zodat het systeem zonder onderbreking kan overstappen. Standaard ${DEFAULT_OVERLAP_MINUTES}; 0: het huidige geheim stopt meteen; hoogstens ${MAX_OVERLAP_MINUTES.toLocaleString("nl-NL")} (7 dagen).`}
          inputMode="numeric"
          required
          autoComplete="off"
          value={overlap}
          onChange={setOverlap}
        />
      </MutationFormView>
    </div>
  );
}
