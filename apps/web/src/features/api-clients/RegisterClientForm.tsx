import { useMutation } from "@apollo/client/react";
import type { ApiScope } from "@regiehub/domain";
import { useState } from "react";
import { MutationFormView, TextField, useMutationForm } from "../../components/forms";
import { CodeTextareaField } from "./CodeTextareaField";
import { asFormError } from "./errors";
import { parseAddressLines } from "./labels";
import { REGISTER_API_CLIENT_MUTATION } from "./operations";
import type { ApiClientRow } from "./operations";
import { ScopeChoices } from "./ScopeChoices";

export interface RegisterClientFormProps {
  /** Registered: the client and its secret (null for private_key_jwt), shown once by the page. */
  onRegistered: (client: ApiClientRow, secret: string | null) => Promise<void>;
  onCancel: () => void;
}

/** "Koppeling registreren": name, scopes, optional address ranges (one per line) and optional public keys. */
export function RegisterClientForm({ onRegistered, onCancel }: RegisterClientFormProps) {
  const [name, setName] = useState("");
  const [scopes, setScopes] = useState<ApiScope[]>([]);
  const [addresses, setAddresses] = useState("");
  const [jwks, setJwks] = useState("");
  // The answer carries the secret: it must never be kept in the Apollo cache.
  const [register] = useMutation(REGISTER_API_CLIENT_MUTATION, { fetchPolicy: "no-cache" });
  const form = useMutationForm({
    fields: ["name", "scopes", "allowedCidrs", "jwks"],
    failure: "De koppeling is niet geregistreerd.",
  });

  const run = async () => {
    if (!name.trim()) form.invalidate("name", "Vul de naam van het systeem in.");
    if (scopes.length === 0) form.invalidate("scopes", "Kies minstens één recht.");
    if (!name.trim() || scopes.length === 0) return false;
    const lines = parseAddressLines(addresses);
    const input = { name: name.trim(), scopes, allowedCidrs: lines.values, jwks: jwks.trim() || null };
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
      <TextField
        form={form}
        name="name"
        id="register-client-name"
        label="Naam van het systeem"
        description="Bijvoorbeeld ‘Zorgregistratie Jeugdbescherming’. Elke koppeling van uw organisatie heeft een eigen naam."
        required
        autoComplete="off"
        maxLength={100}
        value={name}
        onChange={setName}
      />
      <ScopeChoices
        id="register-client-scopes"
        selected={scopes}
        onChange={setScopes}
        errors={form.errorsFor("scopes")}
      />
      <CodeTextareaField
        form={form}
        name="allowedCidrs"
        id="register-client-addresses"
        label="Toegestane adresbereiken (niet verplicht)"
        description="Eén adresbereik (CIDR) per regel, bijvoorbeeld 192.0.2.0/24 of 2001:db8::/32; hoogstens 20. Leeg: het systeem mag zich vanaf elk adres aanmelden."
        rows={3}
        value={addresses}
        onChange={setAddresses}
      />
      <CodeTextareaField
        form={form}
        name="jwks"
        id="register-client-jwks"
        label="Publieke sleutels (JWKS, niet verplicht)"
        description='Alleen als het systeem zich aanmeldt met een eigen sleutel (private_key_jwt): zijn publieke sleutels als JSON Web Key Set, {"keys": [...]}, elk met een kid. Leeg: Regiehub maakt een geheim.'
        rows={4}
        value={jwks}
        onChange={setJwks}
      />
    </MutationFormView>
  );
}
