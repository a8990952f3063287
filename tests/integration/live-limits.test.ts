import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import WebSocket from "ws";
import { DEMO, appendEvents, tables } from "@regiehub/db";
import { signIn, startTestHub, wsClient, type TestHub } from "../support/hub";
import { casePersons, recordObservation } from "../support/dossier";
import { collect, lastSeq, sleep } from "../support/live";

// The limits of live delivery (issue 5): a client that does not read is cut off with its resume point while
// the others keep receiving; subscriptions per connection are capped; a token that expires closes the socket
// with 4401, a professional who is no longer known with 4403.

const P = DEMO.professionals;
const O = DEMO.organisations;
const CASE = DEMO.cases.separatedParents;

let hub: TestHub;
let director: string;
let reader: string;
let child: string;

beforeAll(async () => {
  hub = await startTestHub({
    LIVE_MAX_QUEUED_EVENTS: "20",
    LIVE_MAX_BUFFERED_BYTES: "2097152",
    LIVE_MAX_SUBSCRIPTIONS: "2",
  });
  [director, reader] = await Promise.all([
    signIn(hub, P.casusregisseurYoussef),
    signIn(hub, P.casusregisseur),
  ]);
  child = (await casePersons(hub, director, CASE))[0]!.id;
});
afterAll(async () => {
  await hub?.stop();
});

/** A graphql-transport-ws client by hand, so that it can stop reading. */
async function rawSubscriber(token: string, query: string, variables: Record<string, unknown>) {
  const socket = new WebSocket(`${hub.url.replace(/^http/, "ws")}/graphql`, "graphql-transport-ws");
  const seqs: number[] = [];
  let closed: { code: number; reason: string } | undefined;
  socket.on("message", (raw) => {
    const message = JSON.parse(String(raw));
    if (message.type === "next") seqs.push(message.payload.data.caseEvents.seq);
  });
  socket.on("close", (code, reason) => (closed = { code, reason: String(reason) }));
  await new Promise((resolve) => socket.once("open", resolve));
  socket.send(JSON.stringify({ type: "connection_init", payload: { authorization: `Bearer ${token}` } }));
  await new Promise((resolve) => socket.once("message", resolve)); // connection_ack
  socket.send(JSON.stringify({ id: "1", type: "subscribe", payload: { query, variables } }));
  return { socket, seqs, closed: () => closed };
}

describe("a slow consumer", () => {
  it("is cut off with its resume point while a reading subscriber receives everything; it resumes without loss", async () => {
    // Large payloads: each event carries the case's timeline of 60 long observations (~150 kB).
    for (let i = 0; i < 60; i++) {
      await recordObservation(hub, director, {
        caseId: CASE,
        domain: "EDUCATION",
        dataClass: "GENERAL",
        subjectPersonIds: [child],
        statement: `Verslag ${i}: ${"Kim werkt geconcentreerd in de klas en helpt anderen. ".repeat(45)}`,
      });
    }
    const item = (
      await recordObservation(hub, director, {
        caseId: CASE,
        domain: "EDUCATION",
        dataClass: "GENERAL",
        subjectPersonIds: [child],
        statement: "Het item dat steeds wordt bijgewerkt.",
      })
    ).id;
    const HEAVY = `subscription($caseId: ID!, $afterSeq: Seq) { caseEvents(caseId: $caseId, afterSeq: $afterSeq) {
      seq case { timeline(first: 100) { edges { node { ... on Observation { statement } } } } } } }`;
    const start = await lastSeq(hub, reader);
    const slow = await rawSubscriber(reader, HEAVY, { caseId: CASE });
    const fastClient = wsClient(hub, reader);
    const fast = collect(fastClient, HEAVY, { caseId: CASE });
    await sleep(300); // both live
    slow.socket.pause(); // stops reading: the kernel buffers fill, then the server's queue

    const TOTAL = 120;
    let end = 0;
    for (let i = 0; i < TOTAL; i++) {
      const [seq] = await hub.database.db.transaction((tx) =>
        appendEvents(tx, [
          {
            caseId: CASE,
            changeKind: "ITEM_CORRECTED",
            itemIds: [item],
            fields: ["Observation.statement"],
            actorProfessionalId: P.casusregisseurYoussef,
            organisationId: O.wijkteamNoord,
          },
        ]),
      );
      end = seq!;
      hub.live.published(end);
    }
    // The reading subscriber receives everything.
    await fast.until((r) => r.at(-1)?.data?.caseEvents?.seq === end, 60_000);
    expect(fast.results.map((r) => r.data.caseEvents.seq)).toEqual(
      Array.from({ length: TOTAL }, (_, i) => start + i + 1),
    );
    // The slow one reads what was buffered, then the close frame with its resume point.
    slow.socket.resume();
    for (let i = 0; i < 200 && !slow.closed(); i++) await sleep(50);
    expect(slow.closed()?.code).toBe(4413);
    const resumeAfter = Number(/resume after (\d+)/.exec(slow.closed()!.reason)?.[1]);
    expect(resumeAfter).toBe(slow.seqs.at(-1) ?? start);
    expect(slow.seqs.length).toBeLessThan(TOTAL);

    // Resuming from that point delivers the rest exactly once.
    const again = wsClient(hub, reader);
    const rest = collect(again, HEAVY, { caseId: CASE, afterSeq: resumeAfter });
    await rest.until((r) => r.at(-1)?.data?.caseEvents?.seq === end, 60_000);
    expect([...slow.seqs, ...rest.results.map((r) => r.data.caseEvents.seq)]).toEqual(
      Array.from({ length: TOTAL }, (_, i) => start + i + 1),
    );
    await fastClient.dispose();
    await again.dispose();
  }, 180_000);
});

describe("subscriptions per connection", () => {
  it("refuses a third subscription on one connection (BAD_USER_INPUT); the first two keep running", async () => {
    const client = wsClient(hub, reader);
    const query = `subscription($caseId: ID!) { caseEvents(caseId: $caseId) { seq } }`;
    const first = collect(client, query, { caseId: CASE });
    const second = collect(client, query, { caseId: CASE });
    await sleep(200);
    const third = collect(client, query, { caseId: CASE });
    await third.until(() => third.error !== undefined || third.results.length > 0).catch(() => []);
    await sleep(100);
    const errors = (third.error as any[] | undefined) ?? third.results[0]?.errors;
    expect(JSON.stringify({ error: third.error, results: third.results })).toContain("BAD_USER_INPUT");
    expect(errors).toBeDefined();
    expect(first.error).toBeUndefined();
    expect(second.error).toBeUndefined();
    await client.dispose();
  });
});

describe("credentials on a long-lived socket", () => {
  // Tokens of this hub live 5 s; the session is re-checked every 200 ms.
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub({ DEV_TOKEN_TTL_SECONDS: "5", LIVE_AUTH_RECHECK_MS: "200" });
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it("closes the socket with 4401 when the token expires; a fresh token resumes", async () => {
    const token = await signIn(hub, P.casusregisseur); // valid for 5 s
    const after = await lastSeq(hub, token);
    const client = wsClient(hub, token);
    const events = collect(
      client,
      `subscription($caseId: ID!, $afterSeq: Seq) { caseEvents(caseId: $caseId, afterSeq: $afterSeq) { seq } }`,
      {
        caseId: CASE,
        afterSeq: after,
      },
    );
    const started = Date.now();
    for (let i = 0; i < 160 && !events.error; i++) await sleep(50);
    expect((events.error as { code?: number } | undefined)?.code).toBe(4401);
    expect(Date.now() - started).toBeLessThan(7_000);
    await client.dispose();
    // Reconnecting with a fresh token resumes where it left off.
    const fresh = await signIn(hub, P.casusregisseur);
    const again = wsClient(hub, fresh);
    const resumed = collect(
      again,
      `subscription($caseId: ID!, $afterSeq: Seq) { caseEvents(caseId: $caseId, afterSeq: $afterSeq) { seq } }`,
      {
        caseId: CASE,
        afterSeq: after,
      },
    );
    const item = await recordObservation(hub, fresh, {
      caseId: CASE,
      domain: "EDUCATION",
      dataClass: "GENERAL",
      subjectPersonIds: [child],
      statement: "Na het verlopen van het token.",
    });
    await resumed.until((r) => r.length >= 1);
    expect(item.id).toBeTruthy();
    await again.dispose();
  }, 30_000);

  it("closes the socket with 4403 when the professional is no longer known", async () => {
    const [professional] = await hub.database.db
      .insert(tables.professionals)
      .values({
        organisationId: O.school,
        name: "Tijdelijke Invaller",
        email: "invaller@regenboog.example",
        role: "PROFESSIONAL",
      })
      .returning();
    const token = await signIn(hub, professional!.id);
    const client = wsClient(hub, token);
    const events = collect(client, `subscription { myActions { seq } }`);
    await sleep(300);
    expect(events.error).toBeUndefined();
    await hub.database.db.delete(tables.professionals).where(eq(tables.professionals.id, professional!.id));
    for (let i = 0; i < 60 && !events.error; i++) await sleep(50);
    expect((events.error as { code?: number } | undefined)?.code).toBe(4403);
    await client.dispose();
  });
});
