import { afterAll, beforeAll, describe, expect, it } from "vitest";
import postgres from "postgres";
import { sql } from "drizzle-orm";
import { createDatabase, reconnectDelaySeconds, type DatabaseHandle } from "@regiehub/db";
import { createTestDatabase } from "../support/hub";
import { sleep } from "../support/live";
import { databaseSessions } from "../support/processes";

// The database client the hub uses (createDatabase: postgres.js 3.4.9 as patched, prepared statements, the
// reconnect delay), hammered directly: twenty workers run transactions and plain statements on a pool of ten
// while PostgreSQL terminates every backend of the pool again and again. Each call must settle — answered or
// refused — and soon: before the patches of closed(), a reconnected connection handed the old backend's FATAL
// error to its next query, statements queued inside a dead transaction never settled, and the driver's own
// backoff (shared by the pool, up to 20 s) left queries waiting on a connection that was not yet reconnecting.

const WORKERS = 20;
const LOAD_MS = 8_000;

describe.skipIf(!process.env.TEST_DATABASE_URL)(
  "the database client when PostgreSQL drops connections",
  () => {
    let database: { url: string; drop(): Promise<void> } | undefined;
    let handle: DatabaseHandle | undefined;

    beforeAll(async () => {
      database = await createTestDatabase();
      handle = createDatabase({ databaseUrl: database!.url, poolSize: 10 });
      await handle.db.execute(sql`create table fault_rows (id serial primary key, worker int, n int)`);
      await handle.db.execute(sql`create table fault_counter (id int primary key, n bigint not null)`);
      await handle.db.execute(sql`insert into fault_counter values (1, 0)`);
    }, 60_000);

    afterAll(async () => {
      await handle?.close();
      await database?.drop();
    }, 60_000);

    it("reconnects within a second of a failed attempt, however many failed before", () => {
      expect(reconnectDelaySeconds(0)).toBe(0.05);
      expect(reconnectDelaySeconds(3)).toBe(0.4);
      expect(reconnectDelaySeconds(30)).toBe(1);
    });

    it("has the server end a transaction its client left open, after 15 s idle", async () => {
      const [row] = (await handle!.db.execute(
        sql`select current_setting('idle_in_transaction_session_timeout') as t`,
      )) as unknown as { t: string }[];
      expect(row!.t).toBe("15s");
    });

    it("settles every call, refuses none with the error of a backend that is gone, and keeps the sums", async () => {
      const db = handle!.db;
      const admin = postgres(process.env.TEST_DATABASE_URL!, { max: 1, onnotice: () => {} });
      const dbName = new URL(database!.url).pathname.slice(1);
      const errors = new Map<string, number>();
      let committed = 0;
      let slowest = 0;
      const until = Date.now() + LOAD_MS;
      const timed = async (call: () => Promise<unknown>): Promise<boolean> => {
        const started = Date.now();
        try {
          await call();
          return true;
        } catch (error) {
          const e = error as { code?: string; message: string; cause?: { code?: string } };
          const code = String(e.cause?.code ?? e.code ?? e.message).slice(0, 80);
          errors.set(code, (errors.get(code) ?? 0) + 1);
          return false;
        } finally {
          slowest = Math.max(slowest, Date.now() - started);
        }
      };
      const workers = Array.from({ length: WORKERS }, async (_, worker) => {
        for (let i = 0; Date.now() < until; i++) {
          if (i % 3 === 0) {
            await timed(() => db.execute(sql`select ${i}::int + 1 as n, pg_sleep(0.001)`));
            continue;
          }
          const ok = await timed(() =>
            db.transaction(async (tx) => {
              await tx.execute(sql`insert into fault_rows (worker, n) values (${worker}, ${i})`);
              // Statements issued together queue inside the transaction while the connection is busy.
              await Promise.all([
                tx.execute(sql`update fault_counter set n = n + 1 where id = ${1}`),
                tx.execute(sql`select count(*) from fault_rows where worker = ${worker}`),
                tx.execute(sql`select ${i}::int as i`),
              ]);
            }),
          );
          if (ok) committed++;
        }
      });
      let terminations = 0;
      try {
        while (Date.now() < until - 1_000) {
          await sleep(300 + Math.random() * 400);
          const killed = await admin`
          select pg_terminate_backend(pid) from pg_stat_activity
          where datname = ${dbName} and pid <> pg_backend_pid()`;
          if (killed.length > 0) terminations++;
        }
        const settled = await Promise.race([
          Promise.all(workers).then(() => true),
          sleep(20_000).then(() => false),
        ]);
        // What the database's sessions were doing, should any call still wait (for the record of a failure).
        const sessions = settled ? "" : await databaseSessions(admin, dbName);
        expect(settled, `calls still waiting 20 s after the load; sessions: ${sessions}`).toBe(true);
      } finally {
        await admin.end();
      }
      console.log(
        `driver fault: ${terminations} terminations, ${committed} transactions committed, slowest call ${slowest} ms, refusals ${JSON.stringify(Object.fromEntries(errors))}`,
      );
      expect(terminations).toBeGreaterThan(5);
      expect(committed).toBeGreaterThan(0);
      // A refusal names the connection that closed, never the FATAL error of a backend terminated earlier.
      expect([...errors.keys()].filter((code) => code === "57P01")).toEqual([]);
      // Liveness, not speed: with the driver's own backoff a query could wait up to 20 s for its connection.
      expect(slowest).toBeLessThan(10_000);
      // Every committed transaction is whole, and only those are there.
      const [rows] = (await db.execute(sql`select count(*)::int as n from fault_rows`)) as unknown as {
        n: number;
      }[];
      const [counter] = (await db.execute(sql`select n::int as n from fault_counter`)) as unknown as {
        n: number;
      }[];
      expect(counter!.n).toBe(rows!.n);
      expect(rows!.n).toBeGreaterThanOrEqual(committed);
    }, 60_000);
  },
);
