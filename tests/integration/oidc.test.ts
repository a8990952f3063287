import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { SignJWT, exportJWK, generateKeyPair } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, tables } from "@regiehub/db";
import { expectCode, gql, startTestHub, type TestHub } from "../support/hub";

// Production sign-in: tokens from an external OpenID Connect issuer, verified against its JWKS.

let hub: TestHub;
let jwksServer: Server;
let privateKey: CryptoKey;
const ISSUER = "https://login.lindehaven.example/realms/regiehub";
const AUDIENCE = "regiehub-api";

beforeAll(async () => {
  const keys = await generateKeyPair("RS256", { extractable: true });
  privateKey = keys.privateKey;
  const jwk = { ...(await exportJWK(keys.publicKey)), kid: "test-key", alg: "RS256", use: "sig" };
  jwksServer = createServer((_req, res) => {
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((r) => jwksServer.listen(0, "127.0.0.1", r));
  const jwksUrl = `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/jwks`;
  hub = await startTestHub({
    AUTH_MODE: "oidc",
    OIDC_ISSUER: ISSUER,
    OIDC_AUDIENCE: AUDIENCE,
    OIDC_JWKS_URL: jwksUrl,
  });
  await hub.database.db
    .update(tables.professionals)
    .set({ oidcSubject: "sanne.bakker@wijkteam" })
    .where(eq(tables.professionals.id, DEMO.professionals.casusregisseur));
});
afterAll(async () => {
  await hub?.stop();
  jwksServer?.close();
});

function token(claims: { sub: string; iss?: string; aud?: string; exp?: number }) {
  return new SignJWT({})
    .setProtectedHeader({ alg: "RS256", kid: "test-key" })
    .setSubject(claims.sub)
    .setIssuer(claims.iss ?? ISSUER)
    .setAudience(claims.aud ?? AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(claims.exp ?? Math.floor(Date.now() / 1000) + 600)
    .sign(privateKey);
}

describe("OIDC mode", () => {
  it("tells the UI it uses OIDC and disables dev sign-in", async () => {
    const res: any = await gql(hub, `{ authConfig { mode issuer } }`);
    expect(res.data.authConfig).toEqual({ mode: "OIDC", issuer: ISSUER });
    expectCode(await gql(hub, `{ devSignInOptions { name } }`), "FORBIDDEN");
    expectCode(
      await gql(hub, `mutation($id: ID!) { devSignIn(professionalId: $id) { token } }`, {
        id: DEMO.professionals.admin,
      }),
      "FORBIDDEN",
    );
  });

  it("maps a valid token's subject to the professional", async () => {
    const res: any = await gql(hub, `{ me { id role } }`, {}, await token({ sub: "sanne.bakker@wijkteam" }));
    expect(res.data.me).toEqual({ id: DEMO.professionals.casusregisseur, role: "CASUSREGISSEUR" });
  });

  it("refuses wrong issuer, wrong audience, expired tokens and unknown subjects", async () => {
    for (const t of [
      await token({ sub: "sanne.bakker@wijkteam", iss: "https://evil.example" }),
      await token({ sub: "sanne.bakker@wijkteam", aud: "other-api" }),
      await token({ sub: "sanne.bakker@wijkteam", exp: Math.floor(Date.now() / 1000) - 3600 }),
      await token({ sub: "nobody@nowhere" }),
    ]) {
      const res = await gql(hub, `{ me { id } }`, {}, t);
      expect(res.status).toBe(401);
      expectCode(res, "UNAUTHENTICATED");
    }
  });
});
