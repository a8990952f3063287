// Shared by the database CLIs (`pnpm db:migrate`, `pnpm db:seed`): which database the environment names,
// and running one task against it with readable errors and a clean close.
import { isAbsolute, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createDatabase, type Database, type DatabaseOptions } from "../client";

function databaseOptions(): { options: DatabaseOptions; target: string } {
  const databaseUrl = process.env.DATABASE_URL?.trim();
  if (databaseUrl) return { options: { databaseUrl, poolSize: 1 }, target: describeUrl(databaseUrl) };
  const configured = process.env.DATA_DIR?.trim();
  // pnpm runs this script inside packages/db; a relative DATA_DIR is meant from where pnpm was started.
  const dataDir = configured
    ? isAbsolute(configured) || configured.startsWith("memory://")
      ? configured
      : resolve(process.env.INIT_CWD ?? process.cwd(), configured)
    : fileURLToPath(new URL("../../../../data", import.meta.url));
  return { options: { dataDir }, target: `PGlite ${dataDir}` };
}

/** The connection string without credentials. */
function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `PostgreSQL ${parsed.hostname}${parsed.port ? `:${parsed.port}` : ""}${parsed.pathname}`;
  } catch {
    return "PostgreSQL";
  }
}

/** The error's message plus its causes (drizzle wraps the driver's error, e.g. ECONNREFUSED). */
function describeError(error: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = error; e !== undefined && e !== null && parts.length < 5;) {
    if (e instanceof Error) {
      const message = e.message.trim() || ("code" in e ? String(e.code) : e.name);
      parts.push(message.replace(/\s*params:\s*$/, ""));
      e = e.cause;
    } else {
      parts.push(String(e));
      break;
    }
  }
  return parts.join(" — ");
}

/** Opens the database, migrates, runs `task`, prints its line; returns the exit code. */
export async function runDatabaseTask(
  failureLabel: string,
  task: (db: Database, target: string) => Promise<string>,
): Promise<number> {
  const { options, target } = databaseOptions();
  let handle: ReturnType<typeof createDatabase> | undefined;
  try {
    handle = createDatabase(options);
    await handle.migrate();
    console.log(await task(handle.db, target));
    return 0;
  } catch (error) {
    console.error(`${failureLabel} (${target}): ${describeError(error)}`);
    return 1;
  } finally {
    await handle?.close().catch((error: unknown) => {
      console.error(`Could not close the database: ${describeError(error)}`);
    });
  }
}
