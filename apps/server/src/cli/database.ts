import { isAbsolute, resolve } from "node:path";
import { createDatabase, type DatabaseHandle } from "@regiehub/db";
import { ConfigError, loadConfig, type Config } from "../config";

// Shared by the command-line tools: configuration from the environment (as the hub reads it) and the
// database it names. pnpm runs the tools inside apps/server; a relative DATA_DIR is meant from where pnpm
// was started (INIT_CWD).

export function cliConfig(): Config {
  const env = { ...process.env };
  const dataDir = env.DATA_DIR?.trim();
  if (dataDir && !isAbsolute(dataDir) && !dataDir.startsWith("memory://")) {
    env.DATA_DIR = resolve(env.INIT_CWD ?? process.cwd(), dataDir);
  }
  // The tools do not authenticate anyone: outside production, do not insist on the OIDC settings the hub
  // would need with DATABASE_URL (in production the tools run with the hub's own environment).
  if (!env.AUTH_MODE && !env.OIDC_ISSUER && env.NODE_ENV !== "production") env.AUTH_MODE = "dev";
  try {
    return loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
}

export function openDatabase(config: Config): DatabaseHandle {
  return createDatabase({ databaseUrl: config.database.url, dataDir: config.database.dataDir, poolSize: 1 });
}

export function describeTarget(config: Config): string {
  if (!config.database.url) return `PGlite ${config.database.dataDir}`;
  try {
    const url = new URL(config.database.url);
    return `PostgreSQL ${url.hostname}${url.port ? `:${url.port}` : ""}${url.pathname}`;
  } catch {
    return "PostgreSQL";
  }
}

/** The error's message plus its causes (drizzle wraps the driver's error). */
export function describeError(error: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = error; e !== undefined && e !== null && parts.length < 5;) {
    if (e instanceof Error) {
      parts.push(e.message.trim().replace(/\s*params:.*$/s, "") || e.name);
      e = e.cause;
    } else {
      parts.push(String(e));
      break;
    }
  }
  return parts.join(" — ");
}
