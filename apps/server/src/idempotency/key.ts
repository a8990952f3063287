import { createHash } from "node:crypto";
import type { Actor } from "@regiehub/domain";

// Safe retries (README, "Idempotency-Key"): the header of the IETF draft "The Idempotency-Key HTTP Header
// Field", read per HTTP request whose operation is a mutation. These are the pure parts: the key, whose it is,
// and the fingerprint of the request it was first used for.

/** The request header (HTTP header names are case-insensitive; Apollo's HeaderMap keeps them lower-case). */
export const IDEMPOTENCY_HEADER = "idempotency-key";
/** Set on an answer given for an earlier request with the same key (the stored answer, or what is known of it). */
export const REPLAYED_HEADER = "idempotent-replayed";
/** How long a key is kept (and honoured): 24 hours from the commit that claimed it. */
export const KEY_TTL_MS = 24 * 60 * 60 * 1000;
export const MAX_KEY_LENGTH = 255;

/** One key of one actor: the row's primary key. */
export interface KeyId {
  actorKey: string;
  key: string;
}

/**
 * Whose keys these are: `professional:<id>` today; partner-system API clients will be `client:<id>`, so keys of
 * different kinds of actor never meet.
 */
export function actorKeyOf(actor: Actor): string {
  switch (actor.kind) {
    case "professional":
      return `professional:${actor.professionalId}`;
  }
}

const PRINTABLE = /^[\x20-\x7e]+$/;

/**
 * The key in the header: the draft's form, a Structured Field string (`Idempotency-Key: "8e03…"`, RFC 8941
 * §3.3.3, with `\"` and `\\` as its only escapes), or the bare key (as many clients send it). Either way the key
 * is 1–255 printable ASCII characters (space included); anything else is refused with a message.
 */
export function parseIdempotencyKey(header: string): { key: string } | { error: string } {
  let key = header;
  if (header.startsWith('"')) {
    const unquoted = unquote(header);
    if (unquoted === undefined)
      return { error: 'Idempotency-Key is not a valid quoted string ("…", escapes \\" and \\\\ only)' };
    key = unquoted;
  }
  if (key.length === 0 || key.length > MAX_KEY_LENGTH || !PRINTABLE.test(key)) {
    return { error: `Idempotency-Key must be 1 to ${MAX_KEY_LENGTH} printable ASCII characters` };
  }
  return { key };
}

function unquote(value: string): string | undefined {
  let out = "";
  for (let i = 1; i < value.length; i++) {
    const c = value[i]!;
    if (c === "\\") {
      const next = value[i + 1];
      if (next !== '"' && next !== "\\") return undefined;
      out += next;
      i++;
    } else if (c === '"') {
      return i === value.length - 1 ? out : undefined;
    } else {
      out += c;
    }
  }
  return undefined; // no closing quote
}

/** What a request is, for comparing a retry with the first use of its key. */
export interface RequestShape {
  query?: string | undefined;
  variables?: Record<string, unknown> | undefined;
  operationName?: string | undefined;
}

/**
 * The request's fingerprint: sha256 (hex) of the canonical JSON of `{query, variables, operationName}` (keys
 * sorted, no whitespace; absent variables count as `{}`, an absent operation name as null). The same key with
 * another fingerprint is another request.
 */
export function requestHash(request: RequestShape): string {
  const shape = {
    operationName: request.operationName ?? null,
    query: request.query ?? "",
    variables: request.variables ?? {},
  };
  return createHash("sha256").update(canonicalJson(shape)).digest("hex");
}

/** JSON with object keys sorted (by UTF-16 code units, as RFC 8785) and no whitespace; undefined members left out. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v)).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}
