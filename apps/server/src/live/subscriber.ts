import type { DocumentNode, ExecutionResult } from "graphql";
import type { AuthenticatedSession } from "../auth/authenticator";
import type { LiveStream } from "./streams";

// One live subscription: its place in the event sequence and a bounded queue towards its socket.

/** graphql-ws close codes of the hub (4000–4999 are the application's). */
export const LiveCloseCode = {
  /** The token expired or does not verify: reconnect with a fresh one. */
  Unauthorized: 4401,
  /** The professional is no longer known. */
  Forbidden: 4403,
  /** Too many connection attempts or operations: reconnect after a while. */
  TooManyRequests: 4429,
  /** The client did not read its events fast enough: reconnect and resume. */
  SlowConsumer: 4413,
  /** The processing log could not be written: reconnect and resume later. */
  LogUnavailable: 4500,
} as const;

/** A long-lived WebSocket connection as live delivery sees it. */
export interface LiveConnection {
  /** The current session; refreshed while the socket lives (role or organisation changes apply at once). */
  session: AuthenticatedSession;
  /** Bytes written to the socket that the client has not taken yet. */
  bufferedAmount(): number;
  close(code: number, reason: string): void;
  /** Live subscriptions open on this connection (capped). */
  subscriptions: number;
}

export interface LiveLimits {
  /** Events queued for one subscription that its socket has not taken yet. */
  maxQueuedEvents: number;
  /** Bytes queued for a subscription plus bytes waiting in its socket. */
  maxBufferedBytes: number;
  maxSubscriptionsPerConnection: number;
}

/** What the client asked for: the operation, to be executed per event (once per group). */
export interface LiveRequest {
  document: DocumentNode;
  operationName: string | undefined;
  variables: Record<string, unknown>;
  /** Identical requests of subscribers with the same consent scope share one execution. */
  key: string;
  /** The response key of the subscription's root field (its alias or name): the path of a final error. */
  responseKey: string;
  /** The operation selects a `@personal` field: execute per professional. */
  personal: boolean;
}

/**
 * A result resolved and serialised once for a group of subscribers. The socket layer writes `json` into
 * each subscriber's `next` message as it is (see socket.ts), so the payload is not serialised per socket.
 */
export class SharedPayload {
  constructor(readonly json: string) {}
}

interface Queued {
  seq: number;
  bytes: number;
  result: ExecutionResult;
}

/** Where a subscription stands: replaying missed events, joining the live stream, or live. */
export type SubscriberMode = "catching-up" | "joining" | "live" | "closed";

export class LiveSubscriber implements AsyncGenerator<ExecutionResult, undefined, undefined> {
  /** The last event decided for this subscriber (delivered or not visible to it). */
  position: number;
  mode: SubscriberMode;
  /** Events the dispatcher saw while this subscriber was joining; the catch-up loop delivers them. */
  held: number[] = [];
  /** The last event handed to the socket: the resume point when the subscriber is cut off. */
  private sentSeq: number;
  private readonly queue: Queued[] = [];
  private queuedBytes = 0;
  private waiter: ((r: IteratorResult<ExecutionResult, undefined>) => void) | undefined;
  private roomWaiters: (() => void)[] = [];

  constructor(
    readonly stream: LiveStream,
    readonly request: LiveRequest,
    readonly connection: LiveConnection,
    private readonly limits: LiveLimits,
    position: number,
    mode: SubscriberMode,
    private readonly onClose: (s: LiveSubscriber) => void,
  ) {
    this.position = position;
    this.sentSeq = position;
    this.mode = mode;
  }

  get actor() {
    return this.connection.session.actor;
  }

  get open(): boolean {
    return this.mode !== "closed";
  }

  /**
   * Queues a delivery. A live subscriber that does not keep up is cut off (socket closed with its resume
   * point). A replay is paced by `room()` instead, a page at a time, so it is not cut off for its own pages.
   */
  push(seq: number, result: ExecutionResult, bytes: number, replay = false): void {
    if (!this.open || seq <= this.position) return;
    this.position = seq;
    const waiter = this.waiter;
    if (waiter) {
      this.waiter = undefined;
      this.sentSeq = seq;
      waiter({ value: result, done: false });
      return;
    }
    const full =
      this.queue.length >= this.limits.maxQueuedEvents ||
      this.queuedBytes + bytes + this.connection.bufferedAmount() > this.limits.maxBufferedBytes;
    if (full && !replay) {
      this.cutOff(LiveCloseCode.SlowConsumer, "slow consumer");
      return;
    }
    this.queue.push({ seq, bytes, result });
    this.queuedBytes += bytes;
  }

  /** The event was decided without a delivery (not visible, not for this stream). */
  skip(seq: number): void {
    if (seq > this.position) this.position = seq;
  }

  /**
   * Closes the socket (all of its subscriptions end). The reason names this subscription's resume point:
   * the last event handed to the socket (queued events not yet handed out are dropped).
   */
  cutOff(code: number, why: string): void {
    if (!this.open) return;
    this.connection.close(code, `${why}; resume after ${this.sentSeq}`);
    void this.return();
  }

  /**
   * Ends the subscription from the server's side: what is queued is still handed out, then `last` (a typed
   * error, e.g. NOT_FOUND once the subscriber lost its case), then the stream is done and graphql-ws completes
   * the operation. The socket and its other subscriptions carry on.
   */
  end(last: ExecutionResult): void {
    if (!this.open) return;
    this.mode = "closed";
    this.onClose(this);
    this.releaseRoom();
    const waiter = this.waiter;
    if (waiter) {
      this.waiter = undefined;
      waiter({ value: last, done: false });
      return;
    }
    this.queue.push({ seq: this.position, bytes: 0, result: last });
  }

  /** Resolves when the queue has room again (replays wait for the client instead of cutting it off). */
  room(): Promise<void> {
    if (this.roomy()) return Promise.resolve();
    // Woken when the socket takes an event (next) or the subscription ends; the socket's own buffer drains
    // without telling us, so it is looked at again every 50 ms too.
    return new Promise((resolve) => {
      const timer = setInterval(() => {
        if (this.roomy()) this.releaseRoom();
      }, 50);
      this.roomWaiters.push(() => {
        clearInterval(timer);
        resolve();
      });
    });
  }

  private roomy(): boolean {
    return (
      !this.open ||
      (this.queue.length < this.limits.maxQueuedEvents / 2 &&
        this.queuedBytes + this.connection.bufferedAmount() < this.limits.maxBufferedBytes / 2)
    );
  }

  next(): Promise<IteratorResult<ExecutionResult, undefined>> {
    const queued = this.queue.shift();
    if (queued) {
      this.queuedBytes -= queued.bytes;
      this.sentSeq = queued.seq;
      if (this.queue.length < this.limits.maxQueuedEvents / 2) this.releaseRoom();
      return Promise.resolve({ value: queued.result, done: false });
    }
    if (!this.open) return Promise.resolve({ value: undefined, done: true });
    this.releaseRoom();
    return new Promise((resolve) => {
      this.waiter = resolve;
    });
  }

  return(): Promise<IteratorResult<ExecutionResult, undefined>> {
    if (this.mode !== "closed") {
      this.mode = "closed";
      this.onClose(this);
      this.releaseRoom();
    }
    // Also what `end` left for a client that stopped reading (it completed the operation or went away).
    this.queue.length = 0;
    this.queuedBytes = 0;
    const waiter = this.waiter;
    this.waiter = undefined;
    waiter?.({ value: undefined, done: true });
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error: unknown): Promise<IteratorResult<ExecutionResult, undefined>> {
    void this.return();
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.return();
  }

  private releaseRoom(): void {
    const waiters = this.roomWaiters;
    this.roomWaiters = [];
    waiters.forEach((w) => w());
  }
}
