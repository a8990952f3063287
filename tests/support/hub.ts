import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import { loadConfig, startHub, type Config, type Hub, type StartOptions } from "@regiehub/server";

// Test support: a real hub in-process on a free port. PGlite in memory by default; with TEST_DATABASE_URL
// each hub gets a fresh PostgreSQL database of its own (created here, dropped at stop).

export interface TestHub extends Hub {
  config: Config;
}

export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> } | undefined> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) return undefined;
  const name = `regiehub_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const a = postgres(base, { max: 1, onnotice: () => {} });
      await a.unsafe(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}

export async function startTestHub(
  env: Record<string, string> = {},
  options: StartOptions & { databaseUrl?: string } = {},
): Promise<TestHub> {
  const database = options.databaseUrl ? undefined : await createTestDatabase();
  const databaseUrl = options.databaseUrl ?? database?.url;
  const config = loadConfig({
    NODE_ENV: "test",
    HOST: "127.0.0.1",
    PORT: "0",
    DATA_DIR: "memory://",
    LOG_LEVEL: "silent",
    AUTH_MODE: "dev",
    SEED_DEMO: "true",
    SHUTDOWN_GRACE_MS: "2000",
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    ...env,
  });
  const hub = await startHub(config, options);
  return {
    ...hub,
    config,
    async stop() {
      await hub.stop();
      await database?.drop();
    },
  };
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: {
    message: string;
    path?: string[];
    extensions: { code: string; field?: string; fieldErrors?: { path: string; message: string }[] };
  }[];
}

export async function gql<T = any>(
  hub: Pick<Hub, "url">,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphQLResponse<T>> {
  const res = await fetch(`${hub.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as Omit<GraphQLResponse<T>, "status">;
  return { status: res.status, ...body };
}

export async function signIn(hub: Pick<Hub, "url">, professionalId: string): Promise<string> {
  const res = await gql<{ devSignIn: { token: string } }>(
    hub,
    `mutation($id: ID!) { devSignIn(professionalId: $id) { token } }`,
    { id: professionalId },
  );
  if (!res.data?.devSignIn) throw new Error(`sign-in failed: ${JSON.stringify(res.errors)}`);
  return res.data.devSignIn.token;
}

export function wsClient(hub: Pick<Hub, "url">, token?: string): Client {
  return createClient({
    url: `${hub.url.replace(/^http/, "ws")}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: true,
  });
}

/** Runs one operation over graphql-ws and returns its single result. */
export function wsRequest<T = any>(
  client: Client,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ data?: T | null; errors?: { message: string; extensions?: { code?: string } }[] }> {
  return new Promise((resolve, reject) => {
    let result:
      { data?: T | null; errors?: { message: string; extensions?: { code?: string } }[] } | undefined;
    client.subscribe<T>(
      { query, variables },
      {
        next: (value) => {
          result = value as typeof result;
        },
        error: (error: unknown) => {
          if (Array.isArray(error))
            resolve({ errors: error as { message: string; extensions?: { code?: string } }[] });
          else reject(error);
        },
        complete: () => resolve(result ?? {}),
      },
    );
  });
}

export function expectCode(res: { errors?: { extensions?: { code?: string } }[] }, code: string): void {
  const codes = (res.errors ?? []).map((e) => e.extensions?.code);
  if (!codes.includes(code)) throw new Error(`expected ${code}, got ${JSON.stringify(res.errors ?? res)}`);
}
