import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import { after, before, beforeEach, describe, it } from "node:test";
import { HubClient, HubError, type TokenProvider } from "./graphql";

// The GraphQL client against a stand-in hub on loopback: typed errors, retries (network, 429, 503, 5xx,
// 409 IN_PROGRESS) with the same Idempotency-Key and body, Retry-After, a renewed token after 401, replays.

interface Answer {
  status: number;
  /** A JSON body, or a string sent as it is; "drop" closes the connection without an answer. */
  body: unknown;
  headers?: Record<string, string>;
}

interface Seen {
  authorization: string | undefined;
  idempotencyKey: string | undefined;
  body: string;
}

let server: Server;
let hubUrl: string;
let answers: Answer[] = [];
let seen: Seen[] = [];

before(async () => {
  server = createServer(async (req, res) => {
    let body = "";
    for await (const chunk of req) body += String(chunk);
    assert.equal(req.url, "/graphql");
    seen.push({
      authorization: req.headers.authorization,
      idempotencyKey: req.headers["idempotency-key"] as string | undefined,
      body,
    });
    const answer = answers.shift() ?? {
      status: 500,
      body: { errors: [{ message: "no answer", extensions: { code: "INTERNAL" } }] },
    };
    if (answer.body === "drop") {
      req.socket.destroy();
      return;
    }
    const text = typeof answer.body === "string" ? answer.body : JSON.stringify(answer.body);
    res.writeHead(answer.status, { "content-type": "application/json", ...answer.headers });
    res.end(text);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  hubUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  answers = [];
  seen = [];
});

function tokens(...values: string[]): TokenProvider & { invalidated: string[] } {
  let i = 0;
  const invalidated: string[] = [];
  return {
    invalidated,
    get: async () => values[Math.min(i, values.length - 1)]!,
    invalidate: (token) => {
      invalidated.push(token);
      i += 1;
    },
  };
}

function client(options: Partial<ConstructorParameters<typeof HubClient>[0]> = {}) {
  const waits: number[] = [];
  const hub = new HubClient({
    hubUrl,
    tokens: tokens("t1"),
    sleep: async (s) => void waits.push(s),
    ...options,
  });
  return { hub, waits };
}

const ok = (data: unknown, headers?: Record<string, string>): Answer => ({
  status: 200,
  body: { data },
  headers,
});
const refusal = (
  status: number,
  code: string,
  extensions: Record<string, unknown> = {},
  headers?: Record<string, string>,
): Answer => ({
  status,
  body: { data: null, errors: [{ message: `refused: ${code}`, extensions: { code, ...extensions } }] },
  headers,
});

describe("HubClient", () => {
  it("sends a query with the Bearer token and no Idempotency-Key", async () => {
    answers = [ok({ lastEventSeq: 7 })];
    const { hub } = client();
    const result = await hub.query<{ lastEventSeq: number }>("query { lastEventSeq }", { a: 1 });
    assert.equal(result.data.lastEventSeq, 7);
    assert.equal(result.attempts, 1);
    assert.equal(result.replayed, false);
    assert.equal(seen[0]!.authorization, "Bearer t1");
    assert.equal(seen[0]!.idempotencyKey, undefined);
    assert.deepEqual(JSON.parse(seen[0]!.body), { query: "query { lastEventSeq }", variables: { a: 1 } });
  });

  it("sends no Authorization header without a token (the development sign-in)", async () => {
    answers = [ok({ authConfig: { mode: "DEV" } })];
    const { hub } = client({ tokens: tokens("") });
    await hub.query("query { authConfig { mode } }");
    assert.equal(seen[0]!.authorization, undefined);
  });

  it("retries a mutation after 503 and a dropped connection with the same key and body, honouring Retry-After", async () => {
    answers = [
      refusal(503, "UNAVAILABLE", { retryAfterSeconds: 2 }, { "retry-after": "2" }),
      { status: 0, body: "drop" },
      ok({ recordObservation: { id: "o1" } }),
    ];
    const retries: string[] = [];
    const { hub, waits } = client({ onRetry: ({ reason }) => retries.push(reason) });
    const result = await hub.mutate<{ recordObservation: { id: string } }>(
      "mutation { recordObservation }",
      {},
      { idempotencyKey: "k-1" },
    );
    assert.equal(result.data.recordObservation.id, "o1");
    assert.equal(result.attempts, 3);
    assert.deepEqual(
      seen.map((s) => s.idempotencyKey),
      ['"k-1"', '"k-1"', '"k-1"'],
    );
    assert.equal(new Set(seen.map((s) => s.body)).size, 1);
    assert.equal(waits[0], 2);
    assert.match(retries[0]!, /503 UNAVAILABLE/);
    assert.match(retries[1]!, /network error/);
  });

  it("gives every mutation a key of its own when none is given", async () => {
    answers = [ok({ a: 1 }), ok({ a: 2 })];
    const { hub } = client();
    await hub.mutate("mutation { a }");
    await hub.mutate("mutation { a }");
    const [a, b] = seen.map((s) => s.idempotencyKey);
    assert.match(a!, /^"[0-9a-f-]{36}"$/);
    assert.notEqual(a, b);
  });

  it("waits out 429 and 409 IN_PROGRESS, and reports a replayed answer", async () => {
    answers = [
      refusal(429, "RATE_LIMITED", { retryAfterSeconds: 1 }, { "retry-after": "1" }),
      refusal(409, "CONFLICT", { idempotency: "IN_PROGRESS", retryAfterSeconds: 4 }, { "retry-after": "4" }),
      ok({ recordObservation: { id: "o1" } }, { "idempotent-replayed": "true" }),
    ];
    const { hub, waits } = client();
    const result = await hub.mutate("mutation { recordObservation }", {}, { idempotencyKey: "k" });
    assert.equal(result.replayed, true);
    assert.deepEqual(waits, [1, 4]);
  });

  it("does not wait for a Retry-After beyond maxWaitSeconds, nor beyond maxAttempts", async () => {
    answers = [refusal(429, "RATE_LIMITED", { retryAfterSeconds: 120 }, { "retry-after": "120" })];
    const { hub } = client({ maxWaitSeconds: 30 });
    await assert.rejects(hub.query("query { a }"), (error: unknown) => {
      assert.ok(error instanceof HubError);
      assert.equal(error.code, "RATE_LIMITED");
      assert.equal(error.status, 429);
      assert.equal(error.extensions.retryAfterSeconds, 120);
      return true;
    });
    answers = [
      { status: 502, body: "<html>bad gateway</html>" },
      { status: 502, body: "<html>bad gateway</html>" },
    ];
    const { hub: twice } = client({ maxAttempts: 2 });
    await assert.rejects(twice.query("query { a }"), { name: "HubError", code: "INTERNAL", status: 502 });
    assert.equal(seen.length, 3);
  });

  it("throws typed errors without retrying: NOT_FOUND (also on a nullable root field), BAD_USER_INPUT with its field, CONFLICT KEY_REUSED", async () => {
    const { hub } = client();
    answers = [
      {
        status: 200,
        body: { data: null, errors: [{ message: "Not found", extensions: { code: "NOT_FOUND" } }] },
      },
    ];
    await assert.rejects(hub.query("query { case }"), { name: "HubError", code: "NOT_FOUND" });
    answers = [
      {
        status: 200,
        body: {
          data: { case: null },
          errors: [{ message: "Not found", path: ["case"], extensions: { code: "NOT_FOUND" } }],
        },
      },
    ];
    await assert.rejects(hub.query("query { case }"), { name: "HubError", code: "NOT_FOUND" });
    answers = [refusal(400, "BAD_USER_INPUT", { field: "input.statement" })];
    await assert.rejects(hub.mutate("mutation { a }"), (error: unknown) => {
      assert.ok(error instanceof HubError);
      assert.equal(error.code, "BAD_USER_INPUT");
      assert.equal(error.extensions.field, "input.statement");
      return true;
    });
    answers = [refusal(422, "CONFLICT", { idempotency: "KEY_REUSED" })];
    await assert.rejects(hub.mutate("mutation { a }"), { name: "HubError", code: "CONFLICT" });
    assert.equal(seen.length, 4);
  });

  it("keeps an error code it does not know, and calls an answer without errors INTERNAL", async () => {
    const { hub } = client();
    answers = [refusal(400, "SOMETHING_NEW")];
    await assert.rejects(hub.query("query { a }"), { name: "HubError", code: "SOMETHING_NEW" });
    answers = [{ status: 400, body: { data: null } }];
    await assert.rejects(hub.query("query { a }"), { name: "HubError", code: "INTERNAL", status: 400 });
  });

  it("returns data with the errors beside it (fields outside consent)", async () => {
    answers = [
      {
        status: 200,
        body: {
          data: { item: { id: "i1", summary: null } },
          errors: [
            {
              message: "Consent required",
              path: ["item", "summary"],
              extensions: { code: "CONSENT_REQUIRED" },
            },
          ],
        },
      },
    ];
    const { hub } = client();
    const result = await hub.query<{ item: { id: string; summary: string | null } }>(
      "query { item { id summary } }",
    );
    assert.equal(result.data.item.id, "i1");
    assert.equal(result.errors[0]?.extensions?.code, "CONSENT_REQUIRED");
  });

  it("renews the token once after 401, then gives UNAUTHENTICATED", async () => {
    const provider = tokens("old", "new", "newer");
    answers = [refusal(401, "UNAUTHENTICATED"), ok({ a: 1 })];
    const { hub } = client({ tokens: provider });
    await hub.query("query { a }");
    assert.deepEqual(
      seen.map((s) => s.authorization),
      ["Bearer old", "Bearer new"],
    );
    assert.deepEqual(provider.invalidated, ["old"]);
    answers = [refusal(401, "UNAUTHENTICATED"), refusal(401, "UNAUTHENTICATED")];
    await assert.rejects(hub.query("query { a }"), {
      name: "HubError",
      code: "UNAUTHENTICATED",
      status: 401,
    });
  });

  it("gives the network error once the attempts are spent", async () => {
    const { hub, waits } = client({ hubUrl: "http://127.0.0.1:1", maxAttempts: 2 });
    await assert.rejects(hub.query("query { a }"), { name: "TypeError" });
    assert.equal(waits.length, 1);
  });
});
