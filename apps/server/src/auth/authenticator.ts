import { createHash } from "node:crypto";
import { and, eq, inArray, isNotNull, isNull } from "drizzle-orm";
import {
  SignJWT,
  createRemoteJWKSet,
  customFetch,
  errors as joseErrors,
  jwtVerify,
  type FetchImplementation,
  type JWTPayload,
  type JWTVerifyGetKey,
} from "jose";
import { AppError, isApiScope, isUuid, sortScopes, type Actor, type ApiScope } from "@regiehub/domain";
import { tables, type Database } from "@regiehub/db";
import type { Config } from "../config";
import { ClientSockets } from "./client-sockets";
import { loadOrCreateSigningKeys } from "./dev-keys";
import { createHubTokens, type HubTokens } from "./hub-tokens";

// Authentication: a Bearer JWT is verified (algorithm, signature, issuer, audience, expiry) and mapped to a
// professional of an organisation. Dev mode verifies the hub's own tokens; OIDC mode those of the
// configured issuer, matched on `professionals.oidc_subject`. In both modes the hub also accepts its own
// access tokens for partner systems (auth/hub-tokens.ts, issued at POST /oauth/token): the actor is the API
// client's service account plus `system` (the client and the token's scopes), and the client is loaded for
// every request, so a revoked client is refused at once. A people's token never names a service account.
// Whatever is wrong with a presented token is UNAUTHENTICATED; only an issuer key set the hub cannot fetch is
// UNAVAILABLE (the hub's problem).

export const DEV_ISSUER = "urn:regiehub:dev";
export const DEV_AUDIENCE = "regiehub";
/** Dev mode accepts its own keys' algorithm only (see dev-keys.ts). */
const DEV_ALGORITHM = "ES256";
/** When to try again after the issuer's key set could not be fetched (jose does not cache a failure). */
const JWKS_RETRY_SECONDS = 5;

export interface AuthenticatedSession {
  actor: Actor;
  /** Expiry of the token (seconds since epoch), for long-lived sockets. */
  expiresAt: number | undefined;
}

export interface Authenticator {
  mode: "dev" | "oidc";
  issuer: string;
  /** `undefined` without credentials; throws UNAUTHENTICATED for credentials that do not verify. */
  authenticate(authorization: string | undefined | null): Promise<AuthenticatedSession | undefined>;
  /**
   * Re-checks a long-lived session (WebSocket) before each operation: the token must not have expired, and
   * the professional is loaded afresh (role, organisation, or removal take effect at once).
   */
  refresh(session: AuthenticatedSession): Promise<AuthenticatedSession>;
  /** Dev mode only: a signed token for a seeded professional. */
  signDevToken(professionalId: string): Promise<{ token: string; expiresAt: Date }>;
  /** The hub's own access tokens for partner systems (the token endpoint signs them, every request verifies). */
  hubTokens: HubTokens;
  /** Open WebSockets of partner systems, closed with 4403 when their client is revoked. */
  clientSockets: ClientSockets;
}

export async function createAuthenticator(config: Config, db: Database): Promise<Authenticator> {
  const auth = config.auth;
  // One cache per hub: a token verified by one hub's keys says nothing to another.
  const verify = verifiedTokenCache();
  const hubTokens = await createHubTokens(config, auth.mode === "dev" ? DEV_AUDIENCE : auth.audience);
  const clientSockets = new ClientSockets(
    (ids) => revokedClients(db, ids),
    Math.min(config.live.authRecheckMs, CLIENT_SOCKET_SWEEP_MS),
    () => undefined, // a failed sweep is tried again at the next; each socket's own re-check still runs
  );
  const refresh = async (current: AuthenticatedSession): Promise<AuthenticatedSession> => {
    if (current.expiresAt !== undefined && current.expiresAt * 1000 <= Date.now()) {
      throw new AppError("UNAUTHENTICATED", "Token expired");
    }
    const system = current.actor.system;
    if (system) return clientSession(db, system.clientId, system.scopes, current.expiresAt);
    return session(db, "id", current.actor.professionalId, { exp: current.expiresAt });
  };
  /** A partner system's access token issued by this hub, if the token claims to be one. */
  const systemToken = async (token: string): Promise<AuthenticatedSession | undefined> => {
    if (!hubTokens.claimsToBeOurs(token)) return undefined;
    const payload = await verify(token, async () => ({ payload: await hubTokens.verify(token) }));
    return clientSession(db, payload.sub, scopesOf(payload.scope), payload.exp);
  };
  const shared = { refresh, hubTokens, clientSockets };
  if (auth.mode === "dev") {
    const keys = await loadOrCreateSigningKeys(auth.keyDir);
    return {
      mode: "dev",
      issuer: DEV_ISSUER,
      ...shared,
      async authenticate(header) {
        const token = bearer(header);
        if (!token) return undefined;
        const system = await systemToken(token);
        if (system) return system;
        const payload = await verify(token, () =>
          jwtVerify(token, keys.publicKey, {
            issuer: DEV_ISSUER,
            audience: DEV_AUDIENCE,
            algorithms: [DEV_ALGORITHM],
          }),
        );
        return session(db, "id", payload.sub, payload);
      },
      async signDevToken(professionalId) {
        const expiresAt = new Date(Date.now() + auth.tokenTtlSeconds * 1000);
        const token = await new SignJWT({})
          .setProtectedHeader({ alg: DEV_ALGORITHM, kid: keys.kid })
          .setSubject(professionalId)
          .setIssuer(DEV_ISSUER)
          .setAudience(DEV_AUDIENCE)
          .setIssuedAt()
          .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
          .sign(keys.privateKey);
        return { token, expiresAt };
      },
    };
  }

  const jwks = issuerKeys(new URL(auth.jwksUrl));
  return {
    mode: "oidc",
    issuer: auth.issuer,
    ...shared,
    async authenticate(header) {
      const token = bearer(header);
      if (!token) return undefined;
      const system = await systemToken(token);
      if (system) return system;
      const payload = await verify(token, () =>
        jwtVerify(token, jwks, {
          issuer: auth.issuer,
          audience: auth.audience,
          algorithms: auth.algorithms,
        }),
      );
      const subject = payload[auth.subjectClaim];
      return session(db, "oidcSubject", typeof subject === "string" ? subject : undefined, payload);
    },
    signDevToken() {
      return Promise.reject(new AppError("FORBIDDEN", "Development sign-in is disabled on this hub"));
    },
  };
}

function bearer(header: string | undefined | null): string | undefined {
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match) throw new AppError("UNAUTHENTICATED", "Authorization must be 'Bearer <token>'");
  return match[1];
}

/**
 * Verified tokens by their SHA-256, until they expire: verifying a signature costs far more than hashing, and a
 * client sends the same token with every request. Only the token's own claims are kept; who the professional
 * is (role, organisation, whether they still exist) is loaded for every request, and grants and team
 * membership are never cached across requests.
 */
export function verifiedTokenCache(max = 10_000) {
  const verified = new Map<string, JWTPayload>();
  return async (token: string, check: () => Promise<{ payload: JWTPayload }>): Promise<JWTPayload> => {
    const key = createHash("sha256").update(token).digest("base64url");
    const known = verified.get(key);
    if (known) {
      if (known.exp === undefined || known.exp * 1000 > Date.now()) return known;
      verified.delete(key);
    }
    const payload = await verifyOnce(check);
    if (verified.size >= max) verified.delete(verified.keys().next().value!); // the oldest
    verified.set(key, payload);
    return payload;
  };
}

/**
 * Every failure of verifying a presented token is the token's: malformed, an algorithm outside the allow-list
 * (or 'none'), a key of the wrong type, a bad signature, expired, another issuer or audience — and whatever
 * jose or WebCrypto throw for it (a TypeError or DOMException from handling the key, not only jose's own
 * errors). Only an AppError (the issuer's key set could not be fetched: UNAVAILABLE) passes as it is.
 */
async function verifyOnce(check: () => Promise<{ payload: JWTPayload }>): Promise<JWTPayload> {
  try {
    return (await check()).payload;
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (error instanceof joseErrors.JWTExpired) throw new AppError("UNAUTHENTICATED", "Token expired");
    throw new AppError("UNAUTHENTICATED", "Invalid token");
  }
}

/** A failure to fetch the issuer's key set (network, timeout, HTTP status), marked by our fetch. */
class KeySetFetchFailed extends Error {}

const fetchKeySet: FetchImplementation = async (url, options) => {
  let response: Response;
  try {
    response = await fetch(url, options);
  } catch (cause) {
    throw new KeySetFetchFailed(`JWKS ${url} could not be fetched`, { cause });
  }
  if (response.status !== 200) throw new KeySetFetchFailed(`JWKS ${url} answered HTTP ${response.status}`);
  return response;
};

/**
 * The issuer's keys (jose's remote JWKS: cached, refetched for an unknown `kid`). A key set that cannot be
 * fetched or read is UNAVAILABLE; a token whose header matches no key of it is the token's problem.
 */
function issuerKeys(url: URL): JWTVerifyGetKey {
  const jwks = createRemoteJWKSet(url, { [customFetch]: fetchKeySet });
  return async (header, token) => {
    try {
      return await jwks(header, token);
    } catch (error) {
      if (keySetUnavailable(error)) {
        throw AppError.retryable(
          "UNAVAILABLE",
          "The sign-in service's keys could not be fetched; try again shortly",
          JWKS_RETRY_SECONDS,
        );
      }
      throw error;
    }
  };
}

function keySetUnavailable(error: unknown): boolean {
  return (
    error instanceof KeySetFetchFailed ||
    error instanceof joseErrors.JWKSTimeout ||
    // The response was not a JSON key set ("malformed"), or offers a private key.
    error instanceof joseErrors.JWKSInvalid ||
    // jose's generic error is thrown only when the key set's response is not 200 OK or not JSON.
    (error instanceof joseErrors.JOSEError && error.code === joseErrors.JOSEError.code)
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function session(
  db: Database,
  by: "id" | "oidcSubject",
  subject: string | undefined,
  payload: JWTPayload,
): Promise<AuthenticatedSession> {
  if (!subject || (by === "id" && !UUID.test(subject))) {
    throw new AppError("UNAUTHENTICATED", "Token does not name a professional");
  }
  const { professionals: p, organisations: o } = tables;
  const [row] = await db
    .select({
      id: p.id,
      name: p.name,
      role: p.role,
      organisationId: p.organisationId,
      organisationKind: o.kind,
      registrationNumber: p.registrationNumber,
    })
    .from(p)
    .innerJoin(o, eq(o.id, p.organisationId))
    .where(
      and(
        by === "id" ? eq(p.id, subject) : eq(p.oidcSubject, subject),
        // A partner system's service account signs in only with the hub's client tokens.
        isNull(p.apiClientId),
      ),
    )
    .limit(1);
  if (!row) throw new AppError("UNAUTHENTICATED", "Unknown professional");
  return {
    actor: {
      kind: "professional",
      professionalId: row.id,
      organisationId: row.organisationId,
      organisationKind: row.organisationKind,
      role: row.role,
      name: row.name,
      hasRegistration: row.registrationNumber !== null,
    },
    expiresAt: payload.exp,
  };
}

/** How often the open sockets of partner systems are checked for a revocation made on another instance. */
const CLIENT_SOCKET_SWEEP_MS = 30_000;

/** The scopes of a token's `scope` claim that the hub knows. */
function scopesOf(claim: unknown): ApiScope[] {
  return typeof claim === "string" ? claim.split(" ").filter(isApiScope) : [];
}

/**
 * The session of a partner system: its client, loaded for every request (a revoked one is refused at once),
 * acting through its service account with the token's scopes as far as the client still has them.
 */
async function clientSession(
  db: Database,
  clientId: string | undefined,
  tokenScopes: readonly ApiScope[],
  expiresAt: number | undefined,
): Promise<AuthenticatedSession> {
  if (!isUuid(clientId)) throw new AppError("UNAUTHENTICATED", "Token does not name an API client");
  const { apiClients: c, professionals: p, organisations: o } = tables;
  const [row] = await db
    .select({
      scopes: c.scopes,
      revokedAt: c.revokedAt,
      professionalId: p.id,
      name: p.name,
      role: p.role,
      organisationId: p.organisationId,
      organisationKind: o.kind,
    })
    .from(c)
    .innerJoin(p, eq(p.apiClientId, c.id))
    .innerJoin(o, eq(o.id, p.organisationId))
    .where(eq(c.id, clientId))
    .limit(1);
  if (!row) throw new AppError("UNAUTHENTICATED", "Unknown API client");
  if (row.revokedAt) throw new AppError("UNAUTHENTICATED", "The API client was revoked");
  const granted = new Set(row.scopes);
  return {
    actor: {
      kind: "professional",
      professionalId: row.professionalId,
      organisationId: row.organisationId,
      organisationKind: row.organisationKind,
      role: row.role,
      name: row.name,
      hasRegistration: false,
      system: { clientId, scopes: sortScopes(tokenScopes.filter((s) => granted.has(s))) },
    },
    expiresAt,
  };
}

/** Which of these clients are revoked now. */
async function revokedClients(db: Database, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const { apiClients: c } = tables;
  const rows = await db
    .select({ id: c.id })
    .from(c)
    .where(and(inArray(c.id, ids), isNotNull(c.revokedAt)));
  return rows.map((r) => r.id);
}
