import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import postgres from "postgres";
import { DEMO, createDatabase, verifyProcessingLog } from "@regiehub/db";
import { createTestDatabase, gql, signIn } from "../support/hub";
import { casePersons, recordObservation } from "../support/dossier";
import { databaseSessions, spawnHub, type HubProcess } from "../support/processes";
import { sleep } from "../support/live";

// PostgreSQL drops the hub's connections while ten clients write (pg_terminate_backend, as a failover or an
// administrator would). `postgres` 3.4.9 threw from a timer when a write raced the close (upstream #1066,
// #1154, #1208) and the process died; it is patched (patches/postgres@3.4.9.patch) to settle such a query with
// CONNECTION_CLOSED. It also let a transaction whose connection had died send its ROLLBACK to the connection
// being reconnected, where it (and the queries behind it) waited for good; patched to settle it with
// CONNECTION_CLOSED too. The hub runs as its own process here, so that a crash shows as an exit, not as a dead
// test runner. Bounded: a few seconds of load on loopback.

const P = DEMO.professionals;
const CASE = DEMO.cases.multiProblem;
const CLIENTS = 10;
const LOAD_MS = 6_000;

describe.skipIf(!process.env.TEST_DATABASE_URL)("PostgreSQL drops the hub's connections under load", () => {
  let database: { url: string; drop(): Promise<void> } | undefined;
  let dataDir: string | undefined;
  let hub: HubProcess | undefined;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataDir = mkdtempSync(join(tmpdir(), "regiehub-fault-"));
    hub = await spawnHub("fault", {
      DATABASE_URL: database!.url,
      NODE_ENV: "test",
      AUTH_MODE: "dev",
      DATA_DIR: dataDir,
      PSEUDONYM_KEY: "fault-test-pseudonym-key-0123456789abcdef",
      LOG_LEVEL: "warn",
      SEED_DEMO: "true",
      SHUTDOWN_GRACE_MS: "2000",
    });
  }, 120_000);

  afterAll(async () => {
    await hub?.stop(5_000);
    await database?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  it("keeps running, answers again within seconds, loses no answered write, and the log verifies", async () => {
    const token = await signIn(hub!, P.casusregisseur);
    const kim = (await casePersons(hub!, token, CASE)).find((p) => p.givenName === "Kim")!.id;
    const admin = postgres(process.env.TEST_DATABASE_URL!, { max: 1, onnotice: () => {} });
    const dbName = new URL(database!.url).pathname.slice(1);
    const answered: string[] = [];
    const refused: string[] = [];
    let exited = false;
    void hub!.exited.then(() => (exited = true));
    try {
      const until = Date.now() + LOAD_MS;
      const load = Promise.all(
        Array.from({ length: CLIENTS }, async (_, client) => {
          for (let i = 0; Date.now() < until && !exited; i++) {
            try {
              const item = await recordObservation(hub!, token, {
                caseId: CASE,
                domain: "EDUCATION",
                dataClass: "GENERAL",
                subjectPersonIds: [kim],
                statement: `Waarneming tijdens een storing ${client}-${i}`,
              });
              answered.push(item.id);
            } catch (error) {
              refused.push(String(error).slice(0, 200));
            }
          }
        }),
      );
      // Twice during the load: every backend of the hub's database is terminated.
      for (const wait of [1_500, 2_000]) {
        await sleep(wait);
        expect(exited, `the hub exited:\n${hub!.output()}`).toBe(false);
        const killed = await admin`
          select pg_terminate_backend(pid) as ok from pg_stat_activity
          where datname = ${dbName} and pid <> pg_backend_pid()`;
        expect(killed.length).toBeGreaterThan(0);
      }
      // Every request ends: answered or refused, none left waiting on a dropped connection.
      const ended = await Promise.race([load.then(() => true), sleep(LOAD_MS + 20_000).then(() => false)]);
      // What the database's sessions were doing, should any request still wait (for the record of a failure).
      const sessions = ended ? "" : await databaseSessions(admin, dbName);
      expect(
        ended,
        `requests still waiting 20 s after the load; sessions: ${sessions}\n${hub!.output().slice(-3000)}`,
      ).toBe(true);
      expect(exited, hub!.output()).toBe(false);

      // It answers again by itself, within seconds.
      let healthy = false;
      for (const deadline = Date.now() + 15_000; !healthy && Date.now() < deadline; await sleep(200)) {
        const res: any = await gql(
          hub!,
          `query($id: ID!) { case(id: $id) { id } }`,
          { id: CASE },
          token,
        ).catch(() => undefined);
        healthy = res?.data?.case?.id === CASE;
      }
      expect(healthy, hub!.output()).toBe(true);
      expect(answered.length).toBeGreaterThan(0);

      // Every write answered OK is there, with its log entry and its dossier event; the log verifies.
      const inHub = postgres(database!.url, { max: 1, onnotice: () => {} });
      const items = await inHub`select id from dossier_items where id = any(${answered}::uuid[])`;
      expect(items.length).toBe(answered.length);
      const logged = await inHub`
        select distinct unnest(item_ids) as id from processing_log
        where operation = 'CREATE' and item_ids && ${answered}::uuid[]`;
      expect(logged.length).toBe(answered.length);
      const events =
        await inHub`select distinct item_id from dossier_events where item_id = any(${answered}::uuid[])`;
      expect(events.length).toBe(answered.length);
      await inHub.end();
      const check = createDatabase({ databaseUrl: database!.url, poolSize: 1 });
      try {
        expect(await verifyProcessingLog(check.db)).toMatchObject({ ok: true });
      } finally {
        await check.close();
      }
      console.log(
        `db fault: ${answered.length} writes answered, ${refused.length} refused during two terminations; hub alive`,
      );
    } finally {
      await admin.end();
    }
  }, 90_000);
});
