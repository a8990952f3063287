import { pino, type Logger } from "pino";
import type { Config } from "./config";

export type { Logger };

/** Structured JSON logs (pino). Tokens and BSNs are never logged. */
export function createLogger(config: Pick<Config, "logLevel">): Logger {
  return pino({
    name: "regiehub",
    level: config.logLevel,
    redact: { paths: ["req.headers.authorization", "*.bsn", "*.token"], censor: "[redacted]" },
  });
}
