// `pnpm db:seed` — applies the migrations and seeds the fictional demo region (idempotent) into the database
// named by the environment: DATABASE_URL (PostgreSQL) or DATA_DIR (PGlite data folder, default:
// <repo root>/data).
import { DEMO, seedDemoRegion } from "../seed";
import { runDatabaseTask } from "./task";

process.exitCode = await runDatabaseTask("Seeding failed", async (db, target) => {
  const { created } = await seedDemoRegion(db);
  const { organisations, professionals, cases } = DEMO.counts;
  return created
    ? `Demo region seeded: ${organisations} organisations, ${professionals} professionals, ${cases} cases (${target}).`
    : `Demo region already present — nothing changed (${target}).`;
});
