import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { DEMO } from "@regiehub/db";
import { createTestDatabase, gql, signIn, startTestHub } from "../support/hub";

const SERVER_DIR = fileURLToPath(new URL("../../apps/server", import.meta.url));
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "regiehub-test-"));
  dirs.push(dir);
  return dir;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

describe("restart", () => {
  it("keeps data, the signing key and the seed across a restart", async () => {
    // PGlite: the data folder holds database and key. PostgreSQL: one database for both runs, the key in the folder.
    const dataDir = tempDir();
    const pg = await createTestDatabase();
    const options = pg ? { databaseUrl: pg.url } : {};
    const first = await startTestHub({ DATA_DIR: dataDir }, options);
    const token = await signIn(first, DEMO.professionals.casusregisseur);
    const opened: any = await gql(
      first,
      `mutation { openCase(input: { title: "Gezin Blijvend", municipality: "Lindehaven" }) { id } }`,
      {},
      token,
    );
    const caseId = opened.data.openCase.id;
    const count: any = await gql(first, `{ cases(first: 1) { totalCount } }`, {}, token);
    await first.stop();

    const second = await startTestHub({ DATA_DIR: dataDir }, options);
    try {
      // the same token still verifies: the key was kept in the data folder
      const again: any = await gql(
        second,
        `query($id: ID!) { case(id: $id) { title } }`,
        { id: caseId },
        token,
      );
      expect(again.data.case.title).toBe("Gezin Blijvend");
      const count2: any = await gql(second, `{ cases(first: 1) { totalCount } }`, {}, token);
      expect(count2.data.cases.totalCount).toBe(count.data.cases.totalCount);
    } finally {
      await second.stop();
      await pg?.drop();
    }
  });
});

describe("MIGRATE_ON_START=false", () => {
  it("refuses to start on a database with migrations not applied, and starts once they are", async () => {
    const dataDir = tempDir();
    const pg = await createTestDatabase();
    const options = pg ? { databaseUrl: pg.url } : {};
    try {
      await expect(startTestHub({ DATA_DIR: dataDir, MIGRATE_ON_START: "false" }, options)).rejects.toThrow(
        /pnpm db:migrate/,
      );
      const migrated = await startTestHub({ DATA_DIR: dataDir }, options);
      await migrated.stop();
      const hub = await startTestHub({ DATA_DIR: dataDir, MIGRATE_ON_START: "false" }, options);
      expect((await fetch(`${hub.url}/healthz`)).status).toBe(200);
      await hub.stop();
    } finally {
      await pg?.drop();
    }
  });
});

describe("the hub as a process", () => {
  it("serves /healthz once migrated, and stops cleanly on SIGTERM", async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
      cwd: SERVER_DIR,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: "127.0.0.1",
        DATA_DIR: "memory://",
        LOG_LEVEL: "warn",
        NODE_ENV: "development",
        DATABASE_URL: "",
        AUTH_MODE: "dev",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    try {
      let health: { status: string } | undefined;
      for (let i = 0; i < 120 && health?.status !== "ok"; i++) {
        await new Promise((r) => setTimeout(r, 250));
        health = await fetch(`http://127.0.0.1:${port}/healthz`).then(
          (r) => r.json() as Promise<{ status: string }>,
          () => undefined,
        );
      }
      expect(health, output).toMatchObject({ status: "ok", database: "pglite" });
      const html = await fetch(`http://127.0.0.1:${port}/casussen/123`);
      expect([200, 503]).toContain(html.status); // the web app, or the note that it has not been built yet
      child.kill("SIGTERM");
      expect(await exited, output).toBe(0);
    } finally {
      child.kill("SIGKILL");
    }
  }, 60_000);

  it("refuses to start with a bad configuration value, naming it", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
      cwd: SERVER_DIR,
      env: { ...process.env, PORT: "not-a-port", DATABASE_URL: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    const code = await new Promise<number | null>((resolve) => child.on("exit", (c) => resolve(c)));
    expect(code).toBe(78);
    expect(stderr).toContain("PORT");
  }, 30_000);
});
