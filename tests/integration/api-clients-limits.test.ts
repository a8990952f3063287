import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { DEMO, tables } from "@regiehub/db";
import { signIn, startTestHub, wsClient, type TestHub } from "../support/hub";
import { collect, sleep } from "../support/live";
import { adminOf, basic, clientToken, registerClient, tokenRequest } from "../support/api-clients";

// Partner systems and the hub's limits: operations per second per API client (the same mechanism as per
// professional, keyed by the client), the token endpoint limited like a sign-in (failed client authentications
// per address), and a revocation made elsewhere (another instance: here straight in the database) closing the
// client's open WebSockets at the periodic check.

const O = DEMO.organisations;
const P = DEMO.professionals;
const CASE = DEMO.cases.multiProblem;

let hub: TestHub;
let admin: { id: string; token: string };

beforeAll(async () => {
  hub = await startTestHub({
    RATE_LIMIT_CLIENT_PER_SECOND: "5",
    RATE_LIMIT_ACTOR_PER_SECOND: "5",
    RATE_LIMIT_FAILED_AUTH_PER_MINUTE: "3",
    RATE_LIMIT_ANONYMOUS_PER_MINUTE: "100",
    LIVE_AUTH_RECHECK_MS: "300",
  });
  admin = await adminOf(hub, O.wijkteamNoord);
}, 60_000);

afterAll(async () => {
  await hub?.stop();
});

async function me(token: string) {
  const res = await fetch(`${hub.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: "{ me { id } }" }),
  });
  const body = (await res.json()) as {
    errors?: { extensions: { code: string; retryAfterSeconds?: number } }[];
  };
  return { status: res.status, retryAfter: res.headers.get("retry-after"), body };
}

describe("limits of partner systems", () => {
  it("limits each client's operations per second, apart from other clients and people", async () => {
    const one = await registerClient(hub, admin.token, { scopes: ["cases:read"] });
    const two = await registerClient(hub, admin.token, { scopes: ["cases:read"] });
    const [tokenOne, tokenTwo] = [
      await clientToken(hub, one.id, one.secret!),
      await clientToken(hub, two.id, two.secret!),
    ];
    const person = await signIn(hub, P.wijkteamProfessional);
    const results = await Promise.all(Array.from({ length: 8 }, () => me(tokenOne)));
    expect(results.filter((r) => r.status === 200)).toHaveLength(5);
    for (const limited of results.filter((r) => r.status !== 200)) {
      expect(limited.status).toBe(429);
      expect(limited.body.errors?.[0]?.extensions.code).toBe("RATE_LIMITED");
      expect(Number(limited.retryAfter)).toBeGreaterThanOrEqual(1);
    }
    // Another client and a person of the same organisation have budgets of their own.
    expect((await me(tokenTwo)).status).toBe(200);
    expect((await me(person)).status).toBe(200);
  });
});

describe("a revocation made on another instance", () => {
  it("closes the client's open WebSocket with 4403 at the periodic check", async () => {
    const client = await registerClient(hub, admin.token, { scopes: ["cases:read", "events:subscribe"] });
    const token = await clientToken(hub, client.id, client.secret!);
    const socket = wsClient(hub, token);
    const events = collect(socket, `subscription($id: ID!) { caseEvents(caseId: $id) { seq } }`, {
      id: CASE,
    });
    await sleep(300);
    expect(events.error).toBeUndefined();
    // Revoked by another instance: this one learns of it only from the database.
    await hub.database.db
      .update(tables.apiClients)
      .set({ revokedAt: new Date(), revokedByProfessionalId: admin.id })
      .where(eq(tables.apiClients.id, client.id));
    for (let i = 0; i < 60 && !events.error; i++) await sleep(50);
    expect((events.error as { code?: number } | undefined)?.code).toBe(4403);
    await socket.dispose();
  });
});

// Last: the failed attempts spend the address's budget, after which no token from it is verified.
describe("the token endpoint's limit", () => {
  it("limits the token endpoint like a sign-in: after failed client authentications, nothing from that address", async () => {
    const client = await registerClient(hub, admin.token, { scopes: ["cases:read"] });
    for (let i = 0; i < 3; i++) {
      const wrong = await tokenRequest(
        hub,
        { grant_type: "client_credentials" },
        basic(client.id, `wrong-${i}`),
      );
      expect(wrong.status).toBe(401);
    }
    const limited = await tokenRequest(
      hub,
      { grant_type: "client_credentials" },
      basic(client.id, client.secret!),
    );
    expect(limited.status).toBe(429);
    expect(limited.body.error).toBe("temporarily_unavailable");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(limited.body).not.toHaveProperty("access_token");
  });
});
