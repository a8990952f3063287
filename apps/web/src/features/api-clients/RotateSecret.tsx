import { useMutation } from "@apollo/client/react";
import { useEffect } from "react";
import { TextField, useMutationForm } from "../../components/forms";
import { HeadedMutationForm } from "../../components/HeadedMutationForm";
import { useFormValues } from "../../components/useFormValues";
import type { DateTimeValue } from "../../labels";
import { ClientStep } from "./ClientStep";
import type { ClientStepProps } from "./ClientStep";
import { asFormError } from "./errors";
import { DEFAULT_OVERLAP_MINUTES, MAX_OVERLAP_MINUTES, parseOverlapMinutes } from "./labels";
import type { ApiClientRow } from "./types";
import { RotateApiClientSecretDocument } from "../../generated/graphql";

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
    <ClientStep client={client} action="rotate" label="Geheim vernieuwen" onDone={onRotated}>
      {(step) => <RotateSecretForm {...step} />}
    </ClientStep>
  );
}

function RotateSecretForm({ client, onDone, onCancel }: ClientStepProps<RotatedSecret>) {
  // The answer carries the new secret: it must never be kept in the Apollo cache.
  const [rotate] = useMutation(RotateApiClientSecretDocument, { fetchPolicy: "no-cache" });
  const form = useMutationForm({ fields: ["overlapMinutes"], failure: "Er is geen nieuw geheim gemaakt." });
  const { values, bind } = useFormValues({ overlapMinutes: String(DEFAULT_OVERLAP_MINUTES) }, form);
  const overlap = bind("overlapMinutes");

  // The button gives way to the form: focus goes to its field.
  useEffect(() => {
    document.getElementById(overlap.id)?.focus();
  }, [overlap.id]);

  const run = async () => {
    const parsed = parseOverlapMinutes(values.overlapMinutes);
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
    await onDone({
      client: payload.client,
      secret: payload.clientSecret,
      previousSecretsExpireAt: payload.previousSecretsExpireAt,
    });
  };

  return (
    <HeadedMutationForm
      level={4}
      blockClassName="rh-grant__panel rh-api-client__panel"
      headingId={`rotate-${client.id}-heading`}
      title="Geheim vernieuwen"
      form={form}
      onSubmit={run}
      submitLabel="Nieuw geheim maken"
      onCancel={onCancel}
    >
      <TextField {...overlap} label="Overlap in minuten" inputMode="numeric" required autoComplete="off">
        Zo lang blijft het huidige geheim geldig naast het nieuwe, zodat het systeem zonder onderbreking kan
        overstappen. Standaard {DEFAULT_OVERLAP_MINUTES}; 0: het huidige geheim stopt meteen; hoogstens{" "}
        {MAX_OVERLAP_MINUTES.toLocaleString("nl-NL")} (7 dagen).
      </TextField>
    </HeadedMutationForm>
  );
}
