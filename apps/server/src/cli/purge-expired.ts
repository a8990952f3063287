// `pnpm retention:purge [--dry-run]` — deletes the cases whose retention period has ended (retain_until
// before today, a Dutch calendar date), each in its own transaction with a DELETE entry in the processing
// log. Run it daily (cron, a Kubernetes CronJob). With the embedded database, stop the hub first: PGlite
// is single-process.
import { sealProcessingLog } from "@regiehub/db";
import { dutchDate } from "@regiehub/domain";
import { purgeExpiredCases } from "../retention";
import { cliConfig, describeError, describeTarget, openDatabase } from "./database";

async function main(): Promise<number> {
  const dryRun = process.argv.slice(2).includes("--dry-run");
  const config = cliConfig();
  const target = describeTarget(config);
  const handle = openDatabase(config);
  try {
    await handle.migrate();
    const today = dutchDate(new Date());
    const result = await purgeExpiredCases(handle.db, today, { dryRun });
    // The DELETE entries are chained now, not when a hub next runs.
    if (!dryRun) await sealProcessingLog(handle.db, { wait: true });
    for (const c of result.cases) {
      console.log(`${dryRun ? "would delete" : "deleted"} ${c.reference} (kept until ${c.retainUntil})`);
    }
    const n = result.cases.length;
    console.log(
      dryRun
        ? `Dry run (${target}, today ${today}): ${n} case${n === 1 ? "" : "s"} past retention; nothing deleted.`
        : `Retention purge (${target}, today ${today}): ${n} case${n === 1 ? "" : "s"} deleted.`,
    );
    return 0;
  } catch (error) {
    console.error(`Retention purge failed (${target}): ${describeError(error)}`);
    return 1;
  } finally {
    await handle.close().catch(() => undefined);
  }
}

process.exitCode = await main();
