import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Paragraph,
  StatusBadge,
} from "@utrecht/component-library-react";
import type { ReactNode } from "react";
import { formatDateTime, isoDateTime } from "../../labels";
import { AUTH_METHOD_LABELS, clientHeadingId, clientStatus, scopeLabel, secretValidity } from "./labels";
import type { ApiClientRow } from "./operations";
import { RevokeClient } from "./RevokeClient";
import { RotateSecret } from "./RotateSecret";
import type { RotatedSecret } from "./RotateSecret";

export interface ClientCardProps {
  client: ApiClientRow;
  onRotated: (rotated: RotatedSecret) => Promise<void>;
  onRevoked: (client: ApiClientRow) => Promise<void>;
}

/**
 * One partner system: its client id, scopes, address ranges, how it signs in, who registered it and when, its
 * secrets with their validity, and its status; while it is in use, "Geheim vernieuwen" and "Intrekken".
 */
export function ClientCard({ client, onRotated, onRevoked }: ClientCardProps) {
  const status = clientStatus(client);
  const revoked = status.state === "REVOKED";
  const headingId = clientHeadingId(client);
  const rows: [string, ReactNode][] = [
    [
      "Client-id",
      <code key="id" className="rh-api-client__code">
        {client.id}
      </code>,
    ],
    [
      "Rechten",
      <ul key="scopes" className="rh-api-client__list">
        {client.scopes.map((scope) => {
          const { label, description } = scopeLabel(scope);
          return (
            <li key={scope}>
              <strong>{label}</strong> <code className="rh-api-client__code">{scope}</code>
              {description ? (
                <span className="rh-choices__hint rh-api-client__hint">{description}</span>
              ) : null}
            </li>
          );
        })}
      </ul>,
    ],
    [
      "Adresbereiken",
      client.allowedCidrs.length > 0 ? (
        <ul key="cidrs" className="rh-api-client__list">
          {client.allowedCidrs.map((cidr) => (
            <li key={cidr}>
              <code className="rh-api-client__code">{cidr}</code>
            </li>
          ))}
        </ul>
      ) : (
        <span className="rh-muted">Elk adres (geen beperking)</span>
      ),
    ],
    ["Aanmelden met", AUTH_METHOD_LABELS[client.authMethod]],
  ];
  if (client.authMethod === "PRIVATE_KEY_JWT") {
    rows.push([
      "Sleutels (kid)",
      client.keyIds.map((kid, i) => (
        <span key={kid}>
          {i > 0 ? ", " : null}
          <code className="rh-api-client__code">{kid}</code>
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
    rows.push([
      "Geheimen",
      client.secrets.length > 0 ? (
        <ul key="secrets" className="rh-api-client__list" aria-label={`Geheimen van ${client.name}`}>
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
      ) : (
        <span className="rh-muted">Geen</span>
      ),
    ]);
  }

  return (
    <article
      className={`rh-grant rh-api-client ${revoked ? "rh-grant--withdrawn" : ""}`}
      aria-labelledby={headingId}
    >
      <div className="rh-grant__head">
        <Heading level={3} id={headingId} tabIndex={-1}>
          {client.name}
        </Heading>
        <StatusBadge
          status={revoked ? "danger" : "safe"}
          className={`rh-badge rh-grant-status ${revoked ? "rh-grant-status--withdrawn" : "rh-grant-status--active"}`}
        >
          {status.label}
        </StatusBadge>
      </div>
      {status.detail ? <Paragraph className="rh-grant__status-detail">{status.detail}</Paragraph> : null}
      <DataList className="rh-data-list">
        {rows.map(([key, value]) => (
          <DataListItem key={key} className="rh-data-list__item">
            <DataListKey>{key}</DataListKey>
            <DataListValue>{value}</DataListValue>
          </DataListItem>
        ))}
      </DataList>
      {revoked ? null : (
        <div className="rh-api-client__controls">
          {client.authMethod === "CLIENT_SECRET" ? (
            <RotateSecret client={client} onRotated={onRotated} />
          ) : null}
          <RevokeClient client={client} onRevoked={onRevoked} />
        </div>
      )}
    </article>
  );
}
