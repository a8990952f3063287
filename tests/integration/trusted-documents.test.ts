import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, gt } from "drizzle-orm";
import type { Client } from "graphql-ws";
import { DEMO, sealProcessingLog, tables } from "@regiehub/db";
import { expectCode, gql, signIn, startTestHub, wsClient, type TestHub } from "../support/hub";
import { loadConfig, startHub } from "@regiehub/server";
import { adminOf, clientToken, registerClient } from "../support/api-clients";
import { send } from "../support/requests";

// Trusted documents (issue 15): an ADMIN registers the operations of a partner system ahead of time; with
// TRUSTED_DOCUMENTS=clients a system runs only those (by hash alone, or with their text), and with `all` people
// run only the web app's operations (its persisted-query manifest). Three hubs, one per mode. Each refusal is
// typed (OPERATION_NOT_TRUSTED, PERSISTED_QUERY_NOT_FOUND, BAD_USER_INPUT), HTTP 400, runs nothing, and — when
// it refuses a signed-in actor — is in the processing log.

const P = DEMO.professionals;
const O = DEMO.organisations;

const MANIFEST_PATH = fileURLToPath(
  new URL("../../apps/web/src/generated/persisted-query-manifest.json", import.meta.url),
);
const manifest = JSON.parse(readFileSync(MANIFEST_PATH, "utf8")) as {
  operations: { id: string; name: string; type: string; body: string }[];
};
function webOperation(name: string) {
  const operation = manifest.operations.find((o) => o.name === name);
  if (!operation) throw new Error(`the web app's manifest has no operation ${name}`);
  return operation;
}

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");
const persisted = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });

const CASES = `query SchoolCases {
  cases(first: 3) {
    totalCount
  }
}`;
const ORGANISATIONS = `query SchoolOrganisations { organisations { id } }`;
const UNREGISTERED = `query Unregistered { cases(first: 1) { totalCount } }`;

const TRUSTED_FIELDS = `sha256 operationName operationType document registeredAt registeredBy { id }`;
const REGISTER = `mutation($apiClientId: ID!, $documents: [String!]!) {
  registerTrustedDocuments(apiClientId: $apiClientId, documents: $documents) { ${TRUSTED_FIELDS} } }`;
const REMOVE = `mutation($apiClientId: ID!, $sha256: String!) {
  removeTrustedDocument(apiClientId: $apiClientId, sha256: $sha256) { sha256 operationName } }`;

/** A request with the query, the hash, or both (the Apollo persisted-query shape). */
function run(
  hub: TestHub,
  request: { query?: string; hash?: string; variables?: Record<string, unknown> },
  token?: string,
) {
  return send(
    hub,
    {
      ...(request.query !== undefined ? { query: request.query } : {}),
      ...(request.variables ? { variables: request.variables } : {}),
      ...(request.hash ? { extensions: persisted(request.hash) } : {}),
    },
    token ? { token } : {},
  );
}

/** One query over graphql-ws (`query` "" with a hash: by hash alone): its result, or its errors. */
function overSocket(
  client: Client,
  request: { query: string; hash?: string; variables?: Record<string, unknown> },
): Promise<{ data?: any; errors?: { message: string; extensions?: { code?: string } }[] }> {
  return new Promise((resolve, reject) => {
    let result: { data?: any } | undefined;
    client.subscribe(
      {
        query: request.query,
        variables: request.variables ?? {},
        ...(request.hash ? { extensions: persisted(request.hash) } : {}),
      },
      {
        next: (value) => {
          result = value as { data?: any };
        },
        error: (error: unknown) => (Array.isArray(error) ? resolve({ errors: error as any }) : reject(error)),
        complete: () => resolve(result ?? {}),
      },
    );
  });
}

async function register(hub: TestHub, adminToken: string, apiClientId: string, documents: string[]) {
  return gql<any>(hub, REGISTER, { apiClientId, documents }, adminToken);
}

/** The DENIED entries of an actor after log entry `since`. */
async function deniedOf(hub: TestHub, actorId: string, since: number) {
  await sealProcessingLog(hub.database.db, { wait: true });
  const l = tables.processingLog;
  return hub.database.db
    .select()
    .from(l)
    .where(and(eq(l.actorId, actorId), eq(l.operation, "DENIED"), gt(l.id, since)))
    .orderBy(l.id);
}

async function entriesOf(hub: TestHub, actorId: string, since: number) {
  await sealProcessingLog(hub.database.db, { wait: true });
  const l = tables.processingLog;
  return hub.database.db
    .select()
    .from(l)
    .where(and(eq(l.actorId, actorId), gt(l.id, since)))
    .orderBy(l.id);
}

async function lastLogId(hub: TestHub): Promise<number> {
  const rows = await hub.database.db.select({ id: tables.processingLog.id }).from(tables.processingLog);
  return Math.max(0, ...rows.map((r) => r.id));
}

function expectRefused(answer: Awaited<ReturnType<typeof send>>, code: string) {
  expect(answer.status).toBe(400);
  expect(answer.body.data ?? null).toBeNull();
  expect(answer.body.errors?.map((e) => e.extensions.code)).toEqual([code]);
}

interface System {
  id: string;
  token: string;
}

async function partnerSystem(hub: TestHub, adminToken: string): Promise<System> {
  const client = await registerClient(hub, adminToken, {});
  return { id: client.id, token: await clientToken(hub, client.id, client.secret!) };
}

// ---------------------------------------------------------------------------------------------------------

describe("TRUSTED_DOCUMENTS=off (the default): registering, and running anything", () => {
  let hub: TestHub;
  let admin: { id: string; token: string };
  let system: System;

  beforeAll(async () => {
    hub = await startTestHub({ DENIED_MERGE_SECONDS: "0", TRUSTED_DOCUMENTS_MANIFEST: MANIFEST_PATH });
    admin = await adminOf(hub, O.secondarySchool);
    system = await partnerSystem(hub, admin.token);
  }, 60_000);
  afterAll(async () => {
    await hub?.stop();
  });

  it("registers documents under the sha256 of their exact text, listed with the client", async () => {
    const since = await lastLogId(hub);
    const res = await register(hub, admin.token, system.id, [CASES, ORGANISATIONS]);
    expect(res.errors).toBeUndefined();
    expect(res.data.registerTrustedDocuments).toEqual([
      expect.objectContaining({
        sha256: sha256(CASES),
        operationName: "SchoolCases",
        operationType: "QUERY",
        document: CASES,
        registeredBy: { id: admin.id },
      }),
      expect.objectContaining({ sha256: sha256(ORGANISATIONS), operationName: "SchoolOrganisations" }),
    ]);
    const listed = await gql<any>(
      hub,
      `{ apiClients { id trustedDocuments { sha256 operationName registeredBy { id } } } }`,
      {},
      admin.token,
    );
    expect(listed.errors).toBeUndefined();
    const client = listed.data.apiClients.find((c: { id: string }) => c.id === system.id);
    expect(client.trustedDocuments.map((d: { sha256: string }) => d.sha256).sort()).toEqual(
      [sha256(CASES), sha256(ORGANISATIONS)].sort(),
    );
    // The ADMIN's change, in the processing log (in the same transaction as the rows).
    const logged = (await entriesOf(hub, admin.id, since)).filter((e) => e.operation === "CREATE");
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({
      caseId: null,
      fields: ["TrustedDocument"],
      processingActivityId: "RH-PA-07",
    });
    expect(logged[0]!.detail).toContain(sha256(CASES));
  });

  it("registering the same text again changes nothing", async () => {
    const before = await hub.database.db
      .select()
      .from(tables.trustedDocuments)
      .where(eq(tables.trustedDocuments.apiClientId, system.id));
    const since = await lastLogId(hub);
    const again = await register(hub, admin.token, system.id, [CASES, CASES]);
    expect(again.errors).toBeUndefined();
    expect(again.data.registerTrustedDocuments.map((d: { sha256: string }) => d.sha256)).toEqual([
      sha256(CASES),
      sha256(CASES),
    ]);
    const after = await hub.database.db
      .select()
      .from(tables.trustedDocuments)
      .where(eq(tables.trustedDocuments.apiClientId, system.id));
    expect(after).toEqual(before);
    expect((await entriesOf(hub, admin.id, since)).filter((e) => e.operation === "CREATE")).toEqual([]);
  });

  it("refuses an invalid document, naming it, and stores none of the call's documents", async () => {
    const fresh = `query Fresh { organisations { id name } }`;
    const cases: [string[], string, RegExp][] = [
      [[fresh, "query Broken { cases("], "documents.1", /kan niet worden gelezen/],
      [
        [fresh, "query A { organisations { id } } query B { organisations { id } }"],
        "documents.1",
        /meer dan één/,
      ],
      [["fragment F on Case { id }"], "documents.0", /geen operatie/],
      [[fresh, "query Unknown { noSuchField }"], "documents.1", /niet geldig/],
      [
        [fresh, "query Deep { cases(first: 1) { edges { node { id } } } } " + "#".repeat(30_000)],
        "documents.1",
        /20\.000/,
      ],
      [[`query Nul { organisations { id } }\u0000`], "documents.0", /ongeldige tekens/],
      [[""], "documents.0", /niet leeg/],
      [[], "documents", /minstens één/],
      [Array.from({ length: 51 }, (_, i) => `query Q${i} { organisations { id } }`), "documents", /50/],
    ];
    for (const [documents, field, message] of cases) {
      const res = await register(hub, admin.token, system.id, documents);
      expectCode(res, "BAD_USER_INPUT");
      expect(res.errors![0]!.extensions.field, field).toBe(field);
      expect(res.errors![0]!.message).toMatch(message);
    }
    const stored = await hub.database.db
      .select()
      .from(tables.trustedDocuments)
      .where(eq(tables.trustedDocuments.sha256, sha256(fresh)));
    expect(stored).toEqual([]);
  });

  it("refuses another organisation's client (NOT_FOUND), a non-ADMIN and a system itself (FORBIDDEN)", async () => {
    const otherAdmin = await adminOf(hub, O.wijkteamNoord);
    const foreign = await register(hub, otherAdmin.token, system.id, [UNREGISTERED]);
    expectCode(foreign, "NOT_FOUND");
    expectCode(
      await gql(hub, REMOVE, { apiClientId: system.id, sha256: sha256(CASES) }, otherAdmin.token),
      "NOT_FOUND",
    );
    expectCode(await register(hub, otherAdmin.token, "not-a-uuid", [UNREGISTERED]), "NOT_FOUND");

    const professional = await signIn(hub, P.casusregisseur);
    expectCode(await register(hub, professional, system.id, [UNREGISTERED]), "FORBIDDEN");
    expectCode(
      await gql(hub, REMOVE, { apiClientId: system.id, sha256: sha256(CASES) }, professional),
      "FORBIDDEN",
    );

    expectCode(await register(hub, system.token, system.id, [UNREGISTERED]), "FORBIDDEN");
    expectCode(
      await gql(hub, REMOVE, { apiClientId: system.id, sha256: sha256(CASES) }, system.token),
      "FORBIDDEN",
    );

    const stored = await hub.database.db
      .select()
      .from(tables.trustedDocuments)
      .where(eq(tables.trustedDocuments.sha256, sha256(UNREGISTERED)));
    expect(stored).toEqual([]);
  });

  it("refuses a revoked client's registration (CONFLICT) and a malformed or unknown hash at removal", async () => {
    const revoked = await partnerSystem(hub, admin.token);
    await gql(hub, `mutation($id: ID!) { revokeApiClient(id: $id) { id } }`, { id: revoked.id }, admin.token);
    expectCode(await register(hub, admin.token, revoked.id, [CASES]), "CONFLICT");
    const malformed = await gql<any>(hub, REMOVE, { apiClientId: system.id, sha256: "abc" }, admin.token);
    expectCode(malformed, "BAD_USER_INPUT");
    expect(malformed.errors![0]!.extensions.field).toBe("sha256");
    expectCode(
      await gql(hub, REMOVE, { apiClientId: system.id, sha256: sha256("nothing") }, admin.token),
      "NOT_FOUND",
    );
  });

  it("holds at most 200 documents per client", async () => {
    const busy = await partnerSystem(hub, admin.token);
    for (let batch = 0; batch < 4; batch++) {
      const documents = Array.from(
        { length: 50 },
        (_, i) => `query Q${batch * 50 + i} { organisations { id } }`,
      );
      expect((await register(hub, admin.token, busy.id, documents)).errors).toBeUndefined();
    }
    const over = await register(hub, admin.token, busy.id, [`query Q200 { organisations { id } }`]);
    expectCode(over, "BAD_USER_INPUT");
    expect(over.errors![0]!.message).toMatch(/Maximaal 200 documenten per koppeling; deze heeft er al 200/);
    // A text it holds already is no new document.
    expect(
      (await register(hub, admin.token, busy.id, [`query Q0 { organisations { id } }`])).errors,
    ).toBeUndefined();
  });

  it("runs any operation of a system and of a person", async () => {
    const res = await run(hub, { query: UNREGISTERED }, system.token);
    expect(res.status).toBe(200);
    expect(res.body.data.cases.totalCount).toEqual(expect.any(Number));
    const person = await signIn(hub, P.casusregisseur);
    expect((await run(hub, { query: UNREGISTERED }, person)).body.data.cases.totalCount).toBeGreaterThan(0);
  });

  it("finds a system's registered document by its hash alone; an unknown hash asks for the text, unlogged", async () => {
    const byHash = await run(hub, { hash: sha256(CASES) }, system.token);
    expect(byHash.status).toBe(200);
    expect(byHash.body.data.cases.totalCount).toEqual(expect.any(Number));
    const since = await lastLogId(hub);
    const unknown = await run(hub, { hash: sha256(UNREGISTERED) }, system.token);
    expectRefused(unknown, "PERSISTED_QUERY_NOT_FOUND");
    expect(unknown.body.errors![0]!.message).toBe("PersistedQueryNotFound");
    // Not refused anything: the text may follow (Apollo's protocol).
    expect(await deniedOf(hub, system.id, since)).toEqual([]);
    const withText = await run(hub, { query: UNREGISTERED, hash: sha256(UNREGISTERED) }, system.token);
    expect(withText.body.data.cases.totalCount).toEqual(expect.any(Number));
  });

  it("refuses a hash that is not the text's, and a malformed persisted-query extension", async () => {
    expectRefused(
      await run(hub, { query: UNREGISTERED, hash: sha256(CASES) }, system.token),
      "BAD_USER_INPUT",
    );
    const badVersion = await send(
      hub,
      { query: CASES, extensions: { persistedQuery: { version: 2, sha256Hash: sha256(CASES) } } },
      { token: system.token },
    );
    expectRefused(badVersion, "BAD_USER_INPUT");
    const badHash = await send(
      hub,
      { extensions: { persistedQuery: { version: 1, sha256Hash: "xyz" } } },
      { token: system.token },
    );
    expectRefused(badHash, "BAD_USER_INPUT");
  });

  it("answers a person's hash with the web app's operation; another hash asks for the text", async () => {
    const person = await signIn(hub, P.casusregisseur);
    const me = await run(hub, { hash: webOperation("Me").id }, person);
    expect(me.status).toBe(200);
    expect(me.body.data.me.id).toBe(P.casusregisseur);
    expectRefused(await run(hub, { hash: sha256(UNREGISTERED) }, person), "PERSISTED_QUERY_NOT_FOUND");
    const withText = await run(hub, { query: UNREGISTERED, hash: sha256(UNREGISTERED) }, person);
    expect(withText.body.data.cases.totalCount).toBeGreaterThan(0);
  });
});

// ---------------------------------------------------------------------------------------------------------

describe("TRUSTED_DOCUMENTS=clients", () => {
  let hub: TestHub;
  let admin: { id: string; token: string };
  let system: System;
  let other: System;

  beforeAll(async () => {
    hub = await startTestHub({ TRUSTED_DOCUMENTS: "clients", DENIED_MERGE_SECONDS: "0" });
    admin = await adminOf(hub, O.secondarySchool);
    system = await partnerSystem(hub, admin.token);
    other = await partnerSystem(hub, admin.token);
    const res = await register(hub, admin.token, system.id, [CASES]);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
  }, 60_000);
  afterAll(async () => {
    await hub?.stop();
  });

  it("runs a registered document by hash alone, by its text, by both, and re-indented", async () => {
    for (const request of [
      { hash: sha256(CASES) },
      { query: CASES },
      { query: CASES, hash: sha256(CASES) },
      { query: `query SchoolCases { cases(first: 3) { totalCount } }` },
    ]) {
      const res = await run(hub, request, system.token);
      expect(res.status, JSON.stringify(request)).toBe(200);
      expect(res.body.data.cases.totalCount).toEqual(expect.any(Number));
    }
  });

  it("refuses an unregistered operation before running it, typed, and logs the refusal", async () => {
    const since = await lastLogId(hub);
    const text = await run(hub, { query: UNREGISTERED }, system.token);
    expectRefused(text, "OPERATION_NOT_TRUSTED");
    const hashOnly = await run(hub, { hash: sha256(UNREGISTERED) }, system.token);
    expectRefused(hashOnly, "PERSISTED_QUERY_NOT_FOUND");
    const both = await run(hub, { query: UNREGISTERED, hash: sha256(UNREGISTERED) }, system.token);
    expectRefused(both, "OPERATION_NOT_TRUSTED");
    // Nothing ran: no reads, only the refusals (one entry each, with the document's hash).
    const entries = await entriesOf(hub, system.id, since);
    expect(entries.map((e) => [e.operation, e.actorType, e.fields])).toEqual([
      ["DENIED", "PARTNER_SYSTEM", [`OPERATION_NOT_TRUSTED sha256:${sha256(UNREGISTERED)}`]],
      ["DENIED", "PARTNER_SYSTEM", [`PERSISTED_QUERY_NOT_FOUND sha256:${sha256(UNREGISTERED)}`]],
      ["DENIED", "PARTNER_SYSTEM", [`OPERATION_NOT_TRUSTED sha256:${sha256(UNREGISTERED)}`]],
    ]);
  });

  it("refuses a mutation that is not registered without changing anything", async () => {
    const mutation = `mutation Read($id: ID!) { markNotificationRead(id: $id) { id } }`;
    const before = await lastLogId(hub);
    const res = await run(
      hub,
      { query: mutation, variables: { id: "00000000-0000-0000-0000-000000000000" } },
      system.token,
    );
    expectRefused(res, "OPERATION_NOT_TRUSTED");
    // A mutation that ran would have been refused NOT_FOUND (logged with its path) or changed something.
    const entries = await entriesOf(hub, system.id, before);
    expect(entries.map((e) => e.fields)).toEqual([[`OPERATION_NOT_TRUSTED sha256:${sha256(mutation)}`]]);
  });

  it("does the same over WebSocket: by hash alone (an empty query), by text, and refuses the rest", async () => {
    const socket = wsClient(hub, system.token);
    try {
      const byHash = await overSocket(socket, { query: "", hash: sha256(CASES) });
      expect(byHash.errors).toBeUndefined();
      expect(byHash.data.cases.totalCount).toEqual(expect.any(Number));
      const byText = await overSocket(socket, { query: CASES });
      expect(byText.data.cases.totalCount).toEqual(expect.any(Number));
      const since = await lastLogId(hub);
      const refused = await overSocket(socket, { query: UNREGISTERED });
      expect(refused.data).toBeUndefined();
      expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(["OPERATION_NOT_TRUSTED"]);
      const unknown = await overSocket(socket, { query: "", hash: sha256(UNREGISTERED) });
      expect(unknown.errors?.map((e) => e.extensions?.code)).toEqual(["PERSISTED_QUERY_NOT_FOUND"]);
      const mismatch = await overSocket(socket, { query: UNREGISTERED, hash: sha256(CASES) });
      expect(mismatch.errors?.map((e) => e.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
      expect((await deniedOf(hub, system.id, since)).map((e) => e.fields)).toEqual([
        [`OPERATION_NOT_TRUSTED sha256:${sha256(UNREGISTERED)}`],
        [`PERSISTED_QUERY_NOT_FOUND sha256:${sha256(UNREGISTERED)}`],
      ]);
    } finally {
      await socket.dispose();
    }
  });

  it("runs a query by hash alone over GET too", async () => {
    const url = new URL(`${hub.url}/graphql`);
    url.searchParams.set("extensions", JSON.stringify(persisted(sha256(CASES))));
    const ok = await fetch(url, {
      headers: { authorization: `Bearer ${system.token}`, "apollo-require-preflight": "true" },
    });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as any).data.cases.totalCount).toEqual(expect.any(Number));
    const refusedUrl = new URL(`${hub.url}/graphql`);
    refusedUrl.searchParams.set("query", UNREGISTERED);
    const refused = await fetch(refusedUrl, {
      headers: { authorization: `Bearer ${system.token}`, "apollo-require-preflight": "true" },
    });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as any).errors[0].extensions.code).toBe("OPERATION_NOT_TRUSTED");
  });

  it("keeps each system to its own documents", async () => {
    expectRefused(await run(hub, { hash: sha256(CASES) }, other.token), "PERSISTED_QUERY_NOT_FOUND");
    expectRefused(await run(hub, { query: CASES }, other.token), "OPERATION_NOT_TRUSTED");
  });

  it("follows a registration and a removal at once", async () => {
    const fresh = `query Fresh { organisations { id } }`;
    expectRefused(await run(hub, { query: fresh }, other.token), "OPERATION_NOT_TRUSTED");
    expect((await register(hub, admin.token, other.id, [fresh])).errors).toBeUndefined();
    expect(
      (await run(hub, { hash: sha256(fresh) }, other.token)).body.data.organisations.length,
    ).toBeGreaterThan(0);
    const removed = await gql<any>(
      hub,
      REMOVE,
      { apiClientId: other.id, sha256: sha256(fresh) },
      admin.token,
    );
    expect(removed.data.removeTrustedDocument).toEqual({ sha256: sha256(fresh), operationName: "Fresh" });
    expectRefused(await run(hub, { hash: sha256(fresh) }, other.token), "PERSISTED_QUERY_NOT_FOUND");
    expectRefused(await run(hub, { query: fresh }, other.token), "OPERATION_NOT_TRUSTED");
  });

  it("leaves people alone", async () => {
    const person = await signIn(hub, P.casusregisseur);
    const res = await run(hub, { query: UNREGISTERED }, person);
    expect(res.status).toBe(200);
    expect(res.body.data.cases.totalCount).toBeGreaterThan(0);
  });
});

// ---------------------------------------------------------------------------------------------------------

describe("TRUSTED_DOCUMENTS=all: people run only the web app's operations", () => {
  let hub: TestHub;
  let person: string;

  /** Signs in through the web app's own sign-in operation (by its hash, as the web app does). */
  async function webSignIn(professionalId: string): Promise<string> {
    const res = await run(hub, { hash: webOperation("DevSignIn").id, variables: { professionalId } });
    if (!res.body.data?.devSignIn) throw new Error(JSON.stringify(res.body));
    return res.body.data.devSignIn.token as string;
  }

  beforeAll(async () => {
    hub = await startTestHub({
      TRUSTED_DOCUMENTS: "all",
      TRUSTED_DOCUMENTS_MANIFEST: MANIFEST_PATH,
      DENIED_MERGE_SECONDS: "0",
    });
    person = await webSignIn(P.casusregisseur);
  }, 60_000);
  afterAll(async () => {
    await hub?.stop();
  });

  it("runs a web-app operation by hash, by its text, and by both", async () => {
    const me = webOperation("Me");
    for (const request of [{ hash: me.id }, { query: me.body }, { query: me.body, hash: me.id }]) {
      const res = await run(hub, request, person);
      expect(res.status, JSON.stringify(request)).toBe(200);
      expect(res.body.data.me.id).toBe(P.casusregisseur);
    }
  });

  it("takes a web-app operation's text in any order of its definitions (as Apollo Client prints it)", async () => {
    const detail = webOperation("CaseDetail");
    const [operation, ...fragments] = detail.body.split("\n\nfragment ");
    expect(fragments.length).toBeGreaterThan(0);
    const reordered = [...fragments.map((f) => `fragment ${f}`).reverse(), operation].join("\n\n");
    expect(reordered).not.toBe(detail.body);
    for (const request of [{ query: reordered }, { query: reordered, hash: detail.id }]) {
      const res = await run(hub, { ...request, variables: { id: DEMO.cases.multiProblem } }, person);
      expect(res.status).toBe(200);
      expect(res.body.data.case.id).toBe(DEMO.cases.multiProblem);
    }
  });

  it("refuses any other operation of a person, typed and logged, and of an anonymous caller", async () => {
    const since = await lastLogId(hub);
    expectRefused(await run(hub, { query: UNREGISTERED }, person), "OPERATION_NOT_TRUSTED");
    expectRefused(await run(hub, { hash: sha256(UNREGISTERED) }, person), "PERSISTED_QUERY_NOT_FOUND");
    expect((await deniedOf(hub, P.casusregisseur, since)).map((e) => [e.actorType, e.fields])).toEqual([
      ["PROFESSIONAL", [`OPERATION_NOT_TRUSTED sha256:${sha256(UNREGISTERED)}`]],
      ["PROFESSIONAL", [`PERSISTED_QUERY_NOT_FOUND sha256:${sha256(UNREGISTERED)}`]],
    ]);
    const signIn = `mutation($id: ID!) { devSignIn(professionalId: $id) { token } }`;
    expectRefused(
      await run(hub, { query: signIn, variables: { id: P.casusregisseur } }),
      "OPERATION_NOT_TRUSTED",
    );
    expectRefused(
      await run(hub, { query: `{ __schema { types { name } } }` }, person),
      "OPERATION_NOT_TRUSTED",
    );
  });

  it("refuses a hash that is not the text's", async () => {
    expectRefused(
      await run(hub, { query: UNREGISTERED, hash: webOperation("Me").id }, person),
      "BAD_USER_INPUT",
    );
  });

  it("keeps the web app's subscriptions working over WebSocket (their text, as the web app sends them)", async () => {
    const live = webOperation("LiveCaseEvents");
    const last = await run(hub, { hash: webOperation("LiveLastEventSeq").id }, person);
    expect(last.status).toBe(200);
    const socket = wsClient(hub, person);
    const events: any[] = [];
    let failed: unknown;
    const stop = socket.subscribe(
      {
        query: live.body,
        variables: { caseId: DEMO.cases.multiProblem, afterSeq: last.body.data.lastEventSeq },
      },
      {
        next: (value) => void events.push(value),
        error: (error) => (failed = error),
        complete: () => undefined,
      },
    );
    try {
      const updated = await run(
        hub,
        {
          query: webOperation("CaseDetail").body,
          hash: webOperation("CaseDetail").id,
          variables: { id: DEMO.cases.multiProblem },
        },
        person,
      );
      expect(updated.status).toBe(200);
      // A change on the case through a web-app mutation reaches the subscription.
      const [subject] = await hub.database.db
        .select({ id: tables.persons.id })
        .from(tables.persons)
        .where(eq(tables.persons.caseId, DEMO.cases.multiProblem))
        .limit(1);
      const note = webOperation("RecordNote");
      const recorded = await run(
        hub,
        {
          hash: note.id,
          variables: {
            input: {
              caseId: DEMO.cases.multiProblem,
              domain: "FAMILY_RELATIONS",
              dataClass: "GENERAL",
              subjectPersonIds: [subject!.id],
              title: "Afstemming",
              body: "Vertrouwde documenten: live.",
              occurredOn: "2026-01-05",
              legalBasis: "LEGAL_TASK",
            },
          },
        },
        person,
      );
      expect(recorded.body.errors, JSON.stringify(recorded.body.errors)).toBeUndefined();
      for (const started = Date.now(); events.length === 0 && !failed;) {
        if (Date.now() - started > 15_000) throw new Error("no live event");
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(failed).toBeUndefined();
      expect(events[0].errors).toBeUndefined();
      expect(events[0].data.caseEvents.kind).toEqual(expect.any(String));
    } finally {
      stop();
      await socket.dispose();
    }
  });

  it("runs a web-app operation over WebSocket by its id, and refuses other subscriptions of a person", async () => {
    const socket = wsClient(hub, person);
    try {
      const me = await overSocket(socket, { query: "", hash: webOperation("Me").id });
      expect(me.data.me.id).toBe(P.casusregisseur);
      const refused = await overSocket(socket, {
        query: `subscription { caseEvents(caseId: "${DEMO.cases.multiProblem}") { seq } }`,
      });
      expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(["OPERATION_NOT_TRUSTED"]);
    } finally {
      await socket.dispose();
    }
  });

  it("keeps a system to its own documents, not the web app's", async () => {
    // Registered directly: an ADMIN registers them through the web app's own operations, or another client.
    const admin = (await adminOfAll(hub, O.secondarySchool))!;
    const client = await run(
      hub,
      {
        hash: webOperation("RegisterApiClient").id,
        variables: { input: { name: "Leerlingvolgsysteem", scopes: ["cases:read"] } },
      },
      admin,
    );
    expect(client.body.errors, JSON.stringify(client.body.errors)).toBeUndefined();
    const { client: registered, clientSecret } = client.body.data.registerApiClient;
    await hub.database.db.insert(tables.trustedDocuments).values({
      apiClientId: registered.id,
      sha256: sha256(CASES),
      document: CASES,
      operationName: "SchoolCases",
      registeredByProfessionalId: adminIdOf.get(admin)!,
    });
    const token = await clientToken(hub, registered.id, clientSecret);
    expect((await run(hub, { hash: sha256(CASES) }, token)).body.data.cases.totalCount).toEqual(
      expect.any(Number),
    );
    expectRefused(await run(hub, { hash: webOperation("Me").id }, token), "PERSISTED_QUERY_NOT_FOUND");
    expectRefused(await run(hub, { query: webOperation("Me").body }, token), "OPERATION_NOT_TRUSTED");
  });

  const adminIdOf = new Map<string, string>();
  /** A new ADMIN, signed in through the web app's sign-in. */
  async function adminOfAll(h: TestHub, organisationId: string) {
    const [row] = await h.database.db
      .insert(tables.professionals)
      .values({
        organisationId,
        name: "Beheerder",
        email: `beheerder-${Date.now()}@example.invalid`,
        role: "ADMIN",
      })
      .returning();
    const token = await webSignIn(row!.id);
    adminIdOf.set(token, row!.id);
    return token;
  }
});

describe("TRUSTED_DOCUMENTS=all without the web app's manifest", () => {
  it("does not start (before it opens a database)", async () => {
    const config = loadConfig({
      NODE_ENV: "test",
      DATA_DIR: "memory://",
      LOG_LEVEL: "silent",
      TRUSTED_DOCUMENTS: "all",
      TRUSTED_DOCUMENTS_MANIFEST: "/nonexistent/manifest.json",
    });
    await expect(startHub(config)).rejects.toThrow(/no manifest of them at \/nonexistent\/manifest.json/);
  });

  it("refuses a mode it does not know", () => {
    expect(() => loadConfig({ TRUSTED_DOCUMENTS: "some" })).toThrow(/TRUSTED_DOCUMENTS/);
  });
});
