import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { SignJWT, importJWK, type CryptoKey } from "jose";
import { DEMO, sealProcessingLog, tables } from "@regiehub/db";
import { expectCode, gql, signIn, startTestHub, wsClient, type TestHub } from "../support/hub";
import { collect, sleep } from "../support/live";
import {
  ASSERTION_TYPE,
  adminOf,
  basic,
  clientAssertion,
  clientToken,
  partnerKeys,
  registerClient,
  tokenRequest,
} from "../support/api-clients";

// Partner systems refused, each with a typed answer and an entry in the processing log: at the token endpoint
// (RFC 6749 §5.2 errors) and on the API (UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BAD_USER_INPUT). The hub keeps
// its signing key in a folder here, so that the test can sign tokens "of another hub" with it.

const P = DEMO.professionals;
const O = DEMO.organisations;
const CASE = DEMO.cases.multiProblem;

let hub: TestHub;
let keyDir: string;
let wijkteamAdmin: { id: string; token: string };
let schoolAdmin: { id: string; token: string };

beforeAll(async () => {
  keyDir = mkdtempSync(join(tmpdir(), "regiehub-hub-key-"));
  hub = await startTestHub({
    HUB_SIGNING_KEY_DIR: keyDir,
    // Each refusal its own entry (merging is tested in denials.test.ts).
    DENIED_MERGE_SECONDS: "0",
    // The client's address from X-Forwarded-For, as behind a proxy on this machine.
    TRUST_PROXY: "loopback",
  });
  wijkteamAdmin = await adminOf(hub, O.wijkteamNoord);
  schoolAdmin = await adminOf(hub, O.secondarySchool);
}, 60_000);

afterAll(async () => {
  await hub?.stop();
  if (keyDir) rmSync(keyDir, { recursive: true, force: true });
});

/** The token endpoint's refusals logged since `sinceId` (optionally of one client), oldest first. */
async function refusalsLogged(sinceId: number, clientId?: string | null) {
  await sealProcessingLog(hub.database.db, { wait: true });
  const l = tables.processingLog;
  const rows = await hub.database.db
    .select()
    .from(l)
    .where(and(eq(l.actorType, "PARTNER_SYSTEM"), eq(l.outcome, "DENIED")))
    .orderBy(l.id);
  return rows.filter((r) => r.id > sinceId && (clientId === undefined || r.actorId === clientId));
}

async function lastLogId(): Promise<number> {
  const rows = await hub.database.db.select({ id: tables.processingLog.id }).from(tables.processingLog);
  return Math.max(0, ...rows.map((r) => r.id));
}

function expectOAuthError(
  answer: { status: number; body: Record<string, any>; headers: Headers },
  error: string,
) {
  expect(answer.body.error).toBe(error);
  expect(answer.body).not.toHaveProperty("access_token");
  expect(typeof answer.body.error_description).toBe("string");
  expect(answer.headers.get("cache-control")).toBe("no-store");
  expect(answer.status).toBe(error === "invalid_client" ? 401 : 400);
  if (error === "invalid_client")
    expect(answer.headers.get("www-authenticate")).toMatch(/^Basic realm="regiehub"/);
}

describe("the token endpoint refuses", () => {
  it("a wrong secret, and an unknown client, alike (invalid_client), logging each", async () => {
    const client = await registerClient(hub, wijkteamAdmin.token, {});
    const since = await lastLogId();
    const wrong = await tokenRequest(
      hub,
      { grant_type: "client_credentials" },
      basic(client.id, "not-the-secret"),
    );
    expectOAuthError(wrong, "invalid_client");
    const unknown = await tokenRequest(
      hub,
      { grant_type: "client_credentials" },
      basic(randomUUID(), client.secret!),
    );
    expectOAuthError(unknown, "invalid_client");
    expect(unknown.body.error_description).toBe(wrong.body.error_description);
    const posted = await tokenRequest(hub, {
      grant_type: "client_credentials",
      client_id: client.id,
      client_secret: "x",
    });
    expectOAuthError(posted, "invalid_client");
    const logged = await refusalsLogged(since);
    expect(logged.map((e) => [e.actorId, e.detail])).toEqual([
      [client.id, "invalid_client: wrong secret"],
      [null, "invalid_client: unknown client"],
      [client.id, "invalid_client: wrong secret"],
    ]);
    expect(logged[0]).toMatchObject({
      operation: "DENIED",
      organisationId: O.wijkteamNoord,
      caseId: null,
      fields: ["AccessToken"],
      processingActivityId: "RH-PA-07",
    });
    expect(JSON.stringify(logged)).not.toContain(client.secret);
  });

  it("a secret that ended after its rotation's overlap, while the new one and one in its overlap work", async () => {
    const client = await registerClient(hub, wijkteamAdmin.token, {});
    const rotate = (id: string, overlapMinutes: number, token = wijkteamAdmin.token) =>
      gql<any>(
        hub,
        `mutation($id: ID!, $m: Int) { rotateApiClientSecret(id: $id, overlapMinutes: $m) { clientSecret previousSecretsExpireAt client { secrets { active expiresAt } } } }`,
        { id, m: overlapMinutes },
        token,
      );
    // With an overlap of an hour the old secret still works beside the new one.
    const first = await rotate(client.id, 60);
    expect(first.errors).toBeUndefined();
    const second = first.data.rotateApiClientSecret;
    expect(new Date(second.previousSecretsExpireAt).getTime() - Date.now()).toBeGreaterThan(59 * 60_000);
    expect(second.client.secrets.map((s: any) => s.active)).toEqual([true, true]);
    await clientToken(hub, client.id, client.secret!);
    await clientToken(hub, client.id, second.clientSecret);
    // With no overlap the earlier ones end at once.
    const third = (await rotate(client.id, 0)).data.rotateApiClientSecret;
    expect(third.client.secrets.map((s: any) => s.active)).toEqual([true, false, false]);
    const since = await lastLogId();
    const old = await tokenRequest(
      hub,
      { grant_type: "client_credentials" },
      basic(client.id, second.clientSecret),
    );
    expectOAuthError(old, "invalid_client");
    expect(await clientToken(hub, client.id, third.clientSecret)).toBeTruthy();
    const [logged] = await refusalsLogged(since, client.id);
    expect(logged?.detail).toMatch(/^invalid_client: a secret that expired at /);
    // The overlap is bounded.
    expectCode(await rotate(client.id, 7 * 24 * 60 + 1), "BAD_USER_INPUT");
    expectCode(await rotate(client.id, -1), "BAD_USER_INPUT");
  });

  it("a revoked client: no token, its tokens stop at once, its open WebSocket closes with 4403", async () => {
    const client = await registerClient(hub, wijkteamAdmin.token, {});
    const token = await clientToken(hub, client.id, client.secret!);
    expect((await gql(hub, `{ me { id } }`, {}, token)).errors).toBeUndefined();
    const socket = wsClient(hub, token);
    const events = collect(socket, `subscription($id: ID!) { caseEvents(caseId: $id) { seq } }`, {
      id: CASE,
    });
    await sleep(300);
    expect(events.error).toBeUndefined();
    expect(hub.config.live.authRecheckMs).toBe(60_000); // so only the revocation itself can close it here

    const revoked = await gql<any>(
      hub,
      `mutation($id: ID!) { revokeApiClient(id: $id) { id revokedAt revokedBy { id } secrets { active } } }`,
      { id: client.id },
      wijkteamAdmin.token,
    );
    expect(revoked.errors).toBeUndefined();
    expect(revoked.data.revokeApiClient).toMatchObject({
      revokedBy: { id: wijkteamAdmin.id },
      secrets: [{ active: false }],
    });
    for (let i = 0; i < 40 && !events.error; i++) await sleep(50);
    expect((events.error as { code?: number; reason?: string } | undefined)?.code).toBe(4403);
    await socket.dispose();

    const since = await lastLogId();
    const after = await gql(hub, `{ me { id } }`, {}, token);
    expect(after.status).toBe(401);
    expectCode(after, "UNAUTHENTICATED");
    expectOAuthError(
      await tokenRequest(hub, { grant_type: "client_credentials" }, basic(client.id, client.secret!)),
      "invalid_client",
    );
    expect((await refusalsLogged(since, client.id)).map((e) => e.detail)).toEqual([
      "invalid_client: the client was revoked",
    ]);
    // Revoking twice is a conflict; the revocation itself was logged as the ADMIN's change.
    expectCode(
      await gql(
        hub,
        `mutation($id: ID!) { revokeApiClient(id: $id) { id } }`,
        { id: client.id },
        wijkteamAdmin.token,
      ),
      "CONFLICT",
    );
    await sealProcessingLog(hub.database.db, { wait: true });
    const changes = await hub.database.db
      .select()
      .from(tables.processingLog)
      .where(
        and(eq(tables.processingLog.actorId, wijkteamAdmin.id), eq(tables.processingLog.operation, "UPDATE")),
      );
    expect(
      changes.some(
        (e) => e.detail?.includes(`API client ${client.id}`) && e.fields.includes("ApiClient.revokedAt"),
      ),
    ).toBe(true);
  });

  it("a scope wider than the client's (invalid_scope), and unknown scopes", async () => {
    const client = await registerClient(hub, schoolAdmin.token, { scopes: ["cases:read"] });
    const since = await lastLogId();
    const wider = await tokenRequest(
      hub,
      { grant_type: "client_credentials", scope: "cases:read dossier:read" },
      basic(client.id, client.secret!),
    );
    expectOAuthError(wider, "invalid_scope");
    const unknown = await tokenRequest(
      hub,
      { grant_type: "client_credentials", scope: "admin" },
      basic(client.id, client.secret!),
    );
    expectOAuthError(unknown, "invalid_scope");
    expect((await refusalsLogged(since, client.id)).map((e) => e.detail)).toEqual([
      "invalid_scope: asked for scope beyond the client's: dossier:read",
      "invalid_scope: asked for scope beyond the client's: admin",
    ]);
    // Its token, asked without a scope, carries only its own scope and cannot widen itself on the API.
    const token = await clientToken(hub, client.id, client.secret!);
    expectCode(
      await gql(hub, `query($id: ID!) { dossierItem(id: $id) { id } }`, { id: randomUUID() }, token),
      "NOT_FOUND",
    );
    const rec = await gql(
      hub,
      `mutation($input: RecordNoteInput!) { recordNote(input: $input) { id } }`,
      {
        input: {
          caseId: CASE,
          domain: "EDUCATION",
          dataClass: "GENERAL",
          subjectPersonIds: [],
          title: "Gesprek met mentor",
          body: "Verslag van het gesprek over het verzuim.",
          occurredOn: "2026-01-05",
          legalBasis: "LEGAL_TASK",
        },
      },
      token,
    );
    expectCode(rec, "FORBIDDEN");
  });

  it("a reused, foreign or long-lived client assertion (private_key_jwt)", async () => {
    const keys = await partnerKeys("ES256");
    const client = await registerClient(hub, schoolAdmin.token, { jwks: keys.jwks, scopes: ["cases:read"] });
    const audience = `${hub.url}/oauth/token`;
    const send = (assertion: string) =>
      tokenRequest(hub, {
        grant_type: "client_credentials",
        client_assertion_type: ASSERTION_TYPE,
        client_assertion: assertion,
      });
    const assertion = await clientAssertion(keys, client.id, audience);
    expect((await send(assertion)).status).toBe(200);
    const since = await lastLogId();
    expectOAuthError(await send(assertion), "invalid_client"); // the same jti again
    const other = await partnerKeys("ES256", keys.kid); // another key under the registered kid
    expectOAuthError(await send(await clientAssertion(other, client.id, audience)), "invalid_client");
    expectOAuthError(
      await send(await clientAssertion(keys, client.id, audience, { expiresIn: 600 })),
      "invalid_client",
    );
    expectOAuthError(
      await send(await clientAssertion(keys, client.id, "https://elders.example/oauth/token")),
      "invalid_client",
    );
    expectOAuthError(
      await send(await clientAssertion(keys, client.id, audience, { iss: randomUUID() })),
      "invalid_client",
    );
    // The issuer's identifier is an accepted audience too.
    expect((await send(await clientAssertion(keys, client.id, hub.url))).status).toBe(200);
    const details = (await refusalsLogged(since)).map((e) => e.detail);
    expect(details).toEqual([
      expect.stringMatching(/^invalid_client: the client assertion's jti .* was used before$/),
      "invalid_client: the client assertion does not verify with the client's registered keys",
      "invalid_client: the client assertion is valid for too long",
      expect.stringMatching(/^invalid_client: the client assertion's aud claim is wrong/),
      "invalid_client: assertion: iss and sub must both be the client_id",
    ]);
    // A client with a key does not get tokens with a secret, nor a secret rotation.
    expectCode(
      await gql(
        hub,
        `mutation($id: ID!) { rotateApiClientSecret(id: $id) { clientSecret } }`,
        { id: client.id },
        schoolAdmin.token,
      ),
      "BAD_USER_INPUT",
    );
  });

  it("an address outside the client's allowed ranges (req.ip under TRUST_PROXY)", async () => {
    const ranged = await registerClient(hub, schoolAdmin.token, {
      allowedCidrs: ["192.0.2.0/24", "2001:db8::/32"],
    });
    expect(ranged.client.allowedCidrs).toEqual(["192.0.2.0/24", "2001:db8::/32"]);
    const since = await lastLogId();
    const direct = await tokenRequest(
      hub,
      { grant_type: "client_credentials" },
      basic(ranged.id, ranged.secret!),
    );
    expectOAuthError(direct, "invalid_client");
    const outside = await tokenRequest(
      hub,
      { grant_type: "client_credentials" },
      { ...basic(ranged.id, ranged.secret!), "x-forwarded-for": "198.51.100.9" },
    );
    expectOAuthError(outside, "invalid_client");
    const inside = await tokenRequest(
      hub,
      { grant_type: "client_credentials" },
      { ...basic(ranged.id, ranged.secret!), "x-forwarded-for": "192.0.2.44" },
    );
    expect(inside.status).toBe(200);
    expect((await refusalsLogged(since, ranged.id)).map((e) => e.detail)).toEqual([
      "invalid_client: address 127.0.0.1 outside the client's allowed ranges",
      "invalid_client: address 198.51.100.9 outside the client's allowed ranges",
    ]);
    // Not a range: refused at registration.
    const bad = await gql(
      hub,
      `mutation { registerApiClient(input: { name: "Fout bereik", scopes: ["cases:read"], allowedCidrs: ["10.0.0.0/33"] }) { clientSecret } }`,
      {},
      schoolAdmin.token,
    );
    expectCode(bad, "BAD_USER_INPUT");
    expect(bad.errors?.[0]?.extensions.field ?? bad.errors?.[0]?.extensions.fieldErrors?.[0]?.path).toBe(
      "input.allowedCidrs.0",
    );
  });

  it("malformed requests: the method, the body, the grant type, two ways of authenticating", async () => {
    const client = await registerClient(hub, schoolAdmin.token, { scopes: ["cases:read"] });
    const get = await fetch(`${hub.url}/oauth/token`);
    expect(get.status).toBe(405);
    const json = await fetch(`${hub.url}/oauth/token`, {
      method: "POST",
      headers: { "content-type": "application/json", ...basic(client.id, client.secret!) },
      body: JSON.stringify({ grant_type: "client_credentials" }),
    });
    expect(json.status).toBe(400);
    expect(((await json.json()) as any).error).toBe("invalid_request");
    expectOAuthError(await tokenRequest(hub, {}, basic(client.id, client.secret!)), "invalid_request");
    expectOAuthError(
      await tokenRequest(hub, { grant_type: "password" }, basic(client.id, client.secret!)),
      "unsupported_grant_type",
    );
    expectOAuthError(
      await tokenRequest(
        hub,
        { grant_type: "client_credentials", client_id: client.id, client_secret: client.secret! },
        basic(client.id, client.secret!),
      ),
      "invalid_request",
    );
    const repeated = await fetch(`${hub.url}/oauth/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", ...basic(client.id, client.secret!) },
      body: "grant_type=client_credentials&scope=cases:read&scope=cases:read",
    });
    expect(repeated.status).toBe(400);
    expect(((await repeated.json()) as any).error).toBe("invalid_request");
    expectOAuthError(await tokenRequest(hub, { grant_type: "client_credentials" }), "invalid_client");
  });
});

describe("the API refuses", () => {
  /** The hub's signing key, as a thief of it — or another hub sharing it — would have it. */
  async function hubKey(): Promise<{ kid: string; key: CryptoKey }> {
    const stored = JSON.parse(readFileSync(join(keyDir, "hub-signing-key.json"), "utf8"));
    return { kid: stored.kid, key: (await importJWK(stored.privateJwk, "ES256")) as CryptoKey };
  }

  async function forge(claims: { iss: string; aud: string; sub: string; typ?: string }) {
    const { kid, key } = await hubKey();
    return new SignJWT({ client_id: claims.sub, scope: "cases:read" })
      .setProtectedHeader({ alg: "ES256", kid, typ: claims.typ ?? "at+jwt" })
      .setIssuer(claims.iss)
      .setAudience(claims.aud)
      .setSubject(claims.sub)
      .setJti(randomUUID())
      .setIssuedAt()
      .setExpirationTime("5m")
      .sign(key);
  }

  it("a token of another hub: another audience or another issuer (UNAUTHENTICATED)", async () => {
    const client = await registerClient(hub, schoolAdmin.token, { scopes: ["cases:read"] });
    // The control: our issuer and audience, our key — accepted.
    const ours = await forge({ iss: hub.url, aud: "regiehub", sub: client.id });
    expect((await gql(hub, `{ me { id } }`, {}, ours)).errors).toBeUndefined();
    for (const token of [
      await forge({ iss: hub.url, aud: "andere-hub", sub: client.id }),
      await forge({ iss: "https://andere-hub.example", aud: "regiehub", sub: client.id }),
      await forge({ iss: hub.url, aud: "regiehub", sub: client.id, typ: "JWT" }),
      await forge({ iss: hub.url, aud: "regiehub", sub: randomUUID() }),
    ]) {
      const res = await gql(hub, `{ me { id } }`, {}, token);
      expect(res.status).toBe(401);
      expectCode(res, "UNAUTHENTICATED");
    }
    // Signed by another hub's key (a hub of its own, with its own key).
    const other = await partnerKeys("ES256");
    const foreign = await new SignJWT({ client_id: client.id, scope: "cases:read" })
      .setProtectedHeader({ alg: "ES256", kid: (await hubKey()).kid, typ: "at+jwt" })
      .setIssuer(hub.url)
      .setAudience("regiehub")
      .setSubject(client.id)
      .setJti(randomUUID())
      .setExpirationTime("5m")
      .sign(other.privateKey);
    expectCode(await gql(hub, `{ me { id } }`, {}, foreign), "UNAUTHENTICATED");
  });

  it("registering as anyone but an ADMIN (FORBIDDEN, logged)", async () => {
    const register = `mutation { registerApiClient(input: { name: "Niet van mij", scopes: ["cases:read"] }) { clientSecret } }`;
    for (const who of [P.casusregisseur, P.privacyOfficer, P.secondarySchoolProfessional]) {
      const token = await signIn(hub, who);
      expectCode(await gql(hub, register, {}, token), "FORBIDDEN");
      expectCode(await gql(hub, `{ apiClients { id } }`, {}, token), "FORBIDDEN");
    }
    await sealProcessingLog(hub.database.db, { wait: true });
    const denied = await hub.database.db
      .select()
      .from(tables.processingLog)
      .where(
        and(eq(tables.processingLog.actorId, P.casusregisseur), eq(tables.processingLog.operation, "DENIED")),
      );
    expect(denied.some((e) => e.fields.includes("FORBIDDEN registerApiClient"))).toBe(true);
    expect(
      await hub.database.db
        .select()
        .from(tables.apiClients)
        .where(eq(tables.apiClients.name, "Niet van mij")),
    ).toEqual([]);
  });

  it("another organisation's client (NOT_FOUND), and a client for another organisation", async () => {
    const theirs = await registerClient(hub, schoolAdmin.token, { scopes: ["cases:read"] });
    const mine = await gql<any>(hub, `{ apiClients { id } }`, {}, wijkteamAdmin.token);
    expect(mine.data.apiClients.map((c: any) => c.id)).not.toContain(theirs.id);
    for (const mutation of [
      `mutation($id: ID!) { rotateApiClientSecret(id: $id) { clientSecret } }`,
      `mutation($id: ID!) { revokeApiClient(id: $id) { id } }`,
    ]) {
      expectCode(await gql(hub, mutation, { id: theirs.id }, wijkteamAdmin.token), "NOT_FOUND");
      expectCode(await gql(hub, mutation, { id: randomUUID() }, wijkteamAdmin.token), "NOT_FOUND");
    }
    expect(
      (await gql(hub, `{ me { id } }`, {}, await clientToken(hub, theirs.id, theirs.secret!))).errors,
    ).toBeUndefined();
    // The input names no organisation: a client is always of the ADMIN's own.
    const other = await gql(
      hub,
      `mutation($o: ID!) { registerApiClient(input: { name: "Voor een ander", scopes: ["cases:read"], organisationId: $o }) { clientSecret } }`,
      { o: O.secondarySchool },
      wijkteamAdmin.token,
    );
    expect(other.errors?.[0]?.extensions.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
    const created = await registerClient(hub, wijkteamAdmin.token, { scopes: ["cases:read"] });
    expect(created.client.serviceAccount.organisation.id).toBe(O.wijkteamNoord);
  });

  it("scopes outside the closed list, none, or a name in use (typed input errors)", async () => {
    const register = (input: Record<string, unknown>) =>
      gql(
        hub,
        `mutation($input: RegisterApiClientInput!) { registerApiClient(input: $input) { clientSecret } }`,
        { input },
        schoolAdmin.token,
      );
    const unknown = await register({ name: "Onbekend", scopes: ["cases:read", "log:read"] });
    expectCode(unknown, "BAD_USER_INPUT");
    expect(unknown.errors?.[0]?.extensions.fieldErrors?.[0]?.path).toBe("input.scopes.1");
    expectCode(await register({ name: "Leeg", scopes: [] }), "BAD_USER_INPUT");
    const privateKey = await register({
      name: "Geheime sleutel",
      scopes: ["cases:read"],
      jwks: JSON.stringify({ keys: [{ kty: "oct", kid: "k", k: "c2VjcmV0" }] }),
    });
    expectCode(privateKey, "BAD_USER_INPUT");
    expect((await register({ name: "Dubbel", scopes: ["cases:read"] })).errors).toBeUndefined();
    expectCode(await register({ name: "Dubbel", scopes: ["cases:read"] }), "CONFLICT");
  });
});
