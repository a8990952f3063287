import { EventEmitter } from "node:events";
import postgres from "postgres";

// How hub instances learn that new dossier events were committed (docs/consent-and-processing-log.md, "Live collaboration"). Only a wake-up: the
// `dossier_events` outbox stays the source of truth, a woken dispatcher reads it from its last sequence
// number, so a lost or duplicated wake-up costs a little latency, never an event. The next step beyond
// (NATS JetStream, Redis Streams) implements this same interface.

export interface EventWakeup {
  /** Tells every instance (this one included) that events up to `seq` are committed. */
  publish(seq: number): void;
  /** Calls `listener` on every wake-up (and once after (re)connecting, to catch up). Returns an unsubscribe. */
  onWake(listener: (seq: number | undefined) => void): () => void;
  close(): Promise<void>;
}

/** Embedded mode (one process): in-process delivery. */
export function inProcessWakeup(): EventWakeup {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    publish: (seq) => {
      queueMicrotask(() => emitter.emit("wake", seq));
    },
    onWake(listener) {
      emitter.on("wake", listener);
      return () => emitter.off("wake", listener);
    },
    close: async () => {
      emitter.removeAllListeners();
    },
  };
}

export const EVENTS_CHANNEL = "regiehub_events";

/**
 * Several instances on one PostgreSQL: LISTEN/NOTIFY on one dedicated connection. The payload is only the
 * sequence number (far below NOTIFY's 8000-byte limit). postgres.js re-listens after a lost connection and
 * then calls `onlisten`, which wakes the dispatcher to read whatever it missed meanwhile.
 */
export function postgresWakeup(
  databaseUrl: string,
  onError: (error: unknown) => void = () => {},
): EventWakeup {
  const sql = postgres(databaseUrl, {
    max: 1,
    onnotice: () => {},
    connection: { application_name: "regiehub-events" },
  });
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  const listening = sql
    .listen(
      EVENTS_CHANNEL,
      (payload) => {
        const seq = Number(payload);
        emitter.emit("wake", Number.isSafeInteger(seq) ? seq : undefined);
      },
      () => emitter.emit("wake", undefined),
    )
    .catch((error: unknown) => {
      onError(error);
      return undefined;
    });
  return {
    publish(seq) {
      sql.notify(EVENTS_CHANNEL, String(seq)).catch(onError);
    },
    onWake(listener) {
      emitter.on("wake", listener);
      return () => emitter.off("wake", listener);
    },
    async close() {
      emitter.removeAllListeners();
      const subscription = await listening;
      await subscription?.unlisten().catch(() => undefined);
      await sql.end({ timeout: 2 });
    },
  };
}
