import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { DEMO, createDatabase, resultRows, verifyProcessingLog, type DatabaseHandle } from "@regiehub/db";
import { createTestDatabase, signIn } from "../support/hub";
import { casePersons, recordObservation } from "../support/dossier";
import { spawnHub, type HubProcess } from "../support/processes";

// The hub is killed (SIGKILL: no shutdown, no flush) while ten clients write, then started again on the same
// data. Every write it answered OK must be there, with its processing-log entry and its outbox (dossier) event,
// and the log must verify once the restarted hub has sealed what the killed one left unsealed. On PGlite (its
// data directory on disk, the default a user runs) and, with TEST_DATABASE_URL, on PostgreSQL.

const P = DEMO.professionals;
const CASE = DEMO.cases.multiProblem;
const CLIENTS = 10;

describe("a hub killed while it writes", () => {
  let database: { url: string; drop(): Promise<void> } | undefined;
  let dataDir: string;
  const hubs: HubProcess[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    dataDir = mkdtempSync(join(tmpdir(), "regiehub-kill-"));
  }, 60_000);

  afterAll(async () => {
    for (const hub of hubs) await hub.stop(5_000);
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  const env = () => ({
    ...(database ? { DATABASE_URL: database.url } : {}),
    NODE_ENV: "test",
    AUTH_MODE: "dev",
    DATA_DIR: dataDir,
    PSEUDONYM_KEY: "kill-test-pseudonym-key-0123456789abcdef",
    LOG_LEVEL: "warn",
    SEED_DEMO: "true",
  });

  it("keeps every write it answered, with its log entry and event, and the log verifies", async () => {
    const first = await spawnHub("killed", env());
    hubs.push(first);
    const token = await signIn(first, P.casusregisseur);
    const kim = (await casePersons(first, token, CASE)).find((p) => p.givenName === "Kim")!.id;
    const answered: string[] = [];
    let killed = false;
    const load = Promise.all(
      Array.from({ length: CLIENTS }, async (_, client) => {
        for (let i = 0; !killed; i++) {
          try {
            const item = await recordObservation(first, token, {
              caseId: CASE,
              domain: "EDUCATION",
              dataClass: "GENERAL",
              subjectPersonIds: [kim],
              statement: `Waarneming vlak voor een harde stop ${client}-${i}`,
            });
            answered.push(item.id);
          } catch {
            // Refused or cut off by the kill: not answered OK, so not promised.
          }
        }
      }),
    );
    await new Promise((r) => setTimeout(r, 2_500));
    process.kill(first.pid!, "SIGKILL");
    killed = true;
    await first.exited;
    await load;
    expect(answered.length).toBeGreaterThan(10);

    const second = await spawnHub("restarted", env());
    hubs.push(second);
    // The restarted hub's sealer chains what the killed one left unsealed; then it stops cleanly (PGlite
    // allows one process on its data directory).
    await new Promise((r) => setTimeout(r, 2_000));
    await second.stop(10_000);

    let check: DatabaseHandle | undefined;
    try {
      check = createDatabase(database ? { databaseUrl: database.url, poolSize: 1 } : { dataDir });
      const ids = sql.join(
        answered.map((id) => sql`${id}::uuid`),
        sql`, `,
      );
      const count = async (query: ReturnType<typeof sql>) =>
        Number(resultRows<{ n: number }>(await check!.db.execute(query))[0]!.n);
      expect(await count(sql`select count(*)::int as n from dossier_items where id in (${ids})`)).toBe(
        answered.length,
      );
      expect(
        await count(sql`
          select count(distinct i)::int as n from processing_log, unnest(item_ids) as i
          where operation = 'CREATE' and i in (${ids})`),
      ).toBe(answered.length);
      expect(
        await count(
          sql`select count(distinct item_id)::int as n from dossier_events where item_id in (${ids})`,
        ),
      ).toBe(answered.length);
      expect(await verifyProcessingLog(check.db)).toMatchObject({ ok: true, unsealed: 0 });
    } finally {
      await check?.close();
    }
    console.log(`SIGKILL: ${answered.length} writes answered before the kill, all there after the restart`);
  }, 120_000);
});
