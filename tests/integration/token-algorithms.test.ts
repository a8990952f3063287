import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import {
  SignJWT,
  base64url,
  exportJWK,
  generateKeyPair,
  generateSecret,
  type CryptoKey,
  type JWK,
  type JWTHeaderParameters,
} from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, tables } from "@regiehub/db";
import { ConfigError, loadConfig, type StartOptions } from "@regiehub/server";
import { gql, signIn, startTestHub, wsClient, wsRequest, type TestHub } from "../support/hub";
import { sleep } from "../support/live";

// A Bearer token with any algorithm but the ones the hub accepts — HMAC, RSA, RSA-PSS, other curves, EdDSA,
// 'none' — or with the right algorithm and a foreign key is refused as UNAUTHENTICATED: HTTP 401 without a
// stack trace (and nothing in the error log), and over WebSocket a close with 4401. A JWKS the hub cannot
// fetch is the hub's problem: UNAVAILABLE (HTTP 503, close 1013 "try again later").

const P = DEMO.professionals;
const DEV_ISSUER = "urn:regiehub:dev";
const DEV_AUDIENCE = "regiehub";
const OIDC_ISSUER = "https://login.lindehaven.example/realms/regiehub";
const OIDC_AUDIENCE = "regiehub-api";
const OIDC_SUBJECT = "sanne.bakker@wijkteam";

/** Every JWS algorithm jose can sign with (those the runtime cannot generate keys for are skipped). */
const JWS_ALGORITHMS = [
  "HS256",
  "HS384",
  "HS512",
  "RS256",
  "RS384",
  "RS512",
  "PS256",
  "PS384",
  "PS512",
  "ES256",
  "ES384",
  "ES512",
  "EdDSA",
  "Ed25519",
  "ML-DSA-44",
  "ML-DSA-65",
  "ML-DSA-87",
] as const;
/** The algorithms every supported Node.js can sign with: the sweep must cover at least these. */
const EVERYWHERE = JWS_ALGORITHMS.slice(0, 14);

/** A key per algorithm, foreign to every hub. */
const foreignKeys = new Map<string, CryptoKey | Uint8Array>();

interface Claims {
  sub: string;
  iss: string;
  aud: string;
}

function sign(
  alg: string,
  key: CryptoKey | Uint8Array,
  claims: Claims,
  header: Partial<JWTHeaderParameters> = {},
) {
  return new SignJWT({})
    .setProtectedHeader({ ...header, alg })
    .setSubject(claims.sub)
    .setIssuer(claims.iss)
    .setAudience(claims.aud)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + 600)
    .sign(key);
}

const b64 = (value: unknown) => base64url.encode(typeof value === "string" ? value : JSON.stringify(value));

/** A compact token from raw parts (for what jose refuses to sign). */
function handMade(header: unknown, claims: Claims, signature = ""): string {
  const payload = { ...claims, iat: Math.floor(Date.now() / 1000), exp: Math.floor(Date.now() / 1000) + 600 };
  return `${b64(header)}.${b64(payload)}.${signature}`;
}

/** The tokens of the sweep for one hub's claims: a foreign-keyed token per algorithm, and hand-made ones. */
async function sweep(claims: Claims): Promise<[string, string][]> {
  const tokens: [string, string][] = [];
  for (const [alg, key] of foreignKeys) {
    tokens.push([`${alg}, foreign key`, await sign(alg, key, claims, { typ: "JWT" })]);
  }
  const es256 = foreignKeys.get("ES256")!;
  const embedded = await generateKeyPair("ES256", { extractable: true });
  tokens.push(
    [
      "ES256 with its own key embedded (jwk header)",
      await sign("ES256", embedded.privateKey, claims, { jwk: await exportJWK(embedded.publicKey) }),
    ],
    ["ES256, foreign key, unknown kid", await sign("ES256", es256, claims, { kid: "no-such-key" })],
    ["alg none, unsigned", handMade({ alg: "none", typ: "JWT" }, claims)],
    ["alg none with a signature", handMade({ alg: "none" }, claims, b64("x"))],
    ["alg NONE", handMade({ alg: "NONE" }, claims)],
    ["alg None", handMade({ alg: "None" }, claims)],
    ["no alg", handMade({ typ: "JWT" }, claims, b64("x"))],
    ["empty alg", handMade({ alg: "" }, claims, b64("x"))],
    ["unknown alg", handMade({ alg: "HS1024" }, claims, b64("x"))],
    ["alg not a string", handMade({ alg: 256 }, claims, b64("x"))],
    ["alg an object", handMade({ alg: { toString: "ES256" } }, claims, b64("x"))],
    ["header not JSON", `${b64("not json")}.${b64(claims)}.${b64("x")}`],
    ["header not an object", `${b64([1, 2])}.${b64(claims)}.${b64("x")}`],
    ["payload not JSON", `${b64({ alg: "ES256" })}.${b64("not json")}.${b64("x")}`],
    ["signature not base64url", `${b64({ alg: "ES256" })}.${b64(claims)}.***`],
    ["four parts", `${b64({ alg: "ES256" })}.${b64(claims)}.${b64("x")}.${b64("y")}`],
    ["crit header", handMade({ alg: "ES256", crit: ["exp"] }, claims, b64("x"))],
    ["b64 false", handMade({ alg: "ES256", b64: false, crit: ["b64"] }, claims, b64("x"))],
  );
  return tokens;
}

/** Errors logged by a hub (a refused token must not log anything at error level). */
function capturingLogger(): { logger: NonNullable<StartOptions["logger"]>; errors: unknown[][] } {
  const errors: unknown[][] = [];
  const ignore = () => undefined;
  const logger = {
    fatal: (...args: unknown[]) => errors.push(args),
    error: (...args: unknown[]) => errors.push(args),
    warn: ignore,
    info: ignore,
    debug: ignore,
    trace: ignore,
    child: () => logger,
  };
  return { logger: logger as unknown as NonNullable<StartOptions["logger"]>, errors };
}

const STACK_TRACE = /stack|node_modules|\.[cm]?[jt]s:\d+|\n\s*at |TypeError|DOMException|JOSE/i;

/** Presents a token over HTTP: returns what is wrong with the answer, or undefined when it is a clean 401. */
async function httpRefusal(hub: TestHub, token: string): Promise<string | undefined> {
  const res = await fetch(`${hub.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: "{ me { id } }" }),
  });
  const text = await res.text();
  const problems: string[] = [];
  if (res.status !== 401) problems.push(`HTTP ${res.status}`);
  if (STACK_TRACE.test(text)) problems.push("looks like a stack trace");
  try {
    const body = JSON.parse(text) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
    const codes = (body.errors ?? []).map((e) => e.extensions?.code);
    if (codes.length !== 1 || codes[0] !== "UNAUTHENTICATED") problems.push(`codes ${JSON.stringify(codes)}`);
    if (body.data) problems.push("data returned");
  } catch {
    problems.push("body is not JSON");
  }
  return problems.length ? `${problems.join(", ")}: ${text.slice(0, 200)}` : undefined;
}

/** Presents a token over WebSocket: the socket's close code (-1 when it stays open). */
async function wsCloseCode(hub: TestHub, token: string): Promise<number> {
  const client = wsClient(hub, token);
  const closed = new Promise<number>((resolve) =>
    client.on("closed", (event) => resolve((event as { code: number }).code)),
  );
  try {
    await Promise.race([wsRequest(client, "{ me { id } }").catch(() => undefined), sleep(5_000)]);
    return await Promise.race([closed, sleep(2_000).then(() => -1)]);
  } finally {
    await client.dispose();
  }
}

/** Every token of the sweep, over both transports: the offenders (empty when all are refused properly). */
async function refusals(hub: TestHub, tokens: [string, string][]) {
  const http: string[] = [];
  const ws: string[] = [];
  for (const [label, token] of tokens) {
    const problem = await httpRefusal(hub, token);
    if (problem) http.push(`${label}: ${problem}`);
    const code = await wsCloseCode(hub, token);
    if (code !== 4401) ws.push(`${label}: closed with ${code}`);
  }
  return { http, ws };
}

beforeAll(async () => {
  for (const alg of JWS_ALGORITHMS) {
    try {
      foreignKeys.set(
        alg,
        alg.startsWith("HS")
          ? await generateSecret(alg)
          : (await generateKeyPair(alg, { extractable: true })).privateKey,
      );
    } catch {
      // Not supported by this runtime (ML-DSA before Node.js 24).
    }
  }
});

describe("tokens with a wrong algorithm or key, dev mode (the hub's own ES256 keys)", () => {
  let hub: TestHub;
  const log = capturingLogger();
  beforeAll(async () => {
    hub = await startTestHub({}, { logger: log.logger });
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it("sweeps every algorithm jose can sign with", () => {
    expect(EVERYWHERE.filter((alg) => !foreignKeys.has(alg))).toEqual([]);
  });

  it("accepts the hub's own token", async () => {
    const token = await signIn(hub, P.casusregisseur);
    const res = await gql<{ me: { id: string } }>(hub, "{ me { id } }", {}, token);
    expect(res.status).toBe(200);
    expect(res.data?.me.id).toBe(P.casusregisseur);
  });

  it("refuses every other token with 401 UNAUTHENTICATED over HTTP and 4401 over WebSocket", async () => {
    const tokens = await sweep({ sub: P.casusregisseur, iss: DEV_ISSUER, aud: DEV_AUDIENCE });
    log.errors.length = 0;
    const { http, ws } = await refusals(hub, tokens);
    expect({ http, ws, logged: log.errors.map(([, message]) => message) }).toEqual({
      http: [],
      ws: [],
      logged: [],
    });
  });
});

describe("tokens with a wrong algorithm or key, OIDC mode", () => {
  let hub: TestHub;
  let jwksServer: Server;
  const log = capturingLogger();
  const issuerKeys: Record<string, CryptoKey> = {};
  const claims = { sub: OIDC_SUBJECT, iss: OIDC_ISSUER, aud: OIDC_AUDIENCE };

  beforeAll(async () => {
    // The issuer's keys: RS256 and ES256 as announced, and two published without `alg` (as some issuers do),
    // which jose would use for any algorithm of their key type.
    const jwks: JWK[] = [];
    for (const [kid, alg, announced] of [
      ["rsa", "RS256", true],
      ["ec", "ES256", true],
      ["rsa-any", "PS256", false],
      ["ec-384", "ES384", false],
    ] as const) {
      const pair = await generateKeyPair(alg, { extractable: true });
      issuerKeys[kid] = pair.privateKey;
      jwks.push({ ...(await exportJWK(pair.publicKey)), kid, use: "sig", ...(announced ? { alg } : {}) });
    }
    jwksServer = createServer((_req, res) => {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ keys: jwks }));
    });
    await new Promise<void>((r) => jwksServer.listen(0, "127.0.0.1", r));
    hub = await startTestHub(
      {
        AUTH_MODE: "oidc",
        OIDC_ISSUER,
        OIDC_AUDIENCE,
        OIDC_JWKS_URL: `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/jwks`,
      },
      { logger: log.logger },
    );
    await hub.database.db
      .update(tables.professionals)
      .set({ oidcSubject: OIDC_SUBJECT })
      .where(eq(tables.professionals.id, P.casusregisseur));
  });
  afterAll(async () => {
    await hub?.stop();
    jwksServer?.close();
  });

  it("accepts the issuer's RS256 and ES256 tokens (the default OIDC_ALGORITHMS)", async () => {
    for (const [alg, kid] of [
      ["RS256", "rsa"],
      ["ES256", "ec"],
    ] as const) {
      const res = await gql<{ me: { id: string } }>(
        hub,
        "{ me { id } }",
        {},
        await sign(alg, issuerKeys[kid]!, claims, { kid }),
      );
      expect(res.data?.me.id, alg).toBe(P.casusregisseur);
    }
  });

  it("refuses the issuer's own keys with an algorithm outside OIDC_ALGORITHMS", async () => {
    const tokens: [string, string][] = [
      [
        "PS256 by the issuer's RSA key",
        await sign("PS256", issuerKeys["rsa-any"]!, claims, { kid: "rsa-any" }),
      ],
      [
        "ES384 by the issuer's P-384 key",
        await sign("ES384", issuerKeys["ec-384"]!, claims, { kid: "ec-384" }),
      ],
    ];
    expect(await refusals(hub, tokens)).toEqual({ http: [], ws: [] });
  });

  it("refuses every other token with 401 UNAUTHENTICATED over HTTP and 4401 over WebSocket", async () => {
    const tokens = await sweep(claims);
    // Foreign keys claiming to be the issuer's, and HMAC keyed with the issuer's public key (alg confusion).
    for (const [alg, key] of foreignKeys) {
      for (const kid of ["rsa", "ec", "rsa-any", "ec-384"]) {
        tokens.push([`${alg}, foreign key, kid ${kid}`, await sign(alg, key, claims, { kid })]);
      }
    }
    const published = JSON.stringify(
      await exportJWK(issuerKeys["rsa"]!).then(({ n, e, kty }) => ({ e, kty, n })),
    );
    for (const alg of ["HS256", "HS384", "HS512"]) {
      const secret = new TextEncoder().encode(published);
      tokens.push([
        `${alg} keyed with the issuer's public key`,
        await sign(alg, secret, claims, { kid: "rsa" }),
      ]);
    }
    log.errors.length = 0;
    const { http, ws } = await refusals(hub, tokens);
    expect({ http, ws, logged: log.errors.map(([, message]) => message) }).toEqual({
      http: [],
      ws: [],
      logged: [],
    });
  });
});

describe("an issuer whose JWKS cannot be fetched", () => {
  let hub: TestHub;
  let jwksServer: Server;
  let status = 500;
  const claims = { sub: OIDC_SUBJECT, iss: OIDC_ISSUER, aud: OIDC_AUDIENCE };

  beforeAll(async () => {
    jwksServer = createServer((_req, res) => {
      res.statusCode = status;
      res.setHeader("content-type", "application/json");
      res.end(status === 200 ? "{ not json" : JSON.stringify({ error: "down" }));
    });
    await new Promise<void>((r) => jwksServer.listen(0, "127.0.0.1", r));
    hub = await startTestHub({
      AUTH_MODE: "oidc",
      OIDC_ISSUER,
      OIDC_AUDIENCE,
      OIDC_JWKS_URL: `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/jwks`,
    });
  });
  afterAll(async () => {
    await hub?.stop();
    jwksServer?.close();
  });

  async function expectUnavailable(label: string) {
    const token = await sign("ES256", foreignKeys.get("ES256")!, claims, { kid: "ec" });
    const res = await fetch(`${hub.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: "{ me { id } }" }),
    });
    const text = await res.text();
    expect(res.status, `${label}: ${text}`).toBe(503);
    expect(Number(res.headers.get("retry-after")), label).toBeGreaterThan(0);
    expect(text, label).not.toMatch(STACK_TRACE);
    const body = JSON.parse(text) as { errors: { extensions: { code: string } }[] };
    expect(
      body.errors.map((e) => e.extensions.code),
      label,
    ).toEqual(["UNAVAILABLE"]);
    expect(await wsCloseCode(hub, token), label).toBe(1013);
  }

  it("answers UNAVAILABLE (503, close 1013) when the JWKS endpoint fails", async () => {
    status = 500;
    await expectUnavailable("HTTP 500");
    status = 200; // but not JSON
    await expectUnavailable("not JSON");
  });

  it("answers UNAVAILABLE when the issuer cannot be reached", async () => {
    await new Promise<void>((r) => jwksServer.close(() => r()));
    await expectUnavailable("connection refused");
  });
});

describe("OIDC_ALGORITHMS", () => {
  const oidc = (algorithms?: string) =>
    loadConfig({
      NODE_ENV: "test",
      DATA_DIR: "memory://",
      AUTH_MODE: "oidc",
      OIDC_ISSUER,
      OIDC_AUDIENCE,
      OIDC_JWKS_URL: "https://login.lindehaven.example/jwks",
      ...(algorithms === undefined ? {} : { OIDC_ALGORITHMS: algorithms }),
    });
  const algorithmsOf = (algorithms?: string) => {
    const auth = oidc(algorithms).auth;
    return auth.mode === "oidc" ? auth.algorithms : undefined;
  };

  it("defaults to RS256 and ES256 and takes a comma-separated list of asymmetric algorithms", () => {
    expect(algorithmsOf()).toEqual(["RS256", "ES256"]);
    expect(algorithmsOf("")).toEqual(["RS256", "ES256"]);
    expect(algorithmsOf(" PS256, ES384 ,EdDSA")).toEqual(["PS256", "ES384", "EdDSA"]);
  });

  it("refuses symmetric algorithms, 'none' and unknown names at start-up, naming the variable", () => {
    for (const [value, says] of [
      ["HS256", /HS256.*symmetric/],
      ["RS256,HS512", /HS512.*symmetric/],
      ["none", /none.*unsigned/],
      ["ES256,NONE", /NONE.*unsigned/],
      ["RS257", /RS257.*not supported/],
      [",", /at least one/],
    ] as const) {
      let error: unknown;
      try {
        oidc(value);
      } catch (e) {
        error = e;
      }
      expect(error, value).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).message, value).toMatch(/OIDC_ALGORITHMS/);
      expect((error as ConfigError).message, value).toMatch(says);
    }
  });
});
