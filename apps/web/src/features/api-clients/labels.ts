import { API_SCOPE_NAMES, SECRET_ROTATION_OVERLAP, isApiScope } from "@regiehub/domain";
import type { ApiScope } from "@regiehub/domain";
import type { ApiClientAuthMethod } from "../../generated/graphql";
import { formatDateTime, toDate } from "../../labels";
import type { DateTimeValue } from "../../labels";
import type { ApiClientRow, ApiClientSecretRow } from "./types";

// Dutch words for partner systems (API clients) and the pure rules of their page: what a scope lets a
// system do, the state of a client and of each of its secrets, and the address ranges typed one per line.

export interface ScopeLabel {
  /** Short Dutch name, e.g. "Casussen lezen". */
  label: string;
  /** What the scope lets a system do (the Dutch version of `API_SCOPES` in packages/domain). */
  description: string;
}

/**
 * Every scope of `API_SCOPES` (packages/domain/src/api-scopes.ts) in Dutch: a new scope there fails the
 * typecheck until it has a label here.
 */
export const SCOPE_LABELS: Record<ApiScope, ScopeLabel> = {
  "cases:read": {
    label: "Casussen lezen",
    description:
      "De casussen die uw organisatie mag zien opvragen en lezen: samenvatting, gezinsleden en team.",
  },
  "dossier:read": {
    label: "Dossier lezen",
    description:
      "De inhoud van dossieritems lezen, binnen de toestemming en grondslag die uw organisatie heeft.",
  },
  "dossier:write": {
    label: "Dossier aanvullen",
    description: "Dossieritems vastleggen en de eigen items van het systeem corrigeren.",
  },
  "plan:write": {
    label: "Werken aan het gezinsplan",
    description:
      "Acties toevoegen aan de doelen van het gezinsplan, resultaten vastleggen en de status van de acties van uw organisatie wijzigen.",
  },
  "events:subscribe": {
    label: "Wijzigingen live volgen",
    description:
      "Live meekijken met gebeurtenissen in de casussen en acties die uw organisatie mag zien (abonnementen).",
  },
  "references:manage": {
    label: "Eigen kenmerken beheren",
    description:
      "Eigen kenmerken van uw organisatie koppelen aan personen in casussen die zij mag zien, en casussen daarop vinden.",
  },
};

/** The scopes in the order of the contract, to choose from. */
export const SCOPES: readonly ApiScope[] = API_SCOPE_NAMES;

/** A scope's Dutch name and description; a name the web app does not know yet is shown as it is. */
export function scopeLabel(scope: string): ScopeLabel {
  return isApiScope(scope) ? SCOPE_LABELS[scope] : { label: scope, description: "" };
}

/** The id of a client card's heading (focus goes there after a change; controls are described by it). */
export function clientHeadingId(client: Pick<ApiClientRow, "id">): string {
  return `api-client-${client.id}-heading`;
}

export const AUTH_METHOD_LABELS: Record<ApiClientAuthMethod, string> = {
  CLIENT_SECRET: "Geheim (client_secret_basic of client_secret_post)",
  PRIVATE_KEY_JWT: "Eigen sleutel (private_key_jwt)",
};

export const DEFAULT_OVERLAP_MINUTES: number = SECRET_ROTATION_OVERLAP.defaultMinutes;
export const MAX_OVERLAP_MINUTES: number = SECRET_ROTATION_OVERLAP.maxMinutes;

export type ClientState = "ACTIVE" | "REVOKED";

export interface ClientStatus {
  state: ClientState;
  label: string;
  /** "Ingetrokken op 5 januari 2026 om 09:15 door Thijs van Dam". */
  detail: string | null;
}

/** Actief / Ingetrokken (when, by whom). */
export function clientStatus(client: Pick<ApiClientRow, "revokedAt" | "revokedBy">): ClientStatus {
  if (!client.revokedAt) return { state: "ACTIVE", label: "Actief", detail: null };
  const by = client.revokedBy ? ` door ${client.revokedBy.name}` : "";
  return {
    state: "REVOKED",
    label: "Ingetrokken",
    detail: `Ingetrokken op ${formatDateTime(client.revokedAt)}${by}. Het systeem krijgt geen tokens meer.`,
  };
}

export type SecretState = "ACTIVE" | "ENDING" | "EXPIRED" | "REVOKED";

export interface SecretValidity {
  state: SecretState;
  /** "Actief", "Actief, verloopt op …", "Verlopen op …", "Ingetrokken met de koppeling". */
  text: string;
}

/** How long one secret is valid, as the page shows it. `clientRevoked`: the whole client is revoked. */
export function secretValidity(
  secret: Pick<ApiClientSecretRow, "active" | "expiresAt">,
  clientRevoked: boolean,
): SecretValidity {
  if (secret.active) {
    return secret.expiresAt
      ? { state: "ENDING", text: `Actief, verloopt op ${formatDateTime(secret.expiresAt)}` }
      : { state: "ACTIVE", text: "Actief" };
  }
  if (clientRevoked) return { state: "REVOKED", text: "Ingetrokken met de koppeling" };
  return secret.expiresAt
    ? { state: "EXPIRED", text: `Verlopen op ${formatDateTime(secret.expiresAt)}` }
    : { state: "EXPIRED", text: "Niet meer geldig" };
}

/** What happens to the secrets a client had, after a rotation that ends them at `expireAt`. */
export function previousSecretsText(expireAt: DateTimeValue, now: Date = new Date()): string {
  const end = toDate(expireAt);
  if (!end || end.getTime() <= now.getTime()) return "Het vorige geheim is vanaf nu niet meer geldig.";
  return `Het vorige geheim blijft geldig tot ${formatDateTime(end)}. Zet het nieuwe geheim vóór die tijd in het systeem.`;
}

export interface AddressLines {
  /** The non-empty lines, trimmed: what is sent as `allowedCidrs`. */
  values: string[];
  /** The line number (1-based) of each value, to point at the line the server refused. */
  lineOf: number[];
}

/** Address ranges typed one per line (empty lines ignored). */
export function parseAddressLines(text: string): AddressLines {
  const values: string[] = [];
  const lineOf: number[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const value = line.trim();
    if (!value) return;
    values.push(value);
    lineOf.push(index + 1);
  });
  return { values, lineOf };
}

/**
 * The overlap typed in minutes: a whole number from 0 to 7 days, or a Dutch message. Checked here so the
 * field says what is wrong; the server checks it again.
 */
export function parseOverlapMinutes(text: string): { minutes: number } | { error: string } {
  const value = text.trim();
  if (!/^\d+$/.test(value)) return { error: "Vul een heel aantal minuten in (0 of meer)." };
  const minutes = Number(value);
  if (minutes > MAX_OVERLAP_MINUTES) {
    return { error: `Maximaal ${MAX_OVERLAP_MINUTES.toLocaleString("nl-NL")} minuten (7 dagen).` };
  }
  return { minutes };
}
