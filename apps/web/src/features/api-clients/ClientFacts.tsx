import { DataRows } from "../../components/DataRows";
import type { DataRowEntry } from "../../components/DataRows";
import { formatDateTime, isoDateTime } from "../../labels";
import { AUTH_METHOD_LABELS, scopeLabel, secretValidity } from "./labels";
import type { ApiClientRow } from "./types";

/** Client id, rights, address ranges, how it signs in (and its keys), who registered it, and its secrets. */
export function ClientFacts({ client, revoked }: { client: ApiClientRow; revoked: boolean }) {
  const rows: DataRowEntry[] = [
    ["Client-id", <Code key="id">{client.id}</Code>],
    ["Rechten", <ScopeList key="scopes" scopes={client.scopes} />],
    ["Adresbereiken", <AddressList key="cidrs" cidrs={client.allowedCidrs} />],
    ["Aanmelden met", AUTH_METHOD_LABELS[client.authMethod]],
  ];
  if (client.authMethod === "PRIVATE_KEY_JWT") {
    rows.push([
      "Sleutels (kid)",
      client.keyIds.map((kid, i) => (
        <span key={kid}>
          {i > 0 ? ", " : null}
          <Code>{kid}</Code>
        </span>
      )),
    ]);
  }
  rows.push([
    "Geregistreerd",
    <>
      op <time dateTime={isoDateTime(client.createdAt)}>{formatDateTime(client.createdAt)}</time>
      {client.createdBy ? ` door ${client.createdBy.name}` : ""}
    </>,
  ]);
  if (client.authMethod === "CLIENT_SECRET") {
    rows.push(["Geheimen", <SecretList key="secrets" client={client} revoked={revoked} />]);
  }
  return <DataRows rows={rows} />;
}

function Code({ children }: { children: string }) {
  return <code className="rh-api-client__code">{children}</code>;
}

function ScopeList({ scopes }: { scopes: readonly string[] }) {
  return (
    <ul className="rh-api-client__list">
      {scopes.map((scope) => {
        const { label, description } = scopeLabel(scope);
        return (
          <li key={scope}>
            <strong>{label}</strong> <Code>{scope}</Code>
            {description ? <span className="rh-choices__hint rh-api-client__hint">{description}</span> : null}
          </li>
        );
      })}
    </ul>
  );
}

function AddressList({ cidrs }: { cidrs: readonly string[] }) {
  if (cidrs.length === 0) return <span className="rh-muted">Elk adres (geen beperking)</span>;
  return (
    <ul className="rh-api-client__list">
      {cidrs.map((cidr) => (
        <li key={cidr}>
          <Code>{cidr}</Code>
        </li>
      ))}
    </ul>
  );
}

function SecretList({ client, revoked }: { client: ApiClientRow; revoked: boolean }) {
  if (client.secrets.length === 0) return <span className="rh-muted">Geen</span>;
  return (
    <ul className="rh-api-client__list" aria-label={`Geheimen van ${client.name}`}>
      {client.secrets.map((secret) => {
        const validity = secretValidity(secret, revoked);
        return (
          <li
            key={secret.id}
            className={`rh-api-client__secret rh-api-client__secret--${validity.state.toLowerCase()}`}
          >
            Gemaakt op{" "}
            <time dateTime={isoDateTime(secret.createdAt)}>{formatDateTime(secret.createdAt)}</time>:{" "}
            {validity.text}
          </li>
        );
      })}
    </ul>
  );
}
