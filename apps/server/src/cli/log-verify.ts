// `pnpm log:verify` — walks every hash chain of the processing log and recomputes each hash. Exit code 0
// when intact, 1 when an entry was changed or removed (the first one is named) or entries have waited for the
// sealer longer than the bound (the hub seals within a second or so), 2 when it could not run.
// It only reads: an auditor's read-only role is enough.
import { verifyProcessingLog } from "@regiehub/db";
import { cliConfig, describeError, describeTarget, openDatabase } from "./database";

async function main(): Promise<number> {
  const config = cliConfig();
  const target = describeTarget(config);
  const handle = openDatabase(config);
  try {
    const result = await verifyProcessingLog(handle.db);
    if (result.ok) {
      const waiting =
        result.unsealed > 0
          ? `; ${result.unsealed} newer entries not sealed yet (oldest ${result.oldestUnsealedSeconds?.toFixed(1)} s)`
          : "";
      console.log(`Processing log OK: ${result.entries} entries in ${result.chains} chains${waiting}`);
      return 0;
    }
    const b = result.firstBroken!;
    if (b.chainKey === "*") {
      console.error(`NOT SEALED: ${b.reason}`);
      return 1;
    }
    const where = b.id >= 0 ? `entry ${b.id}` : "the end of a chain";
    console.error(`BROKEN at ${where} (chain ${b.chainKey}, sequence ${b.chainSeq}): ${b.reason}`);
    return 1;
  } catch (error) {
    console.error(`Could not verify the processing log (${target}): ${describeError(error)}`);
    return 2;
  } finally {
    await handle.close().catch(() => undefined);
  }
}

process.exitCode = await main();
