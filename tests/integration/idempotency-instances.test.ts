import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO } from "@regiehub/db";
import { createTestDatabase, signIn, startTestHub, type TestHub } from "../support/hub";
import { spawnHub, type HubProcess } from "../support/processes";
import { send } from "../support/requests";

// Safe retries across hub instances on one PostgreSQL (idempotency.test.ts has the rest, on both databases):
// - a hub process SIGKILLed after its commit and before its answer: the key was claimed in the commit, so a retry
//   on another instance changes nothing — "still running, retry later" at first, then "carried out, answer lost";
// - two instances running the same key at once: the one whose claim comes second is rolled back and answered as
//   a retry of the first.
// Where each request stands is held with an advisory lock taken in a trigger and watched in pg_stat_activity, so
// nothing depends on timing.

const P = DEMO.professionals;
const OPEN_CASE = `mutation($input: OpenCaseInput!) { openCase(input: $input) { id title } }`;
const openCase = (title: string) => ({
  query: OPEN_CASE,
  variables: { input: { title, municipality: "Lindehaven" } },
});

describe.skipIf(!process.env.TEST_DATABASE_URL)("idempotency keys across instances (PostgreSQL)", () => {
  let database: { url: string; drop(): Promise<void> };
  let admin: postgres.Sql;
  let dataDir: string;
  const processes: HubProcess[] = [];
  const hubs: TestHub[] = [];

  beforeAll(async () => {
    database = (await createTestDatabase())!;
    dataDir = mkdtempSync(join(tmpdir(), "regiehub-idempotency-"));
    // One connection: the advisory locks it takes are held by its session.
    admin = postgres(database.url, { max: 1, onnotice: () => {} });
  }, 60_000);

  afterAll(async () => {
    for (const hub of hubs) await hub.stop();
    for (const process of processes) await process.stop(5_000);
    await admin?.end();
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  const casesTitled = async (title: string) =>
    (await admin<{ n: number }[]>`select count(*)::int as n from cases where title = ${title}`)[0]!.n;

  /** Waits until `n` backends of this database wait for a lock of `kind` (advisory, transactionid, …). */
  async function waitingOn(kind: string[], n = 1) {
    for (const started = Date.now(); ;) {
      const [row] = await admin<{ n: number }[]>`
        select count(*)::int as n from pg_stat_activity
        where datname = current_database() and wait_event_type = 'Lock' and wait_event = any(${kind})`;
      if (row!.n >= n) return;
      if (Date.now() - started > 30_000) throw new Error(`no backend waits on ${kind.join("/")}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  it("a hub killed between commit and answer: a retry on another instance changes nothing", async () => {
    const killed = await spawnHub("idempotent-killed", {
      DATABASE_URL: database.url,
      NODE_ENV: "test",
      AUTH_MODE: "dev",
      DATA_DIR: dataDir,
      PSEUDONYM_KEY: "idempotency-test-pseudonym-key-0123456789",
      LOG_LEVEL: "warn",
      SEED_DEMO: "true",
    });
    processes.push(killed);
    // Storing the answer (after the commit and the processing log, just before it is sent) waits for a lock the
    // test holds: that is where the hub is killed.
    await admin`create function hold_answer() returns trigger language plpgsql as $$
      begin perform pg_advisory_xact_lock_shared(7411); return new; end $$`;
    await admin`create trigger hold_answer before update of response on idempotency_keys
      for each row execute function hold_answer()`;
    await admin`select pg_advisory_lock(7411)`;

    const title = "Gezin Hard Gestopt";
    const key = "sigkill-key";
    const token = await signIn(killed, P.casusregisseur);
    const answered = send(killed, openCase(title), { token, key }).then(
      (res) => ({ answered: true as const, res }),
      (error: unknown) => ({ answered: false as const, error }),
    );
    await waitingOn(["advisory"]);
    const [claimed] = await admin<{ response: string | null }[]>`
      select response from idempotency_keys where key = ${key}`;
    expect(claimed).toEqual({ response: null }); // committed with the case, the answer not yet stored
    process.kill(killed.pid!, "SIGKILL");
    await killed.exited;
    expect((await answered).answered).toBe(false);
    // The killed hub's backend still waits; ended, its update is rolled back (released, it would store the answer).
    await admin`select pg_terminate_backend(pid) from pg_stat_activity
      where datname = current_database() and wait_event = 'advisory'`;
    await admin`select pg_advisory_unlock(7411)`;
    await admin`drop trigger hold_answer on idempotency_keys`;
    await admin`drop function hold_answer()`;
    expect(await casesTitled(title)).toBe(1);

    const other = await startTestHub({}, { databaseUrl: database.url });
    hubs.push(other);
    const again = await signIn(other, P.casusregisseur);
    // The killed instance might still be running it, as far as this one knows: retry later.
    const early = await send(other, openCase(title), { token: again, key });
    expect(early.status).toBe(409);
    expect(early.body.errors?.[0]?.extensions).toMatchObject({
      code: "CONFLICT",
      idempotency: "IN_PROGRESS",
    });
    expect(Number(early.retryAfter)).toBeGreaterThanOrEqual(1);
    // Once it cannot be running any more (the window passed): what was done, and nothing done again.
    await admin`update idempotency_keys set created_at = created_at - interval '2 minutes' where key = ${key}`;
    const [made] = await admin<{ id: string }[]>`select id from cases where title = ${title}`;
    const late = await send(other, openCase(title), { token: again, key });
    expect(late.status).toBe(200);
    expect(late.replayed).toBe("true");
    expect(late.body.data).toBeNull();
    expect(late.body.errors?.[0]?.extensions).toMatchObject({
      code: "CONFLICT",
      idempotency: "ANSWER_LOST",
      changes: [{ kind: "CASE_OPENED", caseId: made!.id, itemIds: [] }],
    });
    expect(await casesTitled(title)).toBe(1);
  }, 120_000);

  it("two instances running one key at once: the later claim is rolled back and answered as a retry", async () => {
    const statements: string[] = [];
    const first = await startTestHub({}, { databaseUrl: database.url });
    hubs.push(first);
    const second = await startTestHub(
      {},
      { databaseUrl: database.url, onQuery: (sql) => statements.push(sql) },
    );
    hubs.push(second);
    const [tokenFirst, tokenSecond] = await Promise.all([
      signIn(first, P.casusregisseur),
      signIn(second, P.casusregisseur),
    ]);
    // The first request's claim waits, inside its transaction, for a lock the test holds.
    await admin`create function hold_claim() returns trigger language plpgsql as $$
      begin perform pg_advisory_xact_lock_shared(7412); return new; end $$`;
    await admin`create trigger hold_claim after insert on idempotency_keys
      for each row execute function hold_claim()`;
    await admin`select pg_advisory_lock(7412)`;
    try {
      const title = "Gezin Twee Instanties";
      const key = "two-instances-key";
      const byFirst = send(first, openCase(title), { token: tokenFirst, key });
      await waitingOn(["advisory"]);
      // The second instance finds no committed key, runs, and waits for the first one's transaction.
      statements.length = 0;
      const bySecond = send(second, openCase(title), { token: tokenSecond, key });
      await waitingOn(["transactionid", "tuple"]);
      expect(statements.some((s) => s.startsWith('insert into "cases"'))).toBe(true);
      await admin`select pg_advisory_unlock(7412)`;

      const [a, b] = await Promise.all([byFirst, bySecond]);
      expect(a.status).toBe(200);
      expect(a.body.errors).toBeUndefined();
      expect(await casesTitled(title)).toBe(1);
      // The second: the first one's answer, or (not stored yet) "still running".
      if (b.status === 200) {
        expect(b.replayed).toBe("true");
        expect(b.text).toBe(a.text);
      } else {
        expect(b.status).toBe(409);
        expect(b.body.errors?.[0]?.extensions).toMatchObject({
          code: "CONFLICT",
          idempotency: "IN_PROGRESS",
        });
      }
      const retry = await send(second, openCase(title), { token: tokenSecond, key });
      expect(retry.replayed).toBe("true");
      expect(retry.text).toBe(a.text);
      expect(await casesTitled(title)).toBe(1);
    } finally {
      await admin`select pg_advisory_unlock_all()`;
      await admin`drop trigger if exists hold_claim on idempotency_keys`;
      await admin`drop function if exists hold_claim()`;
    }
  }, 120_000);
});
