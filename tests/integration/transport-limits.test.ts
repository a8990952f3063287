import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { DEMO } from "@regiehub/db";
import { gql, signIn, startTestHub, wsClient, wsRequest, type TestHub } from "../support/hub";

// Abuse of the transport, before any GraphQL work: large and malformed bodies, documents of many tokens, and
// what the schema tells strangers. Every refusal is typed JSON, never Express's HTML page or a stack trace.

const P = DEMO.professionals;

async function post(hub: TestHub, body: string, headers: Record<string, string> = {}, path = "/graphql") {
  const started = performance.now();
  const res = await fetch(`${hub.url}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
  });
  const text = await res.text();
  return { status: res.status, text, ms: performance.now() - started, type: res.headers.get("content-type") };
}

function expectTypedJson(
  res: { status: number; text: string; type: string | null },
  status: number,
  code: string,
) {
  expect(res.status, res.text.slice(0, 300)).toBe(status);
  expect(res.type).toMatch(/json/);
  expect(res.text).not.toMatch(/<html|<pre>|node_modules|\s+at\s+\S+\s+\(/i);
  const body = JSON.parse(res.text) as { errors: { extensions: { code: string } }[] };
  expect(body.errors[0]!.extensions.code).toBe(code);
}

/** Opens a raw graphql-ws socket, acknowledged, and returns it with a way to await its close. */
async function rawSocket(hub: TestHub, token?: string) {
  const socket = new WebSocket(`${hub.url.replace(/^http/, "ws")}/graphql`, "graphql-transport-ws");
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.once("close", (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  const messages: any[] = [];
  socket.on("message", (data) => messages.push(JSON.parse(data.toString())));
  await new Promise((resolve, reject) => {
    socket.once("open", resolve);
    socket.once("error", reject);
  });
  socket.send(
    JSON.stringify({
      type: "connection_init",
      payload: token ? { authorization: `Bearer ${token}` } : {},
    }),
  );
  for (let i = 0; i < 100 && !messages.some((m) => m.type === "connection_ack"); i++)
    await new Promise((r) => setTimeout(r, 20));
  return { socket, closed, messages };
}

const BIG_DOCUMENT = JSON.stringify({ query: "{ " + "me { id } ".repeat(95_000) + "}" });
// Under the body limit, far over the token limit: 8,000 × 4 tokens.
const MANY_TOKENS = "{ " + "me { id } ".repeat(8_000) + "}";

describe("the transport under abuse", () => {
  let hub: TestHub;
  let token: string;

  beforeAll(async () => {
    hub = await startTestHub();
    token = await signIn(hub, P.casusregisseur);
  }, 60_000);

  afterAll(async () => {
    await hub?.stop();
  });

  it("refuses a body over the limit with 413 and a document over the token limit with 400, while /healthz answers", async () => {
    const healthz: number[] = [];
    let loading = true;
    const probe = (async () => {
      while (loading) {
        const started = performance.now();
        const res = await fetch(`${hub.url}/healthz`);
        expect(res.status).toBe(200);
        healthz.push(performance.now() - started);
      }
    })();
    const big = await Promise.all(Array.from({ length: 8 }, () => post(hub, BIG_DOCUMENT)));
    const tokens = await Promise.all(
      Array.from({ length: 8 }, () => post(hub, JSON.stringify({ query: MANY_TOKENS }))),
    );
    loading = false;
    await probe;
    for (const res of big) expectTypedJson(res, 413, "BAD_USER_INPUT");
    for (const res of tokens) {
      expectTypedJson(res, 400, "BAD_USER_INPUT");
      expect(res.text).toMatch(/contains more th[ae][nt] 2000 tokens/);
    }
    // Before: 1.9–2.9 s per document, and /healthz stalled up to 58 s behind eight of them. A bound, not a
    // benchmark: parsing now stops at the token limit, before validation.
    expect(Math.max(...healthz)).toBeLessThan(1_000);
    expect(Math.max(...tokens.map((r) => r.ms))).toBeLessThan(1_000);
  });

  it("answers malformed bodies, unknown paths and methods with typed JSON", async () => {
    expectTypedJson(await post(hub, "{ not json"), 400, "BAD_USER_INPUT");
    expectTypedJson(await post(hub, '"a string"'), 400, "BAD_USER_INPUT");
    expectTypedJson(await post(hub, "[1, 2]"), 400, "BAD_USER_INPUT");
    expectTypedJson(await post(hub, "{}"), 400, "BAD_USER_INPUT");
    expectTypedJson(await post(hub, JSON.stringify({ query: 5 })), 400, "BAD_USER_INPUT");
    expectTypedJson(await post(hub, "{}", {}, "/nowhere"), 404, "NOT_FOUND");
    const subscriptionOverHttp = await gql(
      hub,
      `subscription { caseEvents(caseId: "${DEMO.cases.multiProblem}") { seq } }`,
      {},
      token,
    );
    expect(subscriptionOverHttp.errors?.[0]?.extensions.code).not.toBe("INTERNAL");
    expect(subscriptionOverHttp.status).toBeLessThan(500);
  });

  it("closes a WebSocket whose message is over the limit, and refuses a document over the token limit on it", async () => {
    const { socket, closed } = await rawSocket(hub);
    socket.send(
      JSON.stringify({
        id: "1",
        type: "subscribe",
        payload: { query: "{ " + "me { id } ".repeat(20_000) + "}" },
      }),
    );
    expect((await closed).code).toBe(1009); // message too big
    const client = wsClient(hub, token);
    try {
      const res = await wsRequest(client, MANY_TOKENS);
      expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(res.errors?.[0]?.message).toMatch(/contains more th[ae][nt] 2000 tokens/);
    } finally {
      await client.dispose();
    }
  });

  it("describes the schema to signed-in actors only, the same over HTTP and WebSocket", async () => {
    const introspection = `{ __schema { queryType { name } } }`;
    const misspelt = `{ cas(id: "${DEMO.cases.multiProblem}") { id } }`;
    // HTTP
    const anonymous = await gql(hub, introspection);
    expect(anonymous.errors?.[0]?.extensions.code).toBe("UNAUTHENTICATED");
    expect(JSON.stringify(anonymous)).not.toMatch(/Query/);
    expect((await gql(hub, introspection, {}, token)).data).toEqual({
      __schema: { queryType: { name: "Query" } },
    });
    const anonymousTypo = await gql(hub, misspelt);
    expect(anonymousTypo.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
    expect(anonymousTypo.errors?.[0]?.message).not.toMatch(/Did you mean/);
    expect((await gql(hub, misspelt, {}, token)).errors?.[0]?.message).toMatch(/Did you mean "case"/);
    // WebSocket
    const stranger = wsClient(hub);
    const member = wsClient(hub, token);
    try {
      const refused = await wsRequest(stranger, introspection);
      expect(refused.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      expect(refused.data ?? null).toBeNull();
      const typo = await wsRequest(stranger, misspelt);
      expect(typo.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
      expect((await wsRequest(member, introspection)).data).toEqual({
        __schema: { queryType: { name: "Query" } },
      });
      expect((await wsRequest(member, misspelt)).errors?.[0]?.message).toMatch(/Did you mean "case"/);
    } finally {
      await stranger.dispose();
      await member.dispose();
    }
  });
});
