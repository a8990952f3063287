import { startHub } from "./app";
import { ConfigError, loadConfig } from "./config";
import { createLogger } from "./logger";

// Entry point: `pnpm start`. Parses configuration once, starts the hub, stops gracefully on SIGTERM/SIGINT.

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const logger = createLogger(config);
  const hub = await startHub(config, { logger });
  console.log(
    `\n  Regiehub draait op ${hub.url}  (database: ${hub.database.kind}, aanmelden: ${config.auth.mode})\n`,
  );

  const shutdown = (signal: string) => {
    logger.info({ signal }, "shutting down");
    hub.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.once("SIGTERM", () => shutdown("SIGTERM"));
  process.once("SIGINT", () => shutdown("SIGINT"));
}

main().catch((error: unknown) => {
  console.error("Regiehub could not start:", error);
  process.exit(1);
});
