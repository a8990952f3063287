import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "graphql";
import { afterAll, describe, expect, it } from "vitest";
import { buildSchema } from "../schema";
import { allValidationRules } from "../graphql/limits";
import { canonicalText, DocumentError, readDocument, sha256Hex } from "./documents";
import { ManifestError, readManifest, webManifestFor } from "./manifest";
import { persistedHash, requestedOverHttp } from "./requests";

// The web app's manifest as the hub reads it, documents as the hub reads them, and the persisted-query shape of
// a request. The committed manifest is checked against the server's own reading of a document: its ids are the
// sha256 of the canonical text (the order @apollo/persisted-query-lists sorts definitions in).

const COMMITTED = fileURLToPath(
  new URL("../../../web/src/generated/persisted-query-manifest.json", import.meta.url),
);
const folder = mkdtempSync(join(tmpdir(), "regiehub-manifest-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function written(content: unknown): string {
  const path = join(folder, `${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
}

const committed = JSON.parse(readFileSync(COMMITTED, "utf8")) as {
  format: string;
  version: number;
  operations: { id: string; name: string; type: string; body: string }[];
};

describe("the web app's manifest", () => {
  it("is read as committed: every operation valid against the schema, its id the sha256 of its canonical body", () => {
    const manifest = readManifest(COMMITTED);
    expect(manifest.operations.length).toBe(committed.operations.length);
    expect(manifest.operations.some((o) => o.type === "subscription")).toBe(true);
    const schema = buildSchema();
    const rules = allValidationRules({
      maxDepth: 12,
      maxAliases: 15,
      maxCost: 50_000,
      maxTokens: 2_000,
      maxBodyBytes: 1,
    });
    for (const operation of manifest.operations) {
      const facts = readDocument(operation.body, schema, rules, 2_000);
      expect(facts.canonicalSha256, operation.name).toBe(operation.id);
      expect(facts.operationName).toBe(operation.name);
    }
  });

  it("refuses a manifest that is not one, or whose ids are not its bodies'", () => {
    const [first] = committed.operations;
    const cases: [unknown, RegExp][] = [
      ["not json", /not a readable JSON file/],
      [{ ...committed, format: "other" }, /not an Apollo persisted-query manifest/],
      [{ ...committed, operations: [{ ...first, id: sha256Hex("x") }] }, /not the sha256 of the body/],
      [{ ...committed, operations: [{ ...first, id: "abc" }] }, /id is no sha256/],
      [{ ...committed, operations: [{ ...first, name: "Renamed" }] }, /name or type does not match/],
      [{ ...committed, operations: [{ ...first, body: `${first!.body} ` }] }, /canonical form/],
      [{ ...committed, operations: [{ ...first, body: "query {" }] }, /operation 0/],
    ];
    for (const [content, message] of cases) {
      expect(() => readManifest(written(content))).toThrow(ManifestError);
      expect(() => readManifest(written(content))).toThrow(message);
    }
  });

  it("is required with TRUSTED_DOCUMENTS=all, and optional otherwise", () => {
    const missing = join(folder, "none.json");
    expect(() => webManifestFor({ mode: "all", manifestPath: missing })).toThrow(/no manifest of them/);
    expect(webManifestFor({ mode: "clients", manifestPath: missing })).toBeUndefined();
    expect(webManifestFor({ mode: "all", manifestPath: COMMITTED })?.operations.length).toBeGreaterThan(0);
  });
});

describe("a document to register", () => {
  const schema = buildSchema();
  const rules = allValidationRules({
    maxDepth: 3,
    maxAliases: 2,
    maxCost: 50_000,
    maxTokens: 60,
    maxBodyBytes: 1,
  });

  it("has one operation, valid against the schema within the request limits", () => {
    expect(readDocument("query A { organisations { id } }", schema, rules, 60)).toEqual({
      canonicalSha256: sha256Hex("query A {\n  organisations {\n    id\n  }\n}"),
      operationName: "A",
      operationType: "query",
    });
    expect(
      readDocument('mutation { devSignIn(professionalId: "x") { token } }', schema, rules, 60),
    ).toMatchObject({
      operationName: null,
      operationType: "mutation",
    });
    const refused: [string, RegExp][] = [
      ["query {", /kan niet worden gelezen/],
      [`query A { ${"organisations { id } ".repeat(20)} }`, /kan niet worden gelezen/], // past the token limit
      ["query A { organisations { id } } query B { organisations { id } }", /meer dan één/],
      ["fragment F on Organisation { id }", /geen operatie/],
      ["query A { nothing }", /niet geldig/],
      ["query A { a: organisations { id } b: organisations { id } c: organisations { id } }", /niet geldig/],
      ["query A { cases(first: 1) { edges { node { team { organisation { id } } } } } }", /niet geldig/],
    ];
    for (const [text, message] of refused) {
      expect(() => readDocument(text, schema, rules, 60), text).toThrow(DocumentError);
      expect(() => readDocument(text, schema, rules, 60), text).toThrow(message);
    }
  });

  it("has one canonical text whatever its layout and the order of its definitions", () => {
    const a = parse("query Q { ...F }\nfragment F on Query { organisations { id } }");
    const b = parse("fragment F on Query { organisations { id } }   # a comment\nquery Q { ...F }");
    expect(canonicalText(a)).toBe(canonicalText(b));
    expect(canonicalText(b).startsWith("query Q")).toBe(true);
  });
});

describe("the persisted-query shape of a request", () => {
  const hash = sha256Hex("query A { organisations { id } }");

  it("takes version 1 and a sha256 (either case), and nothing for no extension", () => {
    expect(persistedHash({ persistedQuery: { version: 1, sha256Hash: hash } })).toBe(hash);
    expect(persistedHash({ persistedQuery: { version: 1, sha256Hash: hash.toUpperCase() } })).toBe(hash);
    expect(persistedHash(undefined)).toBeUndefined();
    expect(persistedHash({ other: 1 })).toBeUndefined();
    expect(persistedHash("text")).toBeUndefined();
  });

  it("refuses another version or a hash that is no sha256", () => {
    for (const extensions of [
      { persistedQuery: { version: 2, sha256Hash: hash } },
      { persistedQuery: { sha256Hash: hash } },
      { persistedQuery: { version: 1, sha256Hash: "abc" } },
      { persistedQuery: { version: 1, sha256Hash: 12 } },
      { persistedQuery: "x" },
    ]) {
      expect(() => persistedHash(extensions), JSON.stringify(extensions)).toThrow(
        expect.objectContaining({ code: "BAD_USER_INPUT" }),
      );
    }
  });

  it("reads POST bodies and GET parameters alike", () => {
    const extensions = { persistedQuery: { version: 1, sha256Hash: hash } };
    expect(requestedOverHttp({ method: "POST", body: { query: "{ me { id } }" }, query: {} })).toEqual({
      query: "{ me { id } }",
      hash: undefined,
    });
    expect(requestedOverHttp({ method: "POST", body: { extensions }, query: {} })).toEqual({
      query: undefined,
      hash,
    });
    expect(
      requestedOverHttp({
        method: "GET",
        body: undefined,
        query: { extensions: JSON.stringify(extensions) },
      }),
    ).toEqual({ query: undefined, hash });
    expect(requestedOverHttp({ method: "POST", body: [{ query: "{ me { id } }" }], query: {} })).toEqual({
      query: undefined,
      hash: undefined,
    });
    for (const req of [
      { method: "POST", body: { query: 12 }, query: {} },
      { method: "GET", body: undefined, query: { extensions: "{not json" } },
      { method: "GET", body: undefined, query: { extensions: ["{}", "{}"] } },
    ]) {
      expect(() => requestedOverHttp(req as never), JSON.stringify(req)).toThrow(
        expect.objectContaining({ code: "BAD_USER_INPUT" }),
      );
    }
  });
});
