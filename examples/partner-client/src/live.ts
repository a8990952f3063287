import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import { backoffSeconds, sleep } from "./retry";
import { TokenError } from "./token";

// A live feed over graphql-ws (`ws(s)://<hub>/graphql`) that survives disconnects without losing or repeating
// an event. It remembers the `seq` of the last event it handed on; when the socket goes (network, hub
// restart, 4413 "too slow", 4401 token expired) it connects again — with a valid token, renewed when the hub
// said it expired — and subscribes with `afterSeq` set to that seq: the hub first replays what was missed, in
// order, then continues live. Events at or below the remembered seq are dropped (a replay overlapping what
// was already seen). It stops for good on 4403 (the client was revoked) and on GraphQL errors (NOT_FOUND,
// FORBIDDEN: a missing scope), which a reconnect would not change.

export interface LiveEvent {
  seq: number;
}

export interface LiveFeedOptions<E extends LiveEvent> {
  /** The hub's base URL (http(s)://…); the socket is ws(s)://…/graphql. */
  hubUrl: string;
  tokens: { get(options?: { fresh?: boolean }): Promise<string> };
  /** The subscription document; it must take `$afterSeq: Seq`. */
  query: string;
  /** Its other variables. */
  variables: Record<string, unknown>;
  /** Picks the event out of a `next` payload's data, e.g. `(data) => data.caseEvents`. */
  select: (data: Record<string, unknown>) => E;
  /** Where to start: the `Query.lastEventSeq` read before the first page was loaded (undefined: from now). */
  afterSeq?: number;
  onEvent?: (event: E) => void;
  /** Told of connections, disconnects and reconnect attempts. */
  onStatus?: (status: string) => void;
}

type State = "connecting" | "connected" | "waiting";

export class LiveFeed<E extends LiveEvent> {
  /** The seq of the last event handed on: where a resume starts. */
  lastSeq: number | undefined;
  /** Every event handed on, in order. */
  readonly events: E[] = [];
  /** Sockets acknowledged by the hub (1 = never reconnected). */
  connections = 0;
  /** Replayed events dropped because they had been handed on already. */
  duplicatesDropped = 0;
  private state: State = "connecting";
  private stopped = false;
  private client: Client | undefined;
  private socket: WebSocket | undefined;
  private failure: Error | undefined;
  private outage: Promise<void> | undefined;
  private endOutage: (() => void) | undefined;
  private waiters = new Set<() => void>();
  private loop: Promise<void> | undefined;

  constructor(private readonly options: LiveFeedOptions<E>) {
    this.lastSeq = options.afterSeq;
  }

  start(): void {
    this.loop ??= this.run();
  }

  get connected(): boolean {
    return this.state === "connected";
  }

  /** Resolves with the first event (seen before or after this call) that matches; rejects when the feed stops. */
  waitFor(match: (event: E) => boolean, timeoutSeconds = 30): Promise<E> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`no matching event within ${timeoutSeconds} s`));
      }, timeoutSeconds * 1000);
      const check = () => {
        const found = this.events.find(match);
        if (found || this.failure || this.stopped) {
          clearTimeout(timer);
          this.waiters.delete(check);
          if (found) resolve(found);
          else reject(this.failure ?? new Error("the feed was stopped"));
        }
      };
      this.waiters.add(check);
      check();
    });
  }

  /** Resolves once the hub acknowledged a socket (the subscription is sent right after). */
  async untilConnected(timeoutSeconds = 30): Promise<void> {
    const deadline = Date.now() + timeoutSeconds * 1000;
    while (!this.connected) {
      if (this.failure) throw this.failure;
      if (this.stopped) throw new Error("the feed was stopped");
      if (Date.now() > deadline) throw new Error(`not connected within ${timeoutSeconds} s`);
      await sleep(0.05);
    }
  }

  /**
   * For the walk-through: cut the socket as a network failure would (no close handshake) and keep the
   * "network" down until `end()` is called; the feed keeps trying meanwhile.
   */
  async simulateOutage(): Promise<{ end(): void }> {
    let release!: () => void;
    this.outage = new Promise<void>((resolve) => (release = resolve));
    this.endOutage = () => {
      this.outage = undefined;
      release();
    };
    this.socket?.terminate();
    while (this.state === "connected") await sleep(0.01);
    return { end: this.endOutage };
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.endOutage?.();
    this.state = "waiting";
    await this.client?.dispose();
    this.notify();
  }

  private async run(): Promise<void> {
    let attempt = 0;
    let freshToken = false;
    for (;;) {
      await this.outage;
      if (this.stopped) return;
      this.state = "connecting";
      const outcome = await this.once(freshToken);
      this.state = "waiting";
      if (this.stopped) return;
      if (outcome.fatal) {
        this.failure = outcome.fatal;
        this.stopped = true;
        this.options.onStatus?.(`stopped: ${outcome.fatal.message}`);
        this.notify();
        return;
      }
      attempt = outcome.acknowledged ? 1 : attempt + 1;
      freshToken = outcome.code === 4401;
      const wait = backoffSeconds(attempt);
      this.options.onStatus?.(
        `disconnected (${outcome.code ?? "error"}); reconnecting in ${wait.toFixed(1)} s after seq ${this.lastSeq ?? "-"}`,
      );
      await sleep(wait);
    }
  }

  /** One socket and one subscription, until it closes. */
  private once(freshToken: boolean): Promise<{ acknowledged: boolean; code?: number; fatal?: Error }> {
    const { hubUrl, tokens, query, variables, select } = this.options;
    let acknowledged = false;
    let tokenError: unknown;
    return new Promise((resolve) => {
      const client = createClient({
        url: `${hubUrl.replace(/^http/, "ws").replace(/\/+$/, "")}/graphql`,
        webSocketImpl: WebSocket,
        lazy: true,
        retryAttempts: 0, // reconnecting is done above, with afterSeq
        // Called for every socket: a token that is valid now (renewed after the hub said 4401).
        connectionParams: async () => {
          try {
            return { authorization: `Bearer ${await tokens.get({ fresh: freshToken })}` };
          } catch (error) {
            tokenError = error;
            throw error;
          }
        },
        on: {
          opened: (socket) => {
            this.socket = socket as WebSocket;
          },
          connected: () => {
            acknowledged = true;
            this.connections += 1;
            this.state = "connected";
            this.options.onStatus?.(
              `connected (socket ${this.connections}), after seq ${this.lastSeq ?? "-"}`,
            );
          },
        },
      });
      this.client = client;
      const done = (outcome: { code?: number; fatal?: Error }) => {
        void client.dispose();
        resolve({ acknowledged, ...outcome });
      };
      client.subscribe<Record<string, unknown>>(
        { query, variables: { ...variables, afterSeq: this.lastSeq ?? null } },
        {
          next: (result) => {
            // Errors beside data (a field outside consent) still make an event; without data nothing does.
            if (!result.data) {
              const first = result.errors?.[0] as { message?: string; extensions?: { code?: string } };
              done({ fatal: new Error(`${first?.extensions?.code ?? "ERROR"}: ${first?.message}`) });
              return;
            }
            const event = select(result.data);
            if (this.lastSeq !== undefined && event.seq <= this.lastSeq) {
              this.duplicatesDropped += 1;
              return;
            }
            this.lastSeq = event.seq;
            this.events.push(event);
            this.options.onEvent?.(event);
            this.notify();
          },
          error: (error: unknown) => {
            if (Array.isArray(error)) {
              // The hub refused the subscription itself (NOT_FOUND, FORBIDDEN …): reconnecting changes nothing.
              const first = error[0] as { message?: string; extensions?: { code?: string } };
              done({ fatal: new Error(`${first.extensions?.code ?? "ERROR"}: ${first.message}`) });
              return;
            }
            if (tokenError instanceof TokenError && tokenError.status < 500 && tokenError.status !== 429) {
              // invalid_client, invalid_scope …: the same credentials will be refused again.
              done({ fatal: tokenError });
              return;
            }
            const code = (error as { code?: unknown }).code;
            if (code === 4403) {
              done({ fatal: new Error("4403: the hub no longer accepts this client (revoked)") });
              return;
            }
            done(typeof code === "number" ? { code } : {});
          },
          complete: () => done({}),
        },
      );
    });
  }

  private notify(): void {
    for (const waiter of [...this.waiters]) waiter();
  }
}
