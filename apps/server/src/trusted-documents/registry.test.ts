import { describe, expect, it } from "vitest";
import type { Actor } from "@regiehub/domain";
import { sha256Hex } from "./documents";
import type { WebManifest } from "./manifest";
import { TrustedDocuments, type TrustedDocumentsMode } from "./registry";

// Which operations a caller may run, and how a client's documents are cached: a client's documents come from a
// map the test changes (as registrations and removals on any instance would), each load counted; time is a
// clock the test moves.

const CASES = "query Cases { cases(first: 1) { totalCount } }";
const OTHER = "query Other { organisations { id } }";
const WEB = "query Me {\n  me {\n    id\n  }\n}";

const person: Actor = { professionalId: "p1", organisationId: "o1", role: "PROFESSIONAL" } as Actor;
const system = (clientId: string): Actor =>
  ({ ...person, professionalId: `sa-${clientId}`, system: { clientId, scopes: [] } }) as unknown as Actor;

const manifest: WebManifest = {
  path: "manifest.json",
  operations: [{ id: sha256Hex(WEB), name: "Me", type: "query", body: WEB }],
};

function registry(
  mode: TrustedDocumentsMode,
  documents: Record<string, string[]> = {},
  options: { maxCachedClients?: number } = {},
) {
  let now = 0;
  const stored = new Map(Object.entries(documents));
  let loads = 0;
  let hold: Promise<void> | undefined;
  const documentsOf = async (clientId: string) => {
    loads++;
    // The rows as they are when the statement runs, answered once `hold` lets go.
    const rows = stored.get(clientId) ?? [];
    await hold;
    return rows.map((document) => ({ sha256: sha256Hex(document), document }));
  };
  const trusted = new TrustedDocuments({
    documentsOf,
    mode,
    manifest,
    maxTokens: 2000,
    clock: () => now,
    ...options,
  });
  return {
    trusted,
    stored,
    loads: () => loads,
    advance: (ms: number) => (now += ms),
    holdLoads: () => {
      let release!: () => void;
      hold = new Promise((resolve) => (release = resolve));
      return () => {
        hold = undefined;
        release();
      };
    },
  };
}

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "ran",
    (error: { code?: string }) => error.code,
  );

describe("trusted documents: who is held to them", () => {
  it("off holds no one; clients holds systems; all holds people (signed in or not) too", () => {
    const cases: [TrustedDocumentsMode, Actor | undefined, boolean][] = [
      ["off", system("c1"), false],
      ["off", person, false],
      ["clients", system("c1"), true],
      ["clients", person, false],
      ["clients", undefined, false],
      ["all", system("c1"), true],
      ["all", person, true],
      ["all", undefined, true],
    ];
    for (const [mode, actor, enforced] of cases) {
      expect(
        registry(mode).trusted.enforcedFor(actor),
        `${mode} ${actor?.system ? "system" : actor ? "person" : "anonymous"}`,
      ).toBe(enforced);
    }
  });

  it("runs anything when not held to them, and finds a document by its hash alone all the same", async () => {
    const { trusted } = registry("off", { c1: [CASES] });
    expect(await trusted.resolve(system("c1"), { query: OTHER, hash: undefined })).toBe(OTHER);
    expect(await trusted.resolve(system("c1"), { query: undefined, hash: sha256Hex(CASES) })).toBe(CASES);
    expect(await trusted.resolve(person, { query: undefined, hash: sha256Hex(WEB) })).toBe(WEB);
    expect(await trusted.resolve(person, { query: "", hash: sha256Hex(WEB) })).toBe(WEB);
    await expect(trusted.resolve(person, { query: undefined, hash: sha256Hex(CASES) })).rejects.toMatchObject(
      {
        code: "PERSISTED_QUERY_NOT_FOUND",
        message: "PersistedQueryNotFound",
        logged: undefined,
      },
    );
  });

  it("holds a system to its own documents: by hash, by text, by both, re-indented", async () => {
    const { trusted } = registry("clients", { c1: [CASES], c2: [OTHER] });
    const c1 = system("c1");
    expect(await trusted.resolve(c1, { query: undefined, hash: sha256Hex(CASES) })).toBe(CASES);
    expect(await trusted.resolve(c1, { query: CASES, hash: undefined })).toBe(CASES);
    expect(await trusted.resolve(c1, { query: CASES, hash: sha256Hex(CASES) })).toBe(CASES);
    const reindented = "query Cases {\n  cases(first: 1) {\n    totalCount\n  }\n}";
    expect(await trusted.resolve(c1, { query: reindented, hash: undefined })).toBe(reindented);
    await expect(trusted.resolve(c1, { query: OTHER, hash: undefined })).rejects.toMatchObject({
      code: "OPERATION_NOT_TRUSTED",
      logged: `OPERATION_NOT_TRUSTED sha256:${sha256Hex(OTHER)}`,
    });
    await expect(trusted.resolve(c1, { query: undefined, hash: sha256Hex(OTHER) })).rejects.toMatchObject({
      code: "PERSISTED_QUERY_NOT_FOUND",
      logged: `PERSISTED_QUERY_NOT_FOUND sha256:${sha256Hex(OTHER)}`,
    });
    // The web app's operations are a person's, not a system's.
    expect(await codeOf(trusted.resolve(c1, { query: WEB, hash: undefined }))).toBe("OPERATION_NOT_TRUSTED");
    // Unparsable text is no trusted document either.
    expect(await codeOf(trusted.resolve(c1, { query: "query {", hash: undefined }))).toBe(
      "OPERATION_NOT_TRUSTED",
    );
  });

  it("refuses a hash that does not name the text sent with it", async () => {
    const { trusted } = registry("off", { c1: [CASES] });
    await expect(trusted.resolve(person, { query: OTHER, hash: sha256Hex(CASES) })).rejects.toMatchObject({
      code: "BAD_USER_INPUT",
      logged: undefined,
    });
    expect(await codeOf(trusted.resolve(person, { query: "query {", hash: sha256Hex(CASES) }))).toBe(
      "BAD_USER_INPUT",
    );
  });

  it("holds people to the web app's operations with `all`, in any order of their definitions", async () => {
    const { trusted } = registry("all");
    expect(await trusted.resolve(person, { query: undefined, hash: sha256Hex(WEB) })).toBe(WEB);
    expect(await trusted.resolve(undefined, { query: "query Me { me { id } }", hash: undefined })).toBe(
      "query Me { me { id } }",
    );
    expect(await codeOf(trusted.resolve(person, { query: OTHER, hash: undefined }))).toBe(
      "OPERATION_NOT_TRUSTED",
    );
    // A request without query or hash is left to GraphQL's own answer.
    expect(await trusted.resolve(person, { query: undefined, hash: undefined })).toBeUndefined();
  });
});

describe("trusted documents: a client's cache", () => {
  it("loads a client's documents once, and again after 30 s", async () => {
    const r = registry("clients", { c1: [CASES] });
    for (let i = 0; i < 3; i++) await r.trusted.resolve(system("c1"), { query: CASES, hash: undefined });
    expect(r.loads()).toBe(1);
    r.advance(29_999);
    await r.trusted.resolve(system("c1"), { query: CASES, hash: undefined });
    expect(r.loads()).toBe(1);
    r.advance(1);
    await r.trusted.resolve(system("c1"), { query: CASES, hash: undefined });
    expect(r.loads()).toBe(2);
  });

  it("sees a removal on another instance within 30 s, and one on this instance at once", async () => {
    const r = registry("clients", { c1: [CASES, OTHER] });
    await r.trusted.resolve(system("c1"), { query: OTHER, hash: undefined });
    r.stored.set("c1", [CASES]); // removed elsewhere
    r.advance(10_000);
    expect(await codeOf(r.trusted.resolve(system("c1"), { query: OTHER, hash: undefined }))).toBe("ran");
    r.advance(20_000);
    expect(await codeOf(r.trusted.resolve(system("c1"), { query: OTHER, hash: undefined }))).toBe(
      "OPERATION_NOT_TRUSTED",
    );
    r.stored.set("c1", []); // removed here
    r.trusted.invalidate("c1");
    expect(await codeOf(r.trusted.resolve(system("c1"), { query: undefined, hash: sha256Hex(CASES) }))).toBe(
      "PERSISTED_QUERY_NOT_FOUND",
    );
  });

  it("reloads on a miss once the documents are a second old: a registration elsewhere counts at once", async () => {
    const r = registry("clients", { c1: [CASES] });
    expect(await codeOf(r.trusted.resolve(system("c1"), { query: OTHER, hash: undefined }))).toBe(
      "OPERATION_NOT_TRUSTED",
    );
    expect(r.loads()).toBe(1);
    r.stored.set("c1", [CASES, OTHER]); // registered on another instance
    // Within the second: the miss is answered from the cache (a flood of unknown texts is one load a second).
    expect(await codeOf(r.trusted.resolve(system("c1"), { query: OTHER, hash: undefined }))).toBe(
      "OPERATION_NOT_TRUSTED",
    );
    expect(r.loads()).toBe(1);
    r.advance(1_000);
    expect(await r.trusted.resolve(system("c1"), { query: undefined, hash: sha256Hex(OTHER) })).toBe(OTHER);
    expect(r.loads()).toBe(2);
  });

  it("loads once for requests that come together, and keeps no load that an invalidation overtook", async () => {
    const r = registry("clients", { c1: [CASES] });
    const release = r.holdLoads();
    const together = [1, 2, 3].map(() => r.trusted.resolve(system("c1"), { query: CASES, hash: undefined }));
    // Registered here while the load (of the rows before it) is under way.
    r.stored.set("c1", [CASES, OTHER]);
    r.trusted.invalidate("c1");
    release();
    expect(await Promise.all(together)).toEqual([CASES, CASES, CASES]);
    expect(r.loads()).toBe(1);
    expect(await r.trusted.resolve(system("c1"), { query: OTHER, hash: undefined })).toBe(OTHER);
    expect(r.loads()).toBe(2);
  });

  it("keeps each client's documents apart, and at most so many clients' documents at once", async () => {
    const r = registry("clients", { c1: [CASES], c2: [OTHER], c3: [] }, { maxCachedClients: 2 });
    expect(await codeOf(r.trusted.resolve(system("c1"), { query: OTHER, hash: undefined }))).toBe(
      "OPERATION_NOT_TRUSTED",
    );
    expect(await codeOf(r.trusted.resolve(system("c2"), { query: CASES, hash: undefined }))).toBe(
      "OPERATION_NOT_TRUSTED",
    );
    expect(await r.trusted.resolve(system("c2"), { query: OTHER, hash: undefined })).toBe(OTHER);
    expect(r.trusted.cachedClients).toBe(2);
    await codeOf(r.trusted.resolve(system("c3"), { query: CASES, hash: undefined }));
    expect(r.trusted.cachedClients).toBe(2);
    // c1's were the oldest: dropped, and loaded again when asked for.
    const loads = r.loads();
    await r.trusted.resolve(system("c1"), { query: CASES, hash: undefined });
    expect(r.loads()).toBe(loads + 1);
  });
});
