import { useMutation } from "@apollo/client/react";
import type { ApiScope } from "@regiehub/domain";
import { MutationFormView, TextField, useMutationForm } from "../../components/forms";
import { useFormValues } from "../../components/useFormValues";
import { CodeTextareaField } from "./CodeTextareaField";
import { asFormError } from "./errors";
import { parseAddressLines } from "./labels";
import type { ApiClientRow } from "./types";
import { ScopeChoices } from "./ScopeChoices";
import { RegisterApiClientDocument } from "../../generated/graphql";

export interface RegisterClientFormProps {
  /** Registered: the client and its secret (null for private_key_jwt), shown once by the page. */
  onRegistered: (client: ApiClientRow, secret: string | null) => Promise<void>;
  onCancel: () => void;
}

/** "Koppeling registreren": name, scopes, optional address ranges (one per line) and optional public keys. */
export function RegisterClientForm({ onRegistered, onCancel }: RegisterClientFormProps) {
  // The answer carries the secret: it must never be kept in the Apollo cache.
  const [register] = useMutation(RegisterApiClientDocument, { fetchPolicy: "no-cache" });
  const form = useMutationForm({
    fields: ["name", "scopes", "allowedCidrs", "jwks"],
    failure: "De koppeling is niet geregistreerd.",
  });
  const { values, bind, group } = useFormValues(
    { name: "", scopes: [] as ApiScope[], allowedCidrs: "", jwks: "" },
    form,
  );
  const name = values.name.trim();
  const { scopes } = values;

  const run = async () => {
    if (!name) form.invalidate("name", "Vul de naam van het systeem in.");
    if (scopes.length === 0) form.invalidate("scopes", "Kies minstens één recht.");
    if (!name || scopes.length === 0) return false;
    const lines = parseAddressLines(values.allowedCidrs);
    const input = { name, scopes, allowedCidrs: lines.values, jwks: values.jwks.trim() || null };
    const result = await register({ variables: { input } }).catch((err: unknown) => {
      throw asFormError(err, lines.lineOf);
    });
    const payload = result.data?.registerApiClient;
    if (!payload) throw new Error("Geen antwoord van Regiehub.");
    await onRegistered(payload.client, payload.clientSecret);
  };

  return (
    <MutationFormView
      form={form}
      onSubmit={run}
      labelledBy="register-client-heading"
      submitLabel="Koppeling registreren"
      onCancel={onCancel}
    >
      {/* The page puts focus here when the form opens. */}
      <TextField
        {...bind("name")}
        id="register-client-name"
        label="Naam van het systeem"
        required
        autoComplete="off"
        maxLength={100}
      >
        Bijvoorbeeld ‘Zorgregistratie Jeugdbescherming’. Elke koppeling van uw organisatie heeft een eigen
        naam.
      </TextField>
      <ScopeChoices {...group("scopes")} />
      <CodeTextareaField {...bind("allowedCidrs")} label="Toegestane adresbereiken (niet verplicht)" rows={3}>
        Eén adresbereik (CIDR) per regel, bijvoorbeeld 192.0.2.0/24 of 2001:db8::/32; hoogstens 20. Leeg: het
        systeem mag zich vanaf elk adres aanmelden.
      </CodeTextareaField>
      <CodeTextareaField {...bind("jwks")} label="Publieke sleutels (JWKS, niet verplicht)" rows={4}>
        Alleen als het systeem zich aanmeldt met een eigen sleutel (private_key_jwt): zijn publieke sleutels
        als JSON Web Key Set, {'{"keys": [...]}'}, elk met een kid. Leeg: Regiehub maakt een geheim.
      </CodeTextareaField>
    </MutationFormView>
  );
}
