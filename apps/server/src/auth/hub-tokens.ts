import { randomUUID } from "node:crypto";
import { SignJWT, decodeJwt, jwtVerify, type JWK, type JWTPayload } from "jose";
import { sortScopes, type ApiScope } from "@regiehub/domain";
import type { Config } from "../config";
import { loadOrCreateSigningKeys, publicJwkOf, type SigningKeys } from "./dev-keys";

// The hub's own access tokens for partner systems (OAuth2 client credentials, RFC 6749 §4.4), in every auth
// mode: JWTs (RFC 9068, `typ: at+jwt`) signed ES256 with the hub's signing key (HUB_SIGNING_KEY_DIR; the same
// file for every instance of one hub), issued by the hub's public URL for the hub's audience, naming the client
// (`sub`, `client_id`), the granted scopes (`scope`) and a `jti`. The key's public half is published at
// `/oauth/jwks`. A token of another hub (another issuer, audience or key) does not verify here.

export const HUB_TOKEN_ALGORITHM = "ES256";
/** The JWT `typ` of an access token (RFC 9068 §2.1): keeps it apart from any other JWT the key might sign. */
export const ACCESS_TOKEN_TYPE = "at+jwt";

export interface IssuedToken {
  token: string;
  jti: string;
  expiresIn: number;
  scopes: ApiScope[];
}

export interface HubTokens {
  /** The issuer (`iss`): PUBLIC_URL, else the address the hub listens on. */
  issuer(): string;
  /** The token endpoint's URL (also accepted as a client assertion's audience). */
  tokenEndpoint(): string;
  /** The audience (`aud`): the hub's own audience (OIDC_AUDIENCE, or `regiehub` in dev mode). */
  readonly audience: string;
  /** Lifetime of an access token, in seconds. */
  readonly ttlSeconds: number;
  /** The public keys, as a JWK Set. */
  jwks(): { keys: JWK[] };
  /** Whether `token` claims to be one of ours (its unverified `iss`); the verification decides. */
  claimsToBeOurs(token: string): boolean;
  sign(clientId: string, scopes: readonly ApiScope[]): Promise<IssuedToken>;
  /** Verifies signature, `typ`, algorithm, issuer, audience and expiry; throws jose's errors. */
  verify(token: string): Promise<JWTPayload>;
  /** Sets the address the hub listens on (the issuer when PUBLIC_URL is unset). */
  listening(url: string): void;
}

export async function createHubTokens(config: Config, audience: string): Promise<HubTokens> {
  const keys: SigningKeys = await loadOrCreateSigningKeys(config.oauth.keyDir, {
    fileName: "hub-signing-key.json",
    kidPrefix: "hub",
  });
  const publicJwk = await publicJwkOf(keys);
  let listeningUrl: string | undefined;
  const issuer = () => {
    const url = config.oauth.publicUrl ?? listeningUrl;
    if (!url) throw new Error("The hub's issuer is known once it listens (or set PUBLIC_URL)");
    return url;
  };
  const ttlSeconds = config.oauth.tokenTtlSeconds;
  return {
    issuer,
    tokenEndpoint: () => `${issuer()}/oauth/token`,
    audience,
    ttlSeconds,
    jwks: () => ({ keys: [publicJwk] }),
    claimsToBeOurs(token) {
      try {
        return decodeJwt(token).iss === issuer();
      } catch {
        return false;
      }
    },
    async sign(clientId, scopes) {
      const jti = randomUUID();
      const granted = sortScopes(scopes);
      const token = await new SignJWT({ client_id: clientId, scope: granted.join(" ") })
        .setProtectedHeader({ alg: HUB_TOKEN_ALGORITHM, kid: keys.kid, typ: ACCESS_TOKEN_TYPE })
        .setIssuer(issuer())
        .setAudience(audience)
        .setSubject(clientId)
        .setJti(jti)
        .setIssuedAt()
        .setExpirationTime(`${ttlSeconds}s`)
        .sign(keys.privateKey);
      return { token, jti, expiresIn: ttlSeconds, scopes: granted };
    },
    async verify(token) {
      const { payload } = await jwtVerify(token, keys.publicKey, {
        issuer: issuer(),
        audience,
        algorithms: [HUB_TOKEN_ALGORITHM],
        typ: ACCESS_TOKEN_TYPE,
        requiredClaims: ["sub", "exp", "jti", "client_id"],
      });
      return payload;
    },
    listening(url) {
      listeningUrl = url;
    },
  };
}
