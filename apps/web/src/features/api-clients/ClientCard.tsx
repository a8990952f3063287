import { Heading, Paragraph, StatusBadge } from "@utrecht/component-library-react";
import { ClientFacts } from "./ClientFacts";
import { clientHeadingId, clientStatus } from "./labels";
import type { ApiClientRow } from "./types";
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
      <ClientFacts client={client} revoked={revoked} />
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
