import assert from "node:assert/strict";
import { createServer, type IncomingMessage, type Server } from "node:http";
import { after, before, beforeEach, describe, it } from "node:test";
import { backoffSeconds, retryAfterSeconds } from "./retry";
import { ClientCredentials, TokenError } from "./token";

// The token client against a stand-in token endpoint on loopback: caching, renewal, client_secret_basic,
// retries with Retry-After, and refusals. Run with `pnpm test` in this folder.

interface Answer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

let server: Server;
let hubUrl: string;
let answers: Answer[] = [];
let requests: { authorization: string | undefined; form: URLSearchParams }[] = [];

function token(n: number, expiresIn = 600): Answer {
  return {
    status: 200,
    body: { access_token: `token-${n}`, token_type: "Bearer", expires_in: expiresIn, scope: "cases:read" },
  };
}

async function body(req: IncomingMessage): Promise<string> {
  let text = "";
  for await (const chunk of req) text += String(chunk);
  return text;
}

before(async () => {
  server = createServer(async (req, res) => {
    requests.push({ authorization: req.headers.authorization, form: new URLSearchParams(await body(req)) });
    const answer = answers.shift() ?? { status: 500, body: { error: "server_error" } };
    res.writeHead(answer.status, { "content-type": "application/json", ...answer.headers });
    res.end(JSON.stringify(answer.body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address() as { port: number };
  hubUrl = `http://127.0.0.1:${address.port}`;
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  answers = [];
  requests = [];
});

const noWait = async () => {};

describe("ClientCredentials", () => {
  it("asks with client_secret_basic (form-urlencoded id and secret) and the grant type", async () => {
    answers = [token(1)];
    const tokens = new ClientCredentials({
      hubUrl,
      clientId: "id:1",
      clientSecret: "s/é+",
      scope: "cases:read",
    });
    const t = await tokens.token();
    assert.equal(t.value, "token-1");
    assert.deepEqual(t.scopes, ["cases:read"]);
    const [request] = requests;
    const decoded = Buffer.from(request!.authorization!.replace(/^Basic /, ""), "base64").toString();
    assert.equal(decoded, `${encodeURIComponent("id:1")}:${encodeURIComponent("s/é+")}`);
    assert.equal(request!.form.get("grant_type"), "client_credentials");
    assert.equal(request!.form.get("scope"), "cases:read");
  });

  it("keeps the token until shortly before it expires, and shares one request between callers", async () => {
    let now = new Date("2026-12-07T12:00:00Z");
    answers = [token(1, 600), token(2, 600)];
    const tokens = new ClientCredentials({ hubUrl, clientId: "a", clientSecret: "b", now: () => now });
    const [x, y] = await Promise.all([tokens.get(), tokens.get()]);
    assert.equal(x, "token-1");
    assert.equal(y, "token-1");
    now = new Date("2026-12-07T12:08:59Z"); // 539 s: before the 60 s margin
    assert.equal(await tokens.get(), "token-1");
    now = new Date("2026-12-07T12:09:00Z"); // 540 s: renewed
    assert.equal(await tokens.get(), "token-2");
    assert.equal(tokens.requests, 2);
  });

  it("renews on demand: fresh, or after the hub refused this very token", async () => {
    answers = [token(1), token(2), token(3)];
    const tokens = new ClientCredentials({ hubUrl, clientId: "a", clientSecret: "b" });
    assert.equal(await tokens.get(), "token-1");
    tokens.invalidate("another-token"); // not the one held: nothing changes
    assert.equal(await tokens.get(), "token-1");
    tokens.invalidate("token-1");
    assert.equal(await tokens.get(), "token-2");
    assert.equal(await tokens.get({ fresh: true }), "token-3");
  });

  it("throws an RFC 6749 refusal at once, without retrying", async () => {
    answers = [{ status: 401, body: { error: "invalid_client", error_description: "unknown client" } }];
    const tokens = new ClientCredentials({ hubUrl, clientId: "a", clientSecret: "wrong", sleep: noWait });
    await assert.rejects(tokens.get(), (error: unknown) => {
      assert.ok(error instanceof TokenError);
      assert.equal(error.error, "invalid_client");
      assert.equal(error.status, 401);
      assert.equal(error.description, "unknown client");
      return true;
    });
    assert.equal(requests.length, 1);
    answers = [{ status: 400, body: { error: "invalid_scope" } }];
    await assert.rejects(tokens.get(), { name: "TokenError", error: "invalid_scope" });
  });

  it("retries 429 and 5xx after Retry-After, and gives up on a wait longer than allowed", async () => {
    const waits: number[] = [];
    const sleep = async (s: number) => void waits.push(s);
    answers = [
      { status: 429, body: { error: "temporarily_unavailable" }, headers: { "retry-after": "3" } },
      { status: 503, body: {} },
      token(1),
    ];
    const tokens = new ClientCredentials({ hubUrl, clientId: "a", clientSecret: "b", sleep });
    assert.equal(await tokens.get(), "token-1");
    assert.equal(waits[0], 3);
    assert.equal(waits.length, 2);
    answers = [
      { status: 429, body: { error: "temporarily_unavailable" }, headers: { "retry-after": "3600" } },
    ];
    const impatient = new ClientCredentials({
      hubUrl,
      clientId: "a",
      clientSecret: "b",
      sleep,
      maxWaitSeconds: 60,
    });
    await assert.rejects(impatient.get(), {
      name: "TokenError",
      error: "temporarily_unavailable",
      status: 429,
    });
  });

  it("stops after maxAttempts, and refuses an answer without a lifetime", async () => {
    answers = [
      { status: 502, body: {} },
      { status: 502, body: {} },
    ];
    const tokens = new ClientCredentials({
      hubUrl,
      clientId: "a",
      clientSecret: "b",
      sleep: noWait,
      maxAttempts: 2,
    });
    await assert.rejects(tokens.get(), { name: "TokenError", error: "http_502" });
    assert.equal(requests.length, 2);
    answers = [{ status: 200, body: { access_token: "t", token_type: "Bearer" } }];
    await assert.rejects(tokens.get(), { name: "TokenError", error: "invalid_response" });
  });

  it("retries when the endpoint cannot be reached, then gives the network error", async () => {
    const waits: number[] = [];
    const tokens = new ClientCredentials({
      hubUrl: "http://127.0.0.1:1",
      clientId: "a",
      clientSecret: "b",
      maxAttempts: 3,
      sleep: async (s) => void waits.push(s),
    });
    await assert.rejects(tokens.get(), { name: "TypeError" });
    assert.equal(waits.length, 2);
  });
});

describe("Retry-After and backoff", () => {
  it("reads delay-seconds and HTTP dates, and ignores anything else", () => {
    const now = new Date("2026-12-07T12:00:00Z");
    assert.equal(retryAfterSeconds("5", now), 5);
    assert.equal(retryAfterSeconds(" 0 ", now), 0);
    assert.equal(retryAfterSeconds("Mon, 07 Dec 2026 12:00:30 GMT", now), 30);
    assert.equal(retryAfterSeconds("Mon, 07 Dec 2026 11:00:00 GMT", now), 0);
    assert.equal(retryAfterSeconds("-3", now), undefined);
    assert.equal(retryAfterSeconds("soon", now), undefined);
    assert.equal(retryAfterSeconds(null, now), undefined);
  });

  it("grows per attempt up to its cap, never below half of it", () => {
    for (let attempt = 1; attempt <= 10; attempt++) {
      const ceiling = Math.min(15, 0.5 * 2 ** (attempt - 1));
      const s = backoffSeconds(attempt);
      assert.ok(s >= ceiling / 2 && s <= ceiling, `attempt ${attempt}: ${s}`);
    }
  });
});
