import { Button, ButtonGroup, Textarea, Textbox } from "@utrecht/component-library-react";
import { useMutation } from "@apollo/client/react";
import type { ApiScope } from "@regiehub/domain";
import { useRef, useState } from "react";
import type { FormEvent } from "react";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Field } from "../../components/Field";
import { messagesFor } from "../../errors";
import type { FieldErrors } from "../../errors";
import { focusFirstInvalid } from "../../components/forms/focus";
import { addressErrors, clientErrorMessages, clientFieldErrors } from "./errors";
import { parseAddressLines } from "./labels";
import { REGISTER_API_CLIENT_MUTATION } from "./operations";
import type { ApiClientRow } from "./operations";
import { ScopeChoices } from "./ScopeChoices";

const FIELDS = ["name", "scopes", "allowedCidrs", "jwks"] as const;

export interface RegisterClientFormProps {
  /** Registered: the client and its secret (null for private_key_jwt), shown once by the page. */
  onRegistered: (client: ApiClientRow, secret: string | null) => Promise<void>;
  onCancel: () => void;
}

/** "Koppeling registreren": name, scopes, optional address ranges (one per line) and optional public keys. */
export function RegisterClientForm({ onRegistered, onCancel }: RegisterClientFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const [name, setName] = useState("");
  const [scopes, setScopes] = useState<ApiScope[]>([]);
  const [addresses, setAddresses] = useState("");
  const [jwks, setJwks] = useState("");
  const [missing, setMissing] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [sentLines, setSentLines] = useState<number[]>([]);
  // The answer carries the secret: it must never be kept in the Apollo cache.
  const [register, { loading }] = useMutation(REGISTER_API_CLIENT_MUTATION, { fetchPolicy: "no-cache" });

  const fieldErrors = { ...clientFieldErrors(error), ...missing };
  const general = clientErrorMessages(error, FIELDS);

  const validate = (): FieldErrors => {
    const problems: FieldErrors = {};
    if (!name.trim()) problems["name"] = ["Vul de naam van het systeem in."];
    if (scopes.length === 0) problems["scopes"] = ["Kies minstens één recht."];
    return problems;
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    setError(null);
    const problems = validate();
    setMissing(problems);
    if (Object.keys(problems).length > 0) {
      focusFirstInvalid(formRef.current);
      return;
    }
    const lines = parseAddressLines(addresses);
    setSentLines(lines.lineOf);
    try {
      const result = await register({
        variables: {
          input: {
            name: name.trim(),
            scopes,
            allowedCidrs: lines.values,
            jwks: jwks.trim() || null,
          },
        },
      });
      const payload = result.data?.registerApiClient;
      if (!payload) throw new Error("Geen antwoord van Regiehub.");
      await onRegistered(payload.client, payload.clientSecret);
    } catch (err) {
      setError(err);
      focusFirstInvalid(formRef.current);
    }
  };

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(e) => void submit(e)}
      aria-labelledby="register-client-heading"
      className="rh-form"
    >
      <ErrorAlert messages={general} heading="De koppeling is niet geregistreerd." />
      <Field
        id="register-client-name"
        label="Naam van het systeem"
        description="Bijvoorbeeld ‘Zorgregistratie Jeugdbescherming’. Elke koppeling van uw organisatie heeft een eigen naam."
        errors={messagesFor(fieldErrors, "name")}
      >
        {(control) => (
          <Textbox
            {...control}
            name="name"
            required
            autoComplete="off"
            maxLength={100}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        )}
      </Field>
      <ScopeChoices
        id="register-client-scopes"
        selected={scopes}
        onChange={setScopes}
        errors={messagesFor(fieldErrors, "scopes")}
      />
      <Field
        id="register-client-addresses"
        label="Toegestane adresbereiken (niet verplicht)"
        description="Eén adresbereik (CIDR) per regel, bijvoorbeeld 192.0.2.0/24 of 2001:db8::/32; hoogstens 20. Leeg: het systeem mag zich vanaf elk adres aanmelden."
        errors={addressErrors(fieldErrors, sentLines)}
      >
        {(control) => (
          <Textarea
            {...control}
            name="allowedCidrs"
            rows={3}
            spellCheck={false}
            className="rh-api-client__mono"
            value={addresses}
            onChange={(e) => setAddresses(e.target.value)}
          />
        )}
      </Field>
      <Field
        id="register-client-jwks"
        label="Publieke sleutels (JWKS, niet verplicht)"
        description='Alleen als het systeem zich aanmeldt met een eigen sleutel (private_key_jwt): zijn publieke sleutels als JSON Web Key Set, {"keys": [...]}, elk met een kid. Leeg: Regiehub maakt een geheim.'
        errors={messagesFor(fieldErrors, "jwks")}
      >
        {(control) => (
          <Textarea
            {...control}
            name="jwks"
            rows={4}
            spellCheck={false}
            className="rh-api-client__mono"
            value={jwks}
            onChange={(e) => setJwks(e.target.value)}
          />
        )}
      </Field>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={loading}>
          Koppeling registreren
        </Button>
        <Button appearance="secondary-action-button" onClick={onCancel}>
          Annuleren
        </Button>
      </ButtonGroup>
    </form>
  );
}
