import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DEMO, appendEvents, readEvents, type Database } from "@regiehub/db";
import { createTestDatabase, signIn, startTestHub, wsClient, type TestHub } from "../support/hub";
import { recordObservation, casePersons } from "../support/dossier";
import { collect, lastSeq, type Delivery } from "../support/live";

// Resume without loss (issue 5): a client passing the last sequence number it saw gets what it missed,
// then live events — no gap, no duplicate — after dropping its socket and after a restart of the server.
// The thousands of events are written to the outbox the way a change writes them (appendEvents in a
// transaction of its own, for an existing observation), so the delivery pipeline is what is measured.

const P = DEMO.professionals;
const O = DEMO.organisations;
const CASE = DEMO.cases.separatedParents;
const EVENTS = `subscription($caseId: ID!, $afterSeq: Seq) {
  caseEvents(caseId: $caseId, afterSeq: $afterSeq) { seq item { id } } }`;

const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

/** Writes `n` update events of `itemId`, each in its own transaction, waking delivery as changes do. */
async function burst(hub: TestHub, n: number, itemId: string): Promise<number> {
  const db: Database = hub.database.db;
  let last = 0;
  for (let i = 0; i < n; i++) {
    const [seq] = await db.transaction((tx) =>
      appendEvents(tx, [
        {
          caseId: CASE,
          changeKind: "ITEM_CORRECTED",
          itemIds: [itemId],
          fields: ["Observation.statement"],
          actorProfessionalId: P.casusregisseurYoussef,
          organisationId: O.wijkteamNoord,
        },
      ]),
    );
    last = seq!;
    if (i % 25 === 0) hub.live.published(last);
  }
  hub.live.published(last);
  return last;
}

const seqs = (results: Delivery[]) => results.map((r) => r.data?.caseEvents?.seq as number);

async function expectExactly(hub: TestHub, received: number[], after: number, upTo: number) {
  const expected = (
    await readEvents(hub.database.db, after, {
      filter: { kind: "stream", stream: "case", caseId: CASE },
      limit: 100_000,
    })
  )
    .map((e) => e.seq)
    .filter((s) => s <= upTo);
  expect(received.length).toBe(expected.length);
  expect(received).toEqual(expected); // in order, each once
}

async function setUp(hub: TestHub) {
  const [director, reader] = await Promise.all([
    signIn(hub, P.casusregisseurYoussef),
    signIn(hub, P.casusregisseur),
  ]);
  const child = (await casePersons(hub, director, CASE))[0]!.id;
  const item = await recordObservation(hub, director, {
    caseId: CASE,
    domain: "EDUCATION",
    dataClass: "GENERAL",
    subjectPersonIds: [child],
    statement: "Stand van zaken wordt bijgehouden.",
  });
  return { director, reader, itemId: item.id };
}

describe("resume after dropping the socket", () => {
  it("delivers a few thousand events exactly once, in order, across a dropped connection", async () => {
    const hub = await startTestHub();
    cleanups.push(() => hub.stop());
    const { reader, itemId } = await setUp(hub);
    const start = await lastSeq(hub, reader);
    const TOTAL = 3000;

    const firstClient = wsClient(hub, reader);
    const first = collect(firstClient, EVENTS, { caseId: CASE, afterSeq: start });
    const started = Date.now();
    const producing = burst(hub, TOTAL, itemId);
    await first.until((r) => r.length >= 1000, 60_000);
    first.stop();
    await firstClient.dispose();
    const seen = seqs(first.results);
    const resumeFrom = seen.at(-1)!;

    const end = await producing;
    const secondClient = wsClient(hub, reader);
    const second = collect(secondClient, EVENTS, { caseId: CASE, afterSeq: resumeFrom });
    await second.until((r) => r.at(-1)?.data?.caseEvents?.seq === end, 120_000);
    const elapsed = Date.now() - started;
    await secondClient.dispose();

    const received = [...seen, ...seqs(second.results)];
    expect(first.results.concat(second.results).every((r) => r.errors === undefined)).toBe(true);
    await expectExactly(hub, received, start, end);
    console.log(
      `live resume: ${received.length} events delivered exactly once across a dropped socket in ${elapsed} ms (${hub.database.kind})`,
    );
  }, 240_000);
});

describe("resume after a server restart", () => {
  it("continues from the last sequence number on a restarted server without gap or duplicate", async () => {
    // The same storage for both runs: a PGlite folder, or one PostgreSQL database.
    const pg = await createTestDatabase();
    const dataDir = await mkdtemp(join(tmpdir(), "regiehub-restart-"));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    if (pg) cleanups.push(() => pg.drop());
    const env = { DATA_DIR: dataDir };
    const options = pg ? { databaseUrl: pg.url } : {};

    const before = await startTestHub(env, options);
    let stopped = false;
    cleanups.push(() => (stopped ? Promise.resolve() : before.stop()));
    const { reader, itemId } = await setUp(before);
    const start = await lastSeq(before, reader);
    const client = wsClient(before, reader);
    const live = collect(client, EVENTS, { caseId: CASE, afterSeq: start });
    const firstEnd = await burst(before, 400, itemId);
    await live.until((r) => r.at(-1)?.data?.caseEvents?.seq === firstEnd, 60_000);
    const midBurst = burst(before, 100, itemId).catch(() => undefined); // a change may race the stop
    await new Promise((r) => setTimeout(r, 50));
    await midBurst;
    await before.stop();
    stopped = true;
    await client.dispose();
    const seen = seqs(live.results);

    const after = await startTestHub(env, options);
    cleanups.push(() => after.stop());
    const end = await burst(after, 400, itemId);
    const token = await signIn(after, P.casusregisseur);
    const resumed = wsClient(after, token);
    const rest = collect(resumed, EVENTS, { caseId: CASE, afterSeq: seen.at(-1)! });
    await rest.until((r) => r.at(-1)?.data?.caseEvents?.seq === end, 60_000);
    await resumed.dispose();

    await expectExactly(after, [...seen, ...seqs(rest.results)], start, end);
  }, 240_000);
});
