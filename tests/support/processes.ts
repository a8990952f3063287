import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import type { Sql } from "postgres";

// Test support: a hub as a separate OS process (`node --import tsx apps/server/src/main.ts`), as it runs in
// production, for tests that need several instances on one PostgreSQL. Every process started here is also
// killed when the test process exits, whatever happened.

const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
const MAX_OUTPUT = 64 * 1024;

export interface HubProcess {
  name: string;
  url: string;
  port: number;
  pid: number | undefined;
  /** What the process wrote to stdout and stderr (the last 64 KiB). */
  output(): string;
  /** Resolves when the process has exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Sends SIGTERM and waits for the exit; SIGKILL after `graceMs`. */
  stop(graceMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const running = new Set<ChildProcess>();
process.once("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

/** A port that was free a moment ago (listen on 0, read it, close). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a hub process with `env` (on top of PATH/HOME only, so nothing from the test environment leaks in)
 * on a free port, and waits until `GET /healthz` answers 200. Retries with another port if the one picked was
 * taken meanwhile. Rejects with the process's output when it exits or does not become healthy in time.
 */
export async function spawnHub(
  name: string,
  env: Record<string, string>,
  options: { timeoutMs?: number } = {},
): Promise<HubProcess> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    try {
      return await spawnOnce(name, port, env, options.timeoutMs ?? 45_000);
    } catch (error) {
      if (attempt < 3 && error instanceof Error && error.message.includes("EADDRINUSE")) continue;
      throw error;
    }
  }
}

async function spawnOnce(
  name: string,
  port: number,
  env: Record<string, string>,
  timeoutMs: number,
): Promise<HubProcess> {
  const base: Record<string, string> = {};
  for (const key of ["PATH", "HOME", "TMPDIR", "LANG", "TZ"]) {
    const value = process.env[key];
    if (value !== undefined) base[key] = value;
  }
  const child = spawn(process.execPath, ["--import", "tsx", "apps/server/src/main.ts"], {
    cwd: REPO_ROOT,
    env: { ...base, ...env, HOST: "127.0.0.1", PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.add(child);
  let output = "";
  const append = (chunk: Buffer) => {
    output += chunk.toString("utf8");
    if (output.length > MAX_OUTPUT) output = output.slice(-MAX_OUTPUT);
  };
  child.stdout!.on("data", append);
  child.stderr!.on("data", append);
  let exitedWith: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once("exit", (code, signal) => {
      running.delete(child);
      exitedWith = { code, signal };
      resolve(exitedWith);
    });
  });
  const url = `http://127.0.0.1:${port}`;
  const hub: HubProcess = {
    name,
    url,
    port,
    pid: child.pid,
    output: () => output,
    exited,
    async stop(graceMs = 10_000) {
      if (exitedWith) return exitedWith;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
      try {
        return await exited;
      } finally {
        clearTimeout(timer);
      }
    },
  };

  const started = Date.now();
  for (;;) {
    if (exitedWith) {
      throw new Error(`hub ${name} exited before it was healthy (${JSON.stringify(exitedWith)}):\n${output}`);
    }
    if (Date.now() - started > timeoutMs) {
      await hub.stop(2_000);
      throw new Error(`hub ${name} was not healthy after ${timeoutMs} ms:\n${output}`);
    }
    const status = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(1_000) }).then(
      (res) => res.status,
      () => 0,
    );
    if (status === 200) return hub;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** What a database's sessions are doing (pg_stat_activity), for the message of a fault test that failed. */
export async function databaseSessions(admin: Sql, dbName: string): Promise<string> {
  const rows = await admin`
    select pid, state, wait_event_type, wait_event, left(query, 100) as query,
           extract(epoch from now() - state_change)::int as seconds
    from pg_stat_activity where datname = ${dbName}`;
  return JSON.stringify(rows);
}
