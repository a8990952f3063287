import { mkdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { sql, type ExtractTablesWithRelations } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { Logger } from "drizzle-orm/logger";
import postgres from "postgres";
import * as schema from "./schema";

export type Schema = typeof schema;
/** The drizzle database both back ends share (PGlite and PostgreSQL via `postgres`). */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything a query can run on: the database or an open transaction. */
export type Executor = Database | Transaction;

/** The time zone of every database session: calendar dates in the hub are dates in the Netherlands. */
export const HUB_TIME_ZONE = "Europe/Amsterdam";

export const MIGRATIONS_FOLDER = fileURLToPath(new URL("../migrations", import.meta.url));

export interface DatabaseOptions {
  /** PostgreSQL connection string; without it the embedded PGlite is used. */
  databaseUrl?: string | undefined;
  /** PGlite data folder, or `memory://` for an in-memory database (tests). */
  dataDir?: string | undefined;
  /** Observes every SQL statement (used by tests that count statements). */
  onQuery?: ((sql: string, params: unknown[]) => void) | undefined;
  /** Max connections in the PostgreSQL pool. */
  poolSize?: number | undefined;
}

export interface DatabaseHandle {
  db: Database;
  kind: "pglite" | "postgres";
  /** Applies the committed SQL migrations (idempotent). */
  migrate(): Promise<void>;
  /** Number of committed migrations not yet applied (without creating anything: works for a read-only role). */
  pendingMigrations(): Promise<number>;
  close(): Promise<void>;
}

function committedMigrations(): number {
  const journal = JSON.parse(readFileSync(`${MIGRATIONS_FOLDER}/meta/_journal.json`, "utf8")) as {
    entries: unknown[];
  };
  return journal.entries.length;
}

async function pending(db: Database): Promise<number> {
  const [exists] = await db
    .select({ t: sql<string | null>`to_regclass('drizzle.__drizzle_migrations')::text` })
    .from(sql`(select 1) as one`);
  if (!exists?.t) return committedMigrations();
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(sql`drizzle.__drizzle_migrations`);
  return Math.max(0, committedMigrations() - (row?.n ?? 0));
}

export function createDatabase(options: DatabaseOptions): DatabaseHandle {
  const logger: Logger | undefined = options.onQuery
    ? { logQuery: (query, params) => options.onQuery?.(query, params) }
    : undefined;
  const common = { schema, casing: "snake_case" as const, ...(logger ? { logger } : {}) };

  if (options.databaseUrl) {
    const client = postgres(options.databaseUrl, {
      max: options.poolSize ?? 10,
      onnotice: () => {},
      // JIT off: the hub's statements are short OLTP ones, executed again and again (prepared); JIT compiles per
      // execution and PostgreSQL's cost threshold is crossed by statements that touch many rows cheaply. The
      // portfolio's statement at 1,000 cases spent 72 of 160 ms compiling (EXPLAIN ANALYZE, bench database).
      // A transaction left open on the server is ended by the server after 15 s idle: the hub's transactions never
      // wait on anything but their own statements, and one left open by a client that lost track of it (a dropped
      // connection mid-transaction under load) would hold its row locks and stall every writer behind it.
      // The session's time zone is the Netherlands': a moment cast to a date (`at::date`: days in a phase, the last
      // activity, the portfolio charts' weeks) is then the Dutch calendar date, as the hub's "today" is.
      connection: {
        application_name: "regiehub",
        jit: "off",
        idle_in_transaction_session_timeout: 15_000,
        TimeZone: HUB_TIME_ZONE,
      },
      // Reconnect soon after PostgreSQL drops connections. The driver's default backoff grows with a retry count
      // shared by the whole pool (3^n / 100 s, up to 20 s): after a burst of reset connections, queries handed
      // to one of them waited that long.
      backoff: reconnectDelaySeconds,
      connect_timeout: 10,
    });
    const db = drizzlePostgres({ client: preparing(client), ...common });
    return {
      db: db as unknown as Database,
      kind: "postgres",
      migrate: () => migratePostgres(db, { migrationsFolder: MIGRATIONS_FOLDER }),
      pendingMigrations: () => pending(db as unknown as Database),
      close: () => client.end({ timeout: 5 }),
    };
  }

  const dataDir = options.dataDir ?? "memory://";
  if (!dataDir.startsWith("memory://")) mkdirSync(dataDir, { recursive: true });
  const client = new PGlite(dataDir);
  // PGlite runs statements one after another in the order they are given, so this one comes before any other.
  const timeZoneSet = client.exec(`set time zone '${HUB_TIME_ZONE}'`);
  const db = drizzlePglite({ client, ...common });
  return {
    db: db as unknown as Database,
    kind: "pglite",
    migrate: async () => {
      await timeZoneSet;
      await migratePglite(db, { migrationsFolder: MIGRATIONS_FOLDER });
    },
    pendingMigrations: async () => {
      await timeZoneSet;
      return pending(db as unknown as Database);
    },
    close: async () => {
      await timeZoneSet.catch(() => undefined);
      await client.close();
    },
  };
}

/**
 * The client drizzle gets: every parameterised statement PREPARED (postgres.js keeps a connection's prepared
 * statements by their text). drizzle asks postgres.js for unnamed statements unless a query is named, and an
 * unnamed statement costs a round trip more (postgres.js describes it first) and a full parse and plan on every
 * execution — 14 ms of planning for the timeline page's statement, more than it takes to run. Prepared, it is
 * planned a few times and then runs on PostgreSQL's cached generic plan. Transactions and savepoints hand out
 * clients of their own; they are wrapped the same way. Statements without parameters (migrations, BEGIN) keep
 * the simple protocol. A connection's statements go with it (postgres.js recycles connections after
 * 30–60 minutes), so the distinct statement texts of `in (…)` lists of varying length do not pile up.
 */
/** Seconds before a dropped connection reconnects: 50 ms doubling per failed attempt, at most 1 s. */
export function reconnectDelaySeconds(retries: number): number {
  return Math.min(0.05 * 2 ** retries, 1);
}

function preparing<T extends object>(client: T): T {
  return new Proxy(client, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof value !== "function") return value;
      if (prop === "unsafe") {
        return (query: string, args?: unknown[], options?: Record<string, unknown>) =>
          (value as (...a: unknown[]) => unknown).call(target, query, args, { ...options, prepare: true });
      }
      if (prop === "begin" || prop === "savepoint") {
        return (...args: unknown[]) => {
          const fn = args.pop() as (tx: object) => unknown;
          return (value as (...a: unknown[]) => unknown).call(target, ...args, (tx: object) =>
            fn(preparing(tx)),
          );
        };
      }
      return (value as (...a: unknown[]) => unknown).bind(target);
    },
  });
}

/** The rows of `db.execute(…)`: postgres.js returns them as the result, PGlite in its `rows`. */
export function resultRows<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/** A unique-constraint violation from either back end (PGlite or postgres-js, possibly wrapped by drizzle). */
export function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 4; depth++) {
    if (typeof e === "object" && "code" in e && (e as { code: unknown }).code === "23505") return true;
    e = typeof e === "object" && "cause" in e ? (e as { cause: unknown }).cause : undefined;
  }
  return false;
}
