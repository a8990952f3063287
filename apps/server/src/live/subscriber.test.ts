import { describe, expect, it } from "vitest";
import { parse, type ExecutionResult } from "graphql";
import type { Actor } from "@regiehub/domain";
import {
  LiveCloseCode,
  LiveSubscriber,
  type LiveConnection,
  type LiveLimits,
  type LiveRequest,
} from "./subscriber";

const sanne: Actor = {
  kind: "professional",
  professionalId: "sanne",
  organisationId: "org-school",
  organisationKind: "OTHER",
  role: "PROFESSIONAL",
  name: "Sanne",
  hasRegistration: false,
};

const request: LiveRequest = {
  document: parse('subscription { caseEvents(caseId: "case-1") { seq } }'),
  operationName: undefined,
  variables: {},
  key: "case-events",
  responseKey: "caseEvents",
  personal: false,
};

/** A socket as live delivery sees it: its buffer can be set, its closes are recorded. */
class FakeConnection implements LiveConnection {
  session = { actor: sanne, expiresAt: undefined };
  subscriptions = 1;
  buffered = 0;
  closes: { code: number; reason: string }[] = [];
  bufferedAmount(): number {
    return this.buffered;
  }
  close(code: number, reason: string): void {
    this.closes.push({ code, reason });
  }
}

function setup(options: { limits?: Partial<LiveLimits>; position?: number } = {}) {
  const connection = new FakeConnection();
  const closed: LiveSubscriber[] = [];
  const limits: LiveLimits = {
    maxQueuedEvents: 100,
    maxBufferedBytes: 1_000_000,
    maxSubscriptionsPerConnection: 10,
    ...options.limits,
  };
  const subscriber = new LiveSubscriber(
    { kind: "case", caseId: "case-1" },
    request,
    connection,
    limits,
    options.position ?? 0,
    "live",
    (s) => closed.push(s),
  );
  return { subscriber, connection, closed };
}

const result = (seq: number): ExecutionResult => ({ data: { seq } });

/** The seqs of the next `count` results (each must be there already or come later). */
async function take(subscriber: LiveSubscriber, count: number): Promise<number[]> {
  const seqs: number[] = [];
  for (let i = 0; i < count; i++) {
    const next = await subscriber.next();
    expect(next.done).toBe(false);
    seqs.push((next.value as { data: { seq: number } }).data.seq);
  }
  return seqs;
}

/** Whether the promise has settled once everything pending has run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setImmediate(resolve));
  return done;
}

describe("LiveSubscriber", () => {
  describe("position", () => {
    it("delivers in order: at once to a waiting reader, queued otherwise", async () => {
      const { subscriber } = setup();
      const waiting = subscriber.next();
      subscriber.push(1, result(1), 10);
      expect(await waiting).toEqual({ value: result(1), done: false });
      subscriber.push(2, result(2), 10);
      subscriber.push(3, result(3), 10);
      subscriber.push(4, result(4), 10);
      expect(await take(subscriber, 3)).toEqual([2, 3, 4]);
      expect(subscriber.position).toBe(4);
    });

    it("drops a seq at or below its position: no duplicate, no step back", async () => {
      const { subscriber } = setup({ position: 5 });
      subscriber.push(5, result(5), 10);
      subscriber.push(3, result(3), 10);
      subscriber.push(6, result(6), 10);
      subscriber.push(6, result(6), 10);
      subscriber.push(4, result(4), 10);
      expect(await take(subscriber, 1)).toEqual([6]);
      expect(await settled(subscriber.next())).toBe(false);
      expect(subscriber.position).toBe(6);
    });

    it("skip advances the position without a delivery, and never moves it back", async () => {
      const { subscriber } = setup();
      subscriber.skip(7);
      expect(subscriber.position).toBe(7);
      subscriber.skip(4);
      expect(subscriber.position).toBe(7);
      subscriber.push(7, result(7), 10);
      subscriber.push(8, result(8), 10);
      expect(await take(subscriber, 1)).toEqual([8]);
      expect(await settled(subscriber.next())).toBe(false);
    });
  });

  describe("slow consumers", () => {
    it("are cut off with 4413 when the queue would exceed maxQueuedEvents, resuming after the last seq handed out", async () => {
      const { subscriber, connection, closed } = setup({ limits: { maxQueuedEvents: 2 } });
      subscriber.push(1, result(1), 10);
      subscriber.push(2, result(2), 10);
      expect(await take(subscriber, 1)).toEqual([1]);
      subscriber.push(3, result(3), 10);
      // Two queued (2 and 3): at the limit, not over it.
      expect(connection.closes).toEqual([]);
      expect(subscriber.open).toBe(true);

      subscriber.push(4, result(4), 10);
      expect(LiveCloseCode.SlowConsumer).toBe(4413);
      expect(connection.closes).toEqual([{ code: 4413, reason: "slow consumer; resume after 1" }]);
      expect(subscriber.open).toBe(false);
      expect(closed).toEqual([subscriber]);
      // What was queued but never handed out is dropped: the client resumes after 1 and reads it again.
      expect(await subscriber.next()).toEqual({ value: undefined, done: true });
    });

    it("resume from where they started when nothing was handed out yet", () => {
      const { subscriber, connection } = setup({ limits: { maxQueuedEvents: 1 }, position: 10 });
      subscriber.skip(11);
      subscriber.push(12, result(12), 10);
      subscriber.push(13, result(13), 10);
      expect(connection.closes).toEqual([{ code: 4413, reason: "slow consumer; resume after 10" }]);
    });

    it("resume after an event handed straight to a waiting reader", async () => {
      const { subscriber, connection } = setup({ limits: { maxQueuedEvents: 1 } });
      const waiting = subscriber.next();
      subscriber.push(1, result(1), 10);
      await waiting;
      subscriber.push(2, result(2), 10);
      subscriber.push(3, result(3), 10);
      expect(connection.closes).toEqual([{ code: 4413, reason: "slow consumer; resume after 1" }]);
    });

    it("count the socket's bufferedAmount towards maxBufferedBytes", () => {
      const roomy = setup({ limits: { maxBufferedBytes: 100 } });
      roomy.subscriber.push(1, result(1), 30);
      roomy.subscriber.push(2, result(2), 20);
      expect(roomy.connection.closes).toEqual([]);

      const { subscriber, connection } = setup({ limits: { maxBufferedBytes: 100 } });
      connection.buffered = 60;
      subscriber.push(1, result(1), 30); // 30 + 60 = 90: fits
      expect(connection.closes).toEqual([]);
      subscriber.push(2, result(2), 20); // 30 + 20 + 60 = 110: over
      expect(connection.closes).toEqual([
        { code: LiveCloseCode.SlowConsumer, reason: "slow consumer; resume after 0" },
      ]);
      expect(subscriber.open).toBe(false);
    });

    it("free the bytes of what was handed out", async () => {
      const { subscriber, connection } = setup({ limits: { maxBufferedBytes: 100 } });
      subscriber.push(1, result(1), 60);
      expect(await take(subscriber, 1)).toEqual([1]);
      subscriber.push(2, result(2), 60);
      expect(connection.closes).toEqual([]);
      subscriber.push(3, result(3), 60);
      expect(connection.closes).toEqual([
        { code: LiveCloseCode.SlowConsumer, reason: "slow consumer; resume after 1" },
      ]);
    });
  });

  describe("room()", () => {
    it("resolves at once while the queue is under half full", async () => {
      const { subscriber } = setup({ limits: { maxQueuedEvents: 4 } });
      subscriber.push(1, result(1), 10);
      expect(await settled(subscriber.room())).toBe(true);
    });

    it("waits while the queue is half full and resolves once the reader drains it", async () => {
      const { subscriber } = setup({ limits: { maxQueuedEvents: 4 } });
      subscriber.push(1, result(1), 10);
      subscriber.push(2, result(2), 10);
      const room = subscriber.room();
      expect(await settled(room)).toBe(false);
      expect(await take(subscriber, 1)).toEqual([1]);
      expect(await settled(room)).toBe(true);
    });

    it("waits while the bytes, the socket's included, are at half the limit", async () => {
      const { subscriber, connection } = setup({ limits: { maxBufferedBytes: 100 } });
      connection.buffered = 50;
      const room = subscriber.room();
      expect(await settled(room)).toBe(false);
      connection.buffered = 0;
      // The reader asks for more (queue empty): room again.
      void subscriber.next();
      expect(await settled(room)).toBe(true);
    });

    it("resolves when the subscriber closes, and at once once closed", async () => {
      const { subscriber } = setup({ limits: { maxQueuedEvents: 2 } });
      subscriber.push(1, result(1), 10);
      const room = subscriber.room();
      expect(await settled(room)).toBe(false);
      await subscriber.return();
      expect(await settled(room)).toBe(true);
      expect(await settled(subscriber.room())).toBe(true);
    });
  });

  describe("async-iterator protocol", () => {
    it("is its own async iterator: for await reads every push until return()", async () => {
      const { subscriber } = setup();
      expect(subscriber[Symbol.asyncIterator]()).toBe(subscriber);
      const seen: number[] = [];
      const reading = (async () => {
        for await (const r of subscriber) seen.push((r.data as { seq: number }).seq);
      })();
      subscriber.push(1, result(1), 10);
      subscriber.push(2, result(2), 10);
      subscriber.push(3, result(3), 10);
      await new Promise((resolve) => setImmediate(resolve));
      await subscriber.return();
      await reading;
      expect(seen).toEqual([1, 2, 3]);
    });

    it("return() ends a waiting reader and calls onClose once", async () => {
      const { subscriber, connection, closed } = setup();
      const waiting = subscriber.next();
      expect(await subscriber.return()).toEqual({ value: undefined, done: true });
      expect(await waiting).toEqual({ value: undefined, done: true });
      expect(subscriber.mode).toBe("closed");
      await subscriber.return();
      subscriber.cutOff(LiveCloseCode.SlowConsumer, "too late");
      await subscriber.throw(new Error("boom")).catch(() => undefined);
      expect(closed).toEqual([subscriber]);
      // return() ends the subscription, not the socket; a closed subscriber closes nothing.
      expect(connection.closes).toEqual([]);
      subscriber.push(1, result(1), 10);
      expect(await subscriber.next()).toEqual({ value: undefined, done: true });
    });

    it("cutOff() closes the socket and ends the subscription once", async () => {
      const { subscriber, connection, closed } = setup();
      const waiting = subscriber.next();
      subscriber.cutOff(LiveCloseCode.LogUnavailable, "log unavailable");
      subscriber.cutOff(LiveCloseCode.LogUnavailable, "again");
      expect(await waiting).toEqual({ value: undefined, done: true });
      expect(connection.closes).toEqual([{ code: 4500, reason: "log unavailable; resume after 0" }]);
      expect(closed).toEqual([subscriber]);
    });

    it("throw() ends the subscription and rejects with the error", async () => {
      const { subscriber, closed } = setup();
      const error = new Error("client gone");
      await expect(subscriber.throw(error)).rejects.toBe(error);
      await expect(subscriber.throw("text")).rejects.toThrow("text");
      expect(subscriber.open).toBe(false);
      expect(closed).toEqual([subscriber]);
    });

    it("disposing it ends the subscription", async () => {
      const { subscriber, closed } = setup();
      await subscriber[Symbol.asyncDispose]();
      expect(subscriber.open).toBe(false);
      expect(closed).toEqual([subscriber]);
    });
  });
});
