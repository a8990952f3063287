// `pnpm --filter @regiehub/db seed` — applies the migrations and seeds the fictional demo region (idempotent)
// into the database named by the environment: DATABASE_URL (PostgreSQL) or DATA_DIR (PGlite data folder,
// default: <repo root>/data). The region only: `pnpm db:seed` runs the hub's CLI (apps/server/src/cli/seed.ts),
// which seeds the region and then its dossier content through the hub's operations (a package does not
// import an app).
import { DEMO, seedDemoRegion } from "../seed";
import { runDatabaseTask } from "./task";

process.exitCode = await runDatabaseTask("Seeding failed", async (db, target) => {
  const { created } = await seedDemoRegion(db);
  const { organisations, professionals, cases } = DEMO.counts;
  return created
    ? `Demo region seeded: ${organisations} organisations, ${professionals} professionals, ${cases} cases (${target}).`
    : `Demo region already present — nothing changed (${target}).`;
});
