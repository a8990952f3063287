import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { loadConfig, startHub, type Config, type Hub } from "@regiehub/server";

// Starting the hub under test: in-process (its counters are read directly), on a scratch PostgreSQL database
// of its own or on an in-memory PGlite, with dev sign-in and the demo region seeded (the loader builds on its
// organisations and professionals).

/** The PostgreSQL server the bench creates its scratch databases on (CI's TEST_DATABASE_URL when set). */
export function adminDatabaseUrl(): string {
  return (
    process.env.BENCH_DATABASE_URL ??
    process.env.TEST_DATABASE_URL ??
    "postgres://postgres@127.0.0.1:5432/postgres"
  );
}

export interface ScratchDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** A fresh database `regiehub_bench_<what>_<random>`, dropped by `drop()`. */
export async function createScratchDatabase(what: string): Promise<ScratchDatabase> {
  const admin = adminDatabaseUrl();
  const name = `regiehub_bench_${what}_${randomBytes(4).toString("hex")}`;
  const sql = postgres(admin, { max: 1, onnotice: () => {} });
  try {
    await sql.unsafe(`create database ${name}`);
  } finally {
    await sql.end();
  }
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    async drop() {
      const a = postgres(admin, { max: 1, onnotice: () => {} });
      try {
        await a.unsafe(`drop database if exists ${name} with (force)`);
      } finally {
        await a.end();
      }
    },
  };
}

export interface BenchHub {
  hub: Hub;
  config: Config;
  url: string;
  /** The key the hub pseudonymises persons with in the log (the loader writes the same pseudonyms). */
  pseudonymKey: string;
}

export async function startBenchHub(databaseUrl: string | undefined): Promise<BenchHub> {
  const pseudonymKey = randomBytes(32).toString("hex");
  const config = loadConfig({
    NODE_ENV: "test",
    HOST: "127.0.0.1",
    PORT: "0",
    DATA_DIR: "memory://",
    LOG_LEVEL: "silent",
    AUTH_MODE: "dev",
    SEED_DEMO: "true",
    SHUTDOWN_GRACE_MS: "2000",
    PSEUDONYM_KEY: pseudonymKey,
    // A socket per subscriber: the default limits per connection suffice.
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  });
  const hub = await startHub(config);
  return { hub, config, url: hub.url.replace("localhost", "127.0.0.1"), pseudonymKey };
}

export interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function gql<T>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as GraphQLBody<T>;
  if (!body.data || body.errors?.length) {
    throw new Error(`GraphQL ${res.status}: ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
  }
  return body.data;
}

export async function signIn(url: string, professionalId: string): Promise<string> {
  const data = await gql<{ devSignIn: { token: string } }>(
    url,
    `mutation($id: ID!) { devSignIn(professionalId: $id) { token } }`,
    { id: professionalId },
  );
  return data.devSignIn.token;
}
