import { readFileSync } from "node:fs";
import {
  buildClientSchema,
  buildSchema,
  getIntrospectionQuery,
  printSchema,
  type IntrospectionQuery,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO } from "@regiehub/db";
import { checkCompatibility, printContract, RELEASE_SDL_PATH } from "@regiehub/schema/release";
import { buildSchema as buildServerSchema } from "@regiehub/server";
import { gql, signIn, startTestHub, type TestHub } from "../support/hub";

// The published contract over real HTTP: `GET /schema.graphql`, without a sign-in, is the schema the hub runs
// printed as SDL; other methods are refused as typed JSON; and the schema is compatible with the last release.

let hub: TestHub;

beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await hub.stop();
});

const url = () => `${hub.url}/schema.graphql`;

describe("GET /schema.graphql", () => {
  it("serves the executable schema as SDL, to anyone", async () => {
    const res = await fetch(url());
    const sdl = await res.text();
    expect(res.status, sdl.slice(0, 300)).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("no-cache");
    expect(res.headers.get("etag")).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(sdl).toBe(printContract(buildServerSchema()));
    // It parses, and it is the whole contract: descriptions and deprecations included.
    const parsed = buildSchema(sdl);
    expect(parsed.getQueryType()?.name).toBe("Query");
    expect(parsed.getType("Case")?.description).toBeTruthy();
    expect(sdl).toMatch(/@deprecated\(reason: "/);
    expect(printContract(parsed)).toBe(sdl);
  });

  it("is what introspection tells a signed-in actor, which an anonymous caller is refused", async () => {
    const query = getIntrospectionQuery({
      descriptions: true,
      schemaDescription: true,
      inputValueDeprecation: true,
      directiveIsRepeatable: true,
      specifiedByUrl: true,
    });
    const anonymous = await gql(hub, query);
    expect(anonymous.errors?.[0]?.extensions.code).toBe("UNAUTHENTICATED");
    const token = await signIn(hub, DEMO.professionals.casusregisseur);
    const introspection = await gql<IntrospectionQuery>(hub, query, {}, token);
    expect(introspection.errors).toBeUndefined();
    const sdl = await (await fetch(url())).text();
    expect(`${printSchema(buildClientSchema(introspection.data!))}\n`).toBe(sdl);
  });

  it("answers 304 to a matching If-None-Match, and 200 to a stale one", async () => {
    const first = await fetch(url());
    const etag = first.headers.get("etag")!;
    await first.text();
    const again = await fetch(url(), { headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(etag);
    const listed = await fetch(url(), { headers: { "if-none-match": `"older", W/${etag}` } });
    expect(listed.status).toBe(304);
    const stale = await fetch(url(), { headers: { "if-none-match": '"not-the-contract"' } });
    expect(stale.status).toBe(200);
    expect((await stale.text()).length).toBeGreaterThan(1000);
  });

  it("answers HEAD with the headers of GET and no body", async () => {
    const get = await fetch(url());
    const body = await get.text();
    const head = await fetch(url(), { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(head.headers.get("etag")).toBe(get.headers.get("etag"));
    expect(head.headers.get("content-length")).toBe(String(Buffer.byteLength(body)));
    expect(await head.text()).toBe("");
  });

  it("refuses every other method with 405 as typed JSON", async () => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE", "OPTIONS"]) {
      const res = await fetch(url(), {
        method,
        headers: { "content-type": "application/json" },
        ...(method === "OPTIONS" ? {} : { body: "{}" }),
      });
      const text = await res.text();
      expect(res.status, `${method}: ${text.slice(0, 200)}`).toBe(405);
      expect(res.headers.get("allow")).toBe("GET, HEAD");
      expect(res.headers.get("content-type")).toMatch(/^application\/json/);
      const body = JSON.parse(text) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0]!.extensions.code).toBe("BAD_USER_INPUT");
      expect(body.errors[0]!.message).toBe(`Method ${method} is not allowed here: use GET or HEAD`);
    }
  });
});

describe("the contract against the last release", () => {
  it("the served schema has no breaking change against packages/schema/release/regiehub.graphql", async () => {
    const released = readFileSync(RELEASE_SDL_PATH, "utf8");
    const served = await (await fetch(url())).text();
    const report = await checkCompatibility(released, served);
    expect(report.breaking).toEqual([]);
  });
});
