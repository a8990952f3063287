import { randomUUID } from "node:crypto";
import { SignJWT, exportJWK, generateKeyPair, type CryptoKey, type JWK } from "jose";
import { tables } from "@regiehub/db";
import { gql, signIn, type TestHub } from "./hub";

// Test support for partner systems: an ADMIN of any organisation, registering API clients through the API,
// and the token endpoint (client_secret_basic, client_secret_post, private_key_jwt) as a partner would use it.

export const ALL_SCOPES = [
  "cases:read",
  "dossier:read",
  "dossier:write",
  "plan:write",
  "events:subscribe",
] as const;

export const CLIENT_FIELDS = `id name scopes allowedCidrs authMethod keyIds createdAt revokedAt
  secrets { id createdAt expiresAt active } serviceAccount { id name role organisation { id } }
  createdBy { id } revokedBy { id }`;

let admins = 0;

/** A new ADMIN of `organisationId` (the demo region has one only, at the municipality), signed in. */
export async function adminOf(hub: TestHub, organisationId: string): Promise<{ id: string; token: string }> {
  admins += 1;
  const [admin] = await hub.database.db
    .insert(tables.professionals)
    .values({
      organisationId,
      name: `Beheerder ${admins}`,
      email: `beheerder-${randomUUID()}@example.invalid`,
      role: "ADMIN",
    })
    .returning();
  return { id: admin!.id, token: await signIn(hub, admin!.id) };
}

export interface RegisteredClient {
  id: string;
  secret: string | null;
  client: any;
}

/** Registers a client through the API (throws with the errors when refused). */
export async function registerClient(
  hub: { url: string },
  adminToken: string,
  input: { name?: string; scopes?: readonly string[]; allowedCidrs?: string[]; jwks?: string },
): Promise<RegisteredClient> {
  const res = await gql<any>(
    hub,
    `mutation($input: RegisterApiClientInput!) { registerApiClient(input: $input) { clientSecret client { ${CLIENT_FIELDS} } } }`,
    { input: { name: `Systeem ${randomUUID().slice(0, 8)}`, scopes: ALL_SCOPES, ...input } },
    adminToken,
  );
  if (!res.data?.registerApiClient) throw new Error(`register failed: ${JSON.stringify(res.errors)}`);
  const { client, clientSecret } = res.data.registerApiClient;
  return { id: client.id, secret: clientSecret, client };
}

export interface TokenAnswer {
  status: number;
  body: Record<string, any>;
  headers: Headers;
}

/** POST /oauth/token with the given form and headers. */
export async function tokenRequest(
  hub: { url: string },
  form: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<TokenAnswer> {
  const res = await fetch(`${hub.url}/oauth/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams(form).toString(),
  });
  return { status: res.status, body: (await res.json()) as Record<string, any>, headers: res.headers };
}

export function basic(id: string, secret: string): Record<string, string> {
  const enc = (v: string) => encodeURIComponent(v);
  return { authorization: `Basic ${Buffer.from(`${enc(id)}:${enc(secret)}`).toString("base64")}` };
}

/** An access token with client_secret_basic (or client_secret_post); throws when refused. */
export async function clientToken(
  hub: { url: string },
  id: string,
  secret: string,
  options: { scope?: string; post?: boolean } = {},
): Promise<string> {
  const form: Record<string, string> = { grant_type: "client_credentials" };
  if (options.scope !== undefined) form.scope = options.scope;
  const answer = options.post
    ? await tokenRequest(hub, { ...form, client_id: id, client_secret: secret })
    : await tokenRequest(hub, form, basic(id, secret));
  if (answer.status !== 200) throw new Error(`token refused: ${JSON.stringify(answer.body)}`);
  return answer.body.access_token as string;
}

/** A key pair of a partner system for private_key_jwt, and its public JWKS as the API takes it. */
export async function partnerKeys(alg: "ES256" | "RS256" = "ES256", kid = `key-${randomUUID().slice(0, 8)}`) {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid, alg, use: "sig" };
  return { privateKey, kid, alg, jwks: JSON.stringify({ keys: [jwk] }) };
}

/** A client assertion (RFC 7523) signed with the partner's key; claims may be overridden. */
export async function clientAssertion(
  keys: { privateKey: CryptoKey; kid: string; alg: string },
  clientId: string,
  audience: string,
  claims: { iss?: string; sub?: string; aud?: string; jti?: string; expiresIn?: number } = {},
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: keys.alg, kid: keys.kid })
    .setIssuer(claims.iss ?? clientId)
    .setSubject(claims.sub ?? clientId)
    .setAudience(claims.aud ?? audience)
    .setJti(claims.jti ?? randomUUID())
    .setIssuedAt(now)
    .setExpirationTime(now + (claims.expiresIn ?? 60))
    .sign(keys.privateKey);
}

export const ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

/** An access token with private_key_jwt. */
export async function assertionToken(
  hub: { url: string },
  clientId: string,
  keys: { privateKey: CryptoKey; kid: string; alg: string },
  scope?: string,
): Promise<TokenAnswer> {
  const assertion = await clientAssertion(keys, clientId, `${hub.url}/oauth/token`);
  return tokenRequest(hub, {
    grant_type: "client_credentials",
    client_assertion_type: ASSERTION_TYPE,
    client_assertion: assertion,
    ...(scope !== undefined ? { scope } : {}),
  });
}
