import { MAX_UNSEALED_AGE_MS, sealProcessingLog, unsealedLogEntries, type Database } from "@regiehub/db";
import type { Logger } from "../logger";

/** What the rest of the hub needs of the sealer: a nudge after it wrote log entries. */
export interface LogSealing {
  wake(): void;
}

/**
 * Chains the processing log's unsealed entries (packages/db/src/processing-log.ts) shortly after they were
 * committed: woken after every request, operation and live page that wrote entries, and every `intervalMs`
 * as a safety net (entries of other instances, of timers). Wake-ups while a run is busy fold into one more
 * run. Every `alertEvery` ticks it checks that nothing waits longer than the bound `log:verify` applies and
 * logs an error when something does.
 */
export class LogSealer implements LogSealing {
  private running: Promise<void> | undefined;
  private again = false;
  private timer: NodeJS.Timeout | undefined;
  private ticks = 0;

  constructor(
    private readonly db: Database,
    private readonly logger: Logger,
    private readonly intervalMs = 1_000,
    private readonly alertEvery = 30,
  ) {}

  start(): void {
    this.timer = setInterval(() => {
      this.wake();
      if (++this.ticks % this.alertEvery === 0) void this.checkAge();
    }, this.intervalMs);
    this.timer.unref();
  }

  wake(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.run().finally(() => {
      this.running = undefined;
    });
  }

  /** Seals everything committed so far and resolves when done (before the log is listed, at stop). */
  async sealNow(): Promise<void> {
    await this.running;
    await this.sealOnce();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.sealNow();
  }

  private async run(): Promise<void> {
    do {
      this.again = false;
      await this.sealOnce();
    } while (this.again);
  }

  private async sealOnce(): Promise<void> {
    try {
      await sealProcessingLog(this.db);
    } catch (err) {
      this.logger.error(
        { err },
        "processing log entries could not be sealed (they stay unsealed, none lost)",
      );
    }
  }

  private async checkAge(): Promise<void> {
    try {
      const { count, oldestEndedAt } = await unsealedLogEntries(this.db);
      if (oldestEndedAt && Date.now() - oldestEndedAt.getTime() > MAX_UNSEALED_AGE_MS) {
        this.logger.error(
          { unsealed: count, oldestEndedAt },
          "processing log entries wait for sealing longer than the bound: is the sealer failing?",
        );
      }
    } catch (err) {
      this.logger.error({ err }, "unsealed processing log entries could not be counted");
    }
  }
}
