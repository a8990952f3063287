import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { SignJWT, decodeJwt, exportJWK, generateKeyPair, type CryptoKey } from "jose";
import { DEMO, tables } from "@regiehub/db";
import { expectCode, gql, startTestHub, type TestHub } from "../support/hub";
import { assertionToken, clientToken, partnerKeys, registerClient } from "../support/api-clients";

// Partner systems on a hub in OIDC mode (people sign in at an external issuer): the hub still issues and
// accepts its own access tokens for API clients, as the issuer PUBLIC_URL for the hub's audience (OIDC_AUDIENCE),
// and a people's token never reaches a service account.

const ISSUER = "https://login.lindehaven.example/realms/regiehub";
const AUDIENCE = "regiehub-api";
const PUBLIC_URL = "https://regiehub.lindehaven.example";

let hub: TestHub;
let idp: Server;
let idpKey: CryptoKey;

beforeAll(async () => {
  const keys = await generateKeyPair("RS256", { extractable: true });
  idpKey = keys.privateKey;
  const jwk = { ...(await exportJWK(keys.publicKey)), kid: "idp-key", alg: "RS256", use: "sig" };
  idp = createServer((_req, res) => {
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((r) => idp.listen(0, "127.0.0.1", r));
  hub = await startTestHub({
    AUTH_MODE: "oidc",
    OIDC_ISSUER: ISSUER,
    OIDC_AUDIENCE: AUDIENCE,
    OIDC_JWKS_URL: `http://127.0.0.1:${(idp.address() as AddressInfo).port}/jwks`,
    PUBLIC_URL: `${PUBLIC_URL}/`,
  });
  await hub.database.db
    .update(tables.professionals)
    .set({ oidcSubject: "thijs.vandam@lindehaven" })
    .where(eq(tables.professionals.id, DEMO.professionals.admin));
}, 60_000);

afterAll(async () => {
  await hub?.stop();
  idp?.close();
});

function personToken(sub: string) {
  return new SignJWT({})
    .setProtectedHeader({ alg: "RS256", kid: "idp-key" })
    .setSubject(sub)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime("10m")
    .sign(idpKey);
}

describe("partner systems in OIDC mode", () => {
  it("an ADMIN signed in at the issuer registers a client; its tokens are the hub's own, for the hub's audience", async () => {
    const admin = await personToken("thijs.vandam@lindehaven");
    const client = await registerClient(hub, admin, { scopes: ["cases:read"] });
    const token = await clientToken(hub, client.id, client.secret!);
    expect(decodeJwt(token)).toMatchObject({ iss: PUBLIC_URL, aud: AUDIENCE, sub: client.id });
    const me = await gql<any>(hub, `{ me { id organisation { id } } }`, {}, token);
    expect(me.data.me).toEqual({
      id: client.client.serviceAccount.id,
      organisation: { id: DEMO.organisations.gemeente },
    });
    const metadata = (await (await fetch(`${hub.url}/.well-known/oauth-authorization-server`)).json()) as any;
    expect(metadata).toMatchObject({
      issuer: PUBLIC_URL,
      token_endpoint: `${PUBLIC_URL}/oauth/token`,
      jwks_uri: `${PUBLIC_URL}/oauth/jwks`,
    });
  });

  it("private_key_jwt: the assertion's audience is the public token endpoint", async () => {
    const admin = await personToken("thijs.vandam@lindehaven");
    const keys = await partnerKeys("ES256");
    const client = await registerClient(hub, admin, { jwks: keys.jwks, scopes: ["cases:read"] });
    // assertionToken aims at the address the test reaches (the hub's own), which is not its public URL.
    expect((await assertionToken(hub, client.id, keys)).status).toBe(401);
    const now = Math.floor(Date.now() / 1000);
    const assertion = await new SignJWT({})
      .setProtectedHeader({ alg: "ES256", kid: keys.kid })
      .setIssuer(client.id)
      .setSubject(client.id)
      .setAudience(`${PUBLIC_URL}/oauth/token`)
      .setJti(crypto.randomUUID())
      .setExpirationTime(now + 60)
      .sign(keys.privateKey);
    const answer = await fetch(`${hub.url}/oauth/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        grant_type: "client_credentials",
        client_assertion_type: "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
        client_assertion: assertion,
      }),
    });
    expect(answer.status).toBe(200);
  });

  it("never lets a people's token act as a service account", async () => {
    const admin = await personToken("thijs.vandam@lindehaven");
    const client = await registerClient(hub, admin, { scopes: ["cases:read"] });
    // Even if the account were given a subject at the issuer, a people's token does not sign it in.
    await hub.database.db
      .update(tables.professionals)
      .set({ oidcSubject: "systeem@lindehaven" })
      .where(eq(tables.professionals.id, client.client.serviceAccount.id));
    const res = await gql(hub, `{ me { id } }`, {}, await personToken("systeem@lindehaven"));
    expect(res.status).toBe(401);
    expectCode(res, "UNAUTHENTICATED");
  });
});
