import { and, desc, eq, isNull, lt } from "drizzle-orm";
import { createLocalJWKSet, decodeJwt, errors as joseErrors, jwtVerify, type JSONWebKeySet } from "jose";
import { isApiScope, isUuid, sortScopes, type ApiClientAuthMethod, type ApiScope } from "@regiehub/domain";
import { tables, type Database } from "@regiehub/db";
import { addressAllowed } from "./cidr";
import type { HubTokens } from "./hub-tokens";
import { verifyClientSecret, verifyDecoy } from "./secrets";

// The token endpoint's work (RFC 6749 §4.4, client credentials): read the request, authenticate the client
// (client_secret_basic, client_secret_post, or private_key_jwt per RFC 7523 with its registered keys), check
// the address against the client's ranges and the asked scope against its scopes. Every failure is an
// OAuthError with the RFC 6749 §5.2 code the client gets and a detail for the processing log only.

export type OAuthErrorCode =
  "invalid_request" | "invalid_client" | "unsupported_grant_type" | "invalid_scope" | "server_error";

export class OAuthError extends Error {
  constructor(
    readonly code: OAuthErrorCode,
    /** For the client (`error_description`): says what to fix, never which clients or secrets exist. */
    readonly description: string,
    /** For the processing log: what exactly was wrong (defaults to the description). */
    readonly detail: string = description,
  ) {
    super(description);
    this.name = "OAuthError";
  }
}

export const CLIENT_ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
/** The token endpoint's authentication methods (RFC 8414 `token_endpoint_auth_methods_supported`). */
export const TOKEN_ENDPOINT_AUTH_METHODS = [
  "client_secret_basic",
  "client_secret_post",
  "private_key_jwt",
] as const;
export type TokenEndpointAuthMethod = (typeof TOKEN_ENDPOINT_AUTH_METHODS)[number];
/** Algorithms accepted for client assertions: asymmetric only (a registered public key verifies them). */
export const ASSERTION_ALGORITHMS = ["RS256", "PS256", "ES256", "ES384", "EdDSA"] as const;
/** A client assertion may be valid for at most this long (from now), in seconds. */
export const MAX_ASSERTION_SECONDS = 300;
/** Clock skew allowed on a client assertion's times, in seconds. */
const CLOCK_SKEW_SECONDS = 30;

/** What the token endpoint knows about the client so far (for the log, also when it refuses). */
export interface ClientSeen {
  clientId: string | null;
  organisationId: string | null;
  method: TokenEndpointAuthMethod | null;
}

export interface TokenGrant {
  clientId: string;
  organisationId: string;
  method: TokenEndpointAuthMethod;
  scopes: ApiScope[];
}

interface ClientRow {
  id: string;
  organisationId: string;
  scopes: string[];
  allowedCidrs: string[];
  authMethod: ApiClientAuthMethod;
  jwks: { keys: Record<string, unknown>[] } | null;
  revokedAt: Date | null;
}

/** One form parameter: absent, or given once (RFC 6749 §3.2: a repeated parameter is invalid_request). */
function param(form: Record<string, unknown>, name: string): string | undefined {
  const value = form[name];
  if (value === undefined) return undefined;
  if (typeof value !== "string") throw new OAuthError("invalid_request", `Parameter ${name} is repeated`);
  return value === "" ? undefined : value;
}

/** `Authorization: Basic` with the form-urlencoded client id and secret (RFC 6749 §2.3.1). */
function basicCredentials(header: string | undefined): { id: string; secret: string } | undefined {
  if (!header) return undefined;
  const match = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(header.trim());
  if (!match) {
    throw new OAuthError(
      "invalid_client",
      "The Authorization header must be 'Basic <base64(client_id:client_secret)>'",
    );
  }
  const decoded = Buffer.from(match[1]!, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon < 0) throw new OAuthError("invalid_client", "Basic credentials need client_id:client_secret");
  const unform = (v: string) => {
    try {
      return decodeURIComponent(v.replace(/\+/g, " "));
    } catch {
      throw new OAuthError("invalid_client", "Basic credentials are not form-urlencoded");
    }
  };
  return { id: unform(decoded.slice(0, colon)), secret: unform(decoded.slice(colon + 1)) };
}

async function loadClient(db: Database, id: string | undefined): Promise<ClientRow | undefined> {
  if (!isUuid(id)) return undefined;
  const c = tables.apiClients;
  const [row] = await db
    .select({
      id: c.id,
      organisationId: c.organisationId,
      scopes: c.scopes,
      allowedCidrs: c.allowedCidrs,
      authMethod: c.authMethod,
      jwks: c.jwks,
      revokedAt: c.revokedAt,
    })
    .from(c)
    .where(eq(c.id, id))
    .limit(1);
  return row;
}

const FAILED = "Client authentication failed";

export interface ClientCredentialsDeps {
  db: Database;
  hubTokens: HubTokens;
}

/**
 * Checks a token request; `seen` is filled in as the client becomes known (the log names it also when the
 * request is refused). Returns what to issue, or throws an OAuthError.
 */
export async function checkTokenRequest(
  { db, hubTokens }: ClientCredentialsDeps,
  request: { form: Record<string, unknown>; authorization: string | undefined; ip: string; now: Date },
  seen: ClientSeen,
): Promise<TokenGrant> {
  const { form } = request;
  const grantType = param(form, "grant_type");
  if (!grantType) throw new OAuthError("invalid_request", "grant_type is required");
  const basic = basicCredentials(request.authorization);
  const postedId = param(form, "client_id");
  const postedSecret = param(form, "client_secret");
  const assertionType = param(form, "client_assertion_type");
  const assertion = param(form, "client_assertion");
  const scopeParam = param(form, "scope");

  const methods = [
    basic ? "client_secret_basic" : null,
    postedSecret !== undefined ? "client_secret_post" : null,
    assertion !== undefined || assertionType !== undefined ? "private_key_jwt" : null,
  ].filter((m): m is TokenEndpointAuthMethod => m !== null);
  if (methods.length > 1) {
    throw new OAuthError("invalid_request", "Use exactly one client authentication method");
  }
  const method = methods[0];
  if (!method) throw new OAuthError("invalid_client", "Client authentication is required");
  seen.method = method;
  if (basic && postedId !== undefined && postedId !== basic.id) {
    throw new OAuthError("invalid_request", "client_id differs from the Basic credentials");
  }

  let client: ClientRow;
  if (method === "private_key_jwt") {
    client = await checkAssertion(db, hubTokens, assertionType, assertion, postedId, request.now, seen);
  } else {
    const id = basic?.id ?? postedId;
    const secret = basic?.secret ?? postedSecret ?? "";
    if (!id) throw new OAuthError("invalid_client", "client_id is required");
    client = await checkSecret(db, id, secret, request.now, seen);
  }

  if (grantType !== "client_credentials") {
    throw new OAuthError("unsupported_grant_type", "Only grant_type=client_credentials is supported");
  }
  if (!addressAllowed(request.ip, client.allowedCidrs)) {
    throw new OAuthError(
      "invalid_client",
      "This client may not ask for tokens from this address",
      `address ${request.ip} outside the client's allowed ranges`,
    );
  }
  return {
    clientId: client.id,
    organisationId: client.organisationId,
    method,
    scopes: grantedScopes(client, scopeParam),
  };
}

/** The scopes to grant: the asked ones (RFC 6749 §3.3), each one the client's; without `scope`, all of them. */
function grantedScopes(client: ClientRow, scopeParam: string | undefined): ApiScope[] {
  const own = client.scopes.filter(isApiScope);
  if (scopeParam === undefined) return sortScopes(own);
  const asked = scopeParam.split(" ").filter((s) => s !== "");
  const beyond = asked.filter((s) => !isApiScope(s) || !own.includes(s));
  if (beyond.length > 0) {
    throw new OAuthError(
      "invalid_scope",
      `Scope beyond this client's: ${beyond.join(" ")}`,
      `asked for scope beyond the client's: ${beyond.join(" ")}`,
    );
  }
  if (asked.length === 0) throw new OAuthError("invalid_scope", "The scope is empty");
  return sortScopes(asked.filter(isApiScope));
}

async function checkSecret(
  db: Database,
  id: string,
  secret: string,
  now: Date,
  seen: ClientSeen,
): Promise<ClientRow> {
  const client = await loadClient(db, id);
  if (client) Object.assign(seen, { clientId: client.id, organisationId: client.organisationId });
  const refuse = async (detail: string): Promise<never> => {
    await verifyDecoy(secret);
    throw new OAuthError("invalid_client", FAILED, detail);
  };
  if (!client) return refuse(isUuid(id) ? "unknown client" : "malformed client_id");
  if (client.revokedAt) return refuse("the client was revoked");
  if (client.authMethod !== "client_secret") return refuse("the client authenticates with private_key_jwt");
  const s = tables.apiClientSecrets;
  const secrets = await db
    .select({ hash: s.secretHash, expiresAt: s.expiresAt })
    .from(s)
    .where(and(eq(s.clientId, client.id), isNull(s.revokedAt)))
    .orderBy(desc(s.createdAt))
    .limit(5);
  const active = secrets.filter((r) => r.expiresAt === null || r.expiresAt > now);
  for (const candidate of active) {
    if (await verifyClientSecret(candidate.hash, secret)) return client;
  }
  if (active.length === 0) await verifyDecoy(secret);
  // Only for the log: was it a secret that ended at a rotation?
  for (const old of secrets.filter((r) => !active.includes(r))) {
    if (await verifyClientSecret(old.hash, secret)) {
      throw new OAuthError(
        "invalid_client",
        FAILED,
        `a secret that expired at ${old.expiresAt?.toISOString()}`,
      );
    }
  }
  throw new OAuthError("invalid_client", FAILED, "wrong secret");
}

async function checkAssertion(
  db: Database,
  hubTokens: HubTokens,
  assertionType: string | undefined,
  assertion: string | undefined,
  postedId: string | undefined,
  now: Date,
  seen: ClientSeen,
): Promise<ClientRow> {
  if (assertionType !== CLIENT_ASSERTION_TYPE) {
    throw new OAuthError("invalid_request", `client_assertion_type must be ${CLIENT_ASSERTION_TYPE}`);
  }
  if (!assertion) throw new OAuthError("invalid_request", "client_assertion is required");
  let claimed: string | undefined;
  try {
    const claims = decodeJwt(assertion);
    claimed = typeof claims.sub === "string" ? claims.sub : undefined;
    if (claims.iss !== claimed) claimed = undefined;
  } catch {
    throw new OAuthError("invalid_client", FAILED, "the client assertion is not a JWT");
  }
  if (!claimed)
    throw new OAuthError("invalid_client", FAILED, "assertion: iss and sub must both be the client_id");
  if (postedId !== undefined && postedId !== claimed) {
    throw new OAuthError("invalid_request", "client_id differs from the assertion's subject");
  }
  const client = await loadClient(db, claimed);
  if (client) Object.assign(seen, { clientId: client.id, organisationId: client.organisationId });
  if (!client)
    throw new OAuthError(
      "invalid_client",
      FAILED,
      isUuid(claimed) ? "unknown client" : "malformed client_id",
    );
  if (client.revokedAt) throw new OAuthError("invalid_client", FAILED, "the client was revoked");
  if (client.authMethod !== "private_key_jwt" || !client.jwks) {
    throw new OAuthError(
      "invalid_client",
      FAILED,
      "the client authenticates with a secret, not private_key_jwt",
    );
  }
  let exp: number;
  let jti: string;
  try {
    const { payload } = await jwtVerify(assertion, createLocalJWKSet(client.jwks as JSONWebKeySet), {
      issuer: client.id,
      subject: client.id,
      // RFC 7523 §3: the token endpoint's URL; the issuer's identifier is accepted too (RFC 7523bis).
      audience: [hubTokens.tokenEndpoint(), hubTokens.issuer()],
      algorithms: [...ASSERTION_ALGORITHMS],
      requiredClaims: ["exp", "jti"],
      clockTolerance: CLOCK_SKEW_SECONDS,
      currentDate: now,
    });
    exp = payload.exp!;
    jti = String(payload.jti);
  } catch (error) {
    const reason =
      error instanceof joseErrors.JWTExpired
        ? "the client assertion expired"
        : error instanceof joseErrors.JWTClaimValidationFailed
          ? `the client assertion's ${error.claim} claim is wrong (${error.reason})`
          : "the client assertion does not verify with the client's registered keys";
    throw new OAuthError("invalid_client", FAILED, reason);
  }
  if (exp > now.getTime() / 1000 + MAX_ASSERTION_SECONDS + CLOCK_SKEW_SECONDS) {
    throw new OAuthError(
      "invalid_client",
      `A client assertion may be valid for at most ${MAX_ASSERTION_SECONDS} seconds`,
      "the client assertion is valid for too long",
    );
  }
  // Kept as long as the assertion could still be accepted (its expiry plus the allowed skew).
  const acceptedUntil = new Date((exp + CLOCK_SKEW_SECONDS) * 1000);
  if (!(await useAssertion(db, client.id, jti, acceptedUntil, now))) {
    throw new OAuthError("invalid_client", FAILED, `the client assertion's jti ${jti} was used before`);
  }
  return client;
}

/**
 * Records a client assertion's `jti` until it expires; false when it was seen before (on any instance). The
 * assertions that expired are forgotten on the way.
 */
async function useAssertion(db: Database, clientId: string, jti: string, expiresAt: Date, now: Date) {
  const a = tables.apiClientAssertions;
  return db.transaction(async (tx) => {
    await tx.delete(a).where(lt(a.expiresAt, now));
    const inserted = await tx
      .insert(a)
      .values({ clientId, jti, expiresAt })
      .onConflictDoNothing()
      .returning({ jti: a.jti });
    return inserted.length === 1;
  });
}
