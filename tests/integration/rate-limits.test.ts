import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { DEMO } from "@regiehub/db";
import { signIn, startTestHub, wsClient, wsRequest, type TestHub } from "../support/hub";

// Rate limits per client IP (requests without a token, failed authentications) and per professional, on both
// transports: a limited request gets HTTP 429 with `Retry-After` and RATE_LIMITED with `retryAfterSeconds`,
// and nothing runs. Small limits here; the defaults are in the README.

const P = DEMO.professionals;
const CASE = DEMO.cases.multiProblem;

async function post(hub: TestHub, query: string, token?: string) {
  const res = await fetch(`${hub.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as {
    data?: unknown;
    errors?: { extensions: { code: string; retryAfterSeconds?: number } }[];
  };
  return { status: res.status, retryAfter: res.headers.get("retry-after"), body };
}

function expectLimited(res: Awaited<ReturnType<typeof post>>) {
  expect(res.status).toBe(429);
  expect(Number(res.retryAfter)).toBeGreaterThanOrEqual(1);
  expect(res.body.errors?.[0]?.extensions.code).toBe("RATE_LIMITED");
  expect(res.body.errors?.[0]?.extensions.retryAfterSeconds).toBe(Number(res.retryAfter));
  expect(res.body.data ?? null).toBeNull();
}

describe("rate limits", () => {
  let hub: TestHub;
  let tokens: { casusregisseur: string; school: string };

  beforeAll(async () => {
    // The anonymous budget is sized for the two sign-ins below plus the test that spends the rest.
    hub = await startTestHub({
      RATE_LIMIT_ANONYMOUS_PER_MINUTE: "6",
      RATE_LIMIT_FAILED_AUTH_PER_MINUTE: "3",
      RATE_LIMIT_ACTOR_PER_SECOND: "5",
    });
    tokens = {
      casusregisseur: await signIn(hub, P.casusregisseur),
      school: await signIn(hub, P.schoolProfessional),
    };
  }, 60_000);

  afterAll(async () => {
    await hub?.stop();
  });

  it("limits a professional's operations per second over HTTP and WebSocket together", async () => {
    const token = tokens.casusregisseur;
    const results = await Promise.all(Array.from({ length: 8 }, () => post(hub, `{ me { id } }`, token)));
    expect(results.filter((r) => r.status === 200).length).toBe(5);
    results.filter((r) => r.status !== 200).forEach(expectLimited);
    // The same budget over WebSocket: connecting is one operation, each subscribe another.
    await new Promise((r) => setTimeout(r, 1_100));
    const client = wsClient(hub, token);
    try {
      const overSocket = await Promise.all(
        Array.from({ length: 6 }, () => wsRequest(client, `{ me { id } }`)),
      );
      const codes = overSocket.map((r) => r.errors?.[0]?.extensions?.code ?? "OK");
      expect(codes.filter((c) => c === "OK").length).toBe(4);
      expect(codes.filter((c) => c === "RATE_LIMITED").length).toBe(2);
      await new Promise((r) => setTimeout(r, 1_100));
      expect((await wsRequest(client, `{ me { id } }`)).data).toEqual({ me: { id: P.casusregisseur } });
    } finally {
      await client.dispose();
    }
    // Another professional has a budget of their own.
    expect((await post(hub, `{ me { id } }`, tokens.school)).status).toBe(200);
  });

  it("limits requests without a token per IP, stricter, and refuses anonymous sockets past it", async () => {
    // Two sign-ins above spent two of six.
    const results: Awaited<ReturnType<typeof post>>[] = [];
    for (let i = 0; i < 6; i++) results.push(await post(hub, `{ __typename }`));
    expect(results.filter((r) => r.status === 200).length).toBe(4);
    results.filter((r) => r.status !== 200).forEach(expectLimited);
    const socket = new WebSocket(`${hub.url.replace(/^http/, "ws")}/graphql`, "graphql-transport-ws");
    const closed = new Promise<number>((resolve) => socket.once("close", (code) => resolve(code)));
    socket.once("open", () => socket.send(JSON.stringify({ type: "connection_init", payload: {} })));
    expect(await closed).toBe(4429);
    // A signed-in professional is not held back by the anonymous budget of the address.
    await new Promise((r) => setTimeout(r, 1_100));
    expect((await post(hub, `{ case(id: "${CASE}") { id } }`, tokens.casusregisseur)).status).toBe(200);
  });

  it("stops verifying tokens from an IP that failed too often, valid ones included, until the window ends", async () => {
    const bad = await Promise.all(Array.from({ length: 3 }, () => post(hub, `{ me { id } }`, "not-a-token")));
    bad.forEach((r) => {
      expect(r.status).toBe(401);
      expect(r.body.errors?.[0]?.extensions.code).toBe("UNAUTHENTICATED");
    });
    expectLimited(await post(hub, `{ me { id } }`, "not-a-token"));
    expectLimited(await post(hub, `{ me { id } }`, tokens.casusregisseur));
    const socket = new WebSocket(`${hub.url.replace(/^http/, "ws")}/graphql`, "graphql-transport-ws");
    const closed = new Promise<number>((resolve) => socket.once("close", (code) => resolve(code)));
    socket.once("open", () =>
      socket.send(
        JSON.stringify({ type: "connection_init", payload: { authorization: `Bearer ${tokens.school}` } }),
      ),
    );
    expect(await closed).toBe(4429);
  });
});
