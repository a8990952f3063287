// `pnpm db:migrate` — applies the committed SQL migrations to the database named by the environment:
// DATABASE_URL (PostgreSQL) or DATA_DIR (PGlite data folder, default: <repo root>/data).
import { runDatabaseTask } from "./task";

process.exitCode = await runDatabaseTask(
  "Migration failed",
  async (_db, target) => `Migrations applied (${target}).`,
);
