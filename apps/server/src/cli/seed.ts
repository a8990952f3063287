// `pnpm db:seed` — applies the migrations and seeds the fictional demo region (packages/db) and then its
// dossier content through the hub's operations (src/demo/seed-content.ts), into the database the environment
// names (DATABASE_URL, or the PGlite folder DATA_DIR, default <repo root>/data). Idempotent: a region that is
// present is left alone, and content is added only while no demo case has any (SEED_DEMO_CONTENT=false: the
// region only). With the embedded database, stop the hub first: PGlite is single-process.
import { DEMO, seedDemoRegion } from "@regiehub/db";
import { createPseudonymizer } from "../audit/pseudonym";
import { seedDemoContent } from "../demo/seed-content";
import { cliConfig, describeError, describeTarget, openDatabase } from "./database";

async function main(): Promise<number> {
  const config = cliConfig();
  const target = describeTarget(config);
  const handle = openDatabase(config);
  try {
    await handle.migrate();
    const region = await seedDemoRegion(handle.db);
    const { organisations, professionals, cases } = DEMO.counts;
    console.log(
      region.created
        ? `Demo region seeded: ${organisations} organisations, ${professionals} professionals, ${cases} cases (${target}).`
        : `Demo region already present — not changed (${target}).`,
    );
    if (config.seedDemoContent) {
      const cpu = process.cpuUsage();
      const content = await seedDemoContent(handle.db, { pseudonymize: createPseudonymizer(config), config });
      const cpuSeconds = (process.cpuUsage(cpu).user + process.cpuUsage(cpu).system) / 1e6;
      console.log(
        content.created
          ? `Demo content seeded: ${content.operations} operations in ${content.cases} cases (${(content.ms / 1000).toFixed(1)} s, ${cpuSeconds.toFixed(1)} s CPU).`
          : "Demo content already present (or no demo region) — nothing added.",
      );
    }
    return 0;
  } catch (error) {
    console.error(`Seeding failed (${target}): ${describeError(error)}`);
    return 1;
  } finally {
    await handle.close().catch(() => undefined);
  }
}

process.exitCode = await main();
