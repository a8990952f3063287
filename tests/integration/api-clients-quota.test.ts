import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO } from "@regiehub/db";
import { signIn, startTestHub, type TestHub } from "../support/hub";
import { adminOf, clientToken, registerClient } from "../support/api-clients";

// A partner system's daily quota (RATE_LIMIT_CLIENT_PER_DAY): past it every operation of that client is
// RATE_LIMITED with a Retry-After of up to a day, another client and the organisation's people are not.

let hub: TestHub;
let admin: { id: string; token: string };

beforeAll(async () => {
  hub = await startTestHub({ RATE_LIMIT_CLIENT_PER_DAY: "4" });
  admin = await adminOf(hub, DEMO.organisations.wijkteamNoord);
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
  const body = (await res.json()) as { errors?: { message: string; extensions: { code: string } }[] };
  return { status: res.status, retryAfter: Number(res.headers.get("retry-after")), body };
}

describe("a partner system's daily quota", () => {
  it("refuses the client's operations past its quota, until the day has passed", async () => {
    const one = await registerClient(hub, admin.token, { scopes: ["cases:read"] });
    const two = await registerClient(hub, admin.token, { scopes: ["cases:read"] });
    const token = await clientToken(hub, one.id, one.secret!);
    for (let i = 0; i < 4; i++) expect((await me(token)).status).toBe(200);
    const over = await me(token);
    expect(over.status).toBe(429);
    expect(over.body.errors?.[0]?.extensions.code).toBe("RATE_LIMITED");
    expect(over.body.errors?.[0]?.message).toMatch(/daily quota/);
    expect(over.retryAfter).toBeGreaterThan(23 * 60 * 60);
    expect(over.retryAfter).toBeLessThanOrEqual(24 * 60 * 60);
    // a new token of the same client does not reset it; another client and a person have their own
    expect((await me(await clientToken(hub, one.id, one.secret!))).status).toBe(429);
    expect((await me(await clientToken(hub, two.id, two.secret!))).status).toBe(200);
    expect((await me(await signIn(hub, DEMO.professionals.wijkteamProfessional))).status).toBe(200);
  });
});
