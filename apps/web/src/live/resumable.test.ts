import { createClient } from "graphql-ws";
import { afterEach, describe, expect, it, vi } from "vitest";
import { restartDelay, subscribeResumable } from "./resumable";

// The real graphql-ws client against a fake socket: what it sends when it reconnects is what the server sees.

interface Sent {
  id?: string;
  type: string;
  payload?: { variables?: Record<string, unknown>; operationName?: string };
}

class FakeSocket {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSING = 2;
  static readonly CLOSED = 3;
  static instances: FakeSocket[] = [];

  readyState = FakeSocket.CONNECTING;
  sent: Sent[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((event: { data: string }) => void) | null = null;
  onclose: ((event: { code: number; reason: string; wasClean: boolean }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;

  constructor(
    readonly url: string,
    readonly protocol: string,
  ) {
    FakeSocket.instances.push(this);
    setTimeout(() => {
      this.readyState = FakeSocket.OPEN;
      this.onopen?.();
    }, 0);
  }

  send(data: string): void {
    const message = JSON.parse(data) as Sent;
    this.sent.push(message);
    if (message.type === "connection_init") setTimeout(() => this.receive({ type: "connection_ack" }), 0);
  }

  receive(message: Record<string, unknown>): void {
    this.onmessage?.({ data: JSON.stringify(message) });
  }

  /** Closed by the client, or by the "server" when a test calls it. */
  close(code = 1000, reason = ""): void {
    if (this.readyState === FakeSocket.CLOSED) return;
    this.readyState = FakeSocket.CLOSED;
    this.onclose?.({ code, reason, wasClean: true });
  }

  subscriptions(): Sent[] {
    return this.sent.filter((m) => m.type === "subscribe");
  }
}

function client() {
  return createClient({
    url: "ws://hub.test/graphql",
    webSocketImpl: FakeSocket,
    lazy: true,
    retryAttempts: Infinity,
    retryWait: async () => undefined,
    shouldRetry: () => true,
  });
}

interface Event {
  caseEvents: { seq: number };
}

function event(socket: FakeSocket, id: string, seq: number): void {
  socket.receive({ id, type: "next", payload: { data: { caseEvents: { seq } } } });
}

const QUERY =
  "subscription LiveCaseEvents($caseId: ID!, $afterSeq: Seq) { caseEvents(caseId: $caseId, afterSeq: $afterSeq) { seq } }";

afterEach(() => {
  FakeSocket.instances = [];
});

describe("a resumable live subscription", () => {
  it("starts live from now, ignores replays and resubscribes after the last seq seen on reconnect", async () => {
    const ws = client();
    const seen: number[] = [];
    const resync = vi.fn();
    const sub = subscribeResumable<Event>(ws, {
      query: QUERY,
      operationName: "LiveCaseEvents",
      variables: { caseId: "c1" },
      seqOf: (data) => data.caseEvents.seq,
      onEvent: (_data, seq) => seen.push(seq),
      onResync: resync,
    });

    await vi.waitFor(() => expect(FakeSocket.instances[0]?.subscriptions()).toHaveLength(1));
    const first = FakeSocket.instances[0]!;
    const [subscribe] = first.subscriptions();
    expect(subscribe!.payload!.operationName).toBe("LiveCaseEvents");
    expect(subscribe!.payload!.variables).toEqual({ caseId: "c1" });

    event(first, subscribe!.id!, 5);
    event(first, subscribe!.id!, 6);
    event(first, subscribe!.id!, 6); // a duplicate
    event(first, subscribe!.id!, 4); // older
    expect(seen).toEqual([5, 6]);
    expect(sub.lastSeq()).toBe(6);

    // The server cuts off a slow consumer: graphql-ws reconnects and resubscribes, now after seq 6.
    first.close(4413, "resume after 6");
    await vi.waitFor(() => expect(FakeSocket.instances[1]?.subscriptions()).toHaveLength(1));
    const second = FakeSocket.instances[1]!;
    const [resubscribe] = second.subscriptions();
    expect(resubscribe!.payload!.variables).toEqual({ caseId: "c1", afterSeq: 6 });

    // The server replays from afterSeq (inclusive or not): nothing twice, nothing lost.
    event(second, resubscribe!.id!, 6);
    event(second, resubscribe!.id!, 7);
    event(second, resubscribe!.id!, 8);
    expect(seen).toEqual([5, 6, 7, 8]);
    // There was a seq to resume from: no reload needed.
    expect(resync).not.toHaveBeenCalled();

    // And once more, after a dropped network connection.
    second.close(1006, "");
    await vi.waitFor(() => expect(FakeSocket.instances[2]?.subscriptions()).toHaveLength(1));
    expect(FakeSocket.instances[2]!.subscriptions()[0]!.payload!.variables).toEqual({
      caseId: "c1",
      afterSeq: 8,
    });

    sub.dispose();
    expect(FakeSocket.instances[2]!.sent.at(-1)).toEqual({ id: resubscribe!.id, type: "complete" });
    await ws.dispose();
  });

  it("resumes after the given afterSeq from the start", async () => {
    const ws = client();
    const sub = subscribeResumable<Event>(ws, {
      query: QUERY,
      variables: { caseId: "c1" },
      afterSeq: 41,
      seqOf: (data) => data.caseEvents.seq,
      onEvent: () => undefined,
    });
    await vi.waitFor(() => expect(FakeSocket.instances[0]?.subscriptions()).toHaveLength(1));
    const [subscribe] = FakeSocket.instances[0]!.subscriptions();
    expect(subscribe!.payload!.variables).toEqual({ caseId: "c1", afterSeq: 41 });
    event(FakeSocket.instances[0]!, subscribe!.id!, 41);
    expect(sub.lastSeq()).toBe(41);
    sub.dispose();
    await ws.dispose();
  });

  it("asks for a reload when the socket came back before any event was seen", async () => {
    const ws = client();
    const resync = vi.fn();
    const sub = subscribeResumable<Event>(ws, {
      query: QUERY,
      variables: { caseId: "c1" },
      seqOf: (data) => data.caseEvents.seq,
      onEvent: () => undefined,
      onResync: resync,
    });
    await vi.waitFor(() => expect(FakeSocket.instances[0]?.subscriptions()).toHaveLength(1));
    FakeSocket.instances[0]!.close(1006, "");
    await vi.waitFor(() => expect(FakeSocket.instances[1]?.subscriptions()).toHaveLength(1));
    // Nothing to resume after: still live from now, and the page reloads once.
    expect(FakeSocket.instances[1]!.subscriptions()[0]!.payload!.variables).toEqual({ caseId: "c1" });
    expect(resync).toHaveBeenCalledTimes(1);
    sub.dispose();
    await ws.dispose();
  });

  it("reports GraphQL errors and the close event that ended it", async () => {
    const ws = client();
    const errors: unknown[] = [];
    const sub = subscribeResumable<Event>(ws, {
      query: QUERY,
      variables: { caseId: "gone" },
      seqOf: (data) => data.caseEvents.seq,
      onEvent: () => undefined,
      onError: (error) => errors.push(error),
    });
    await vi.waitFor(() => expect(FakeSocket.instances[0]?.subscriptions()).toHaveLength(1));
    const [subscribe] = FakeSocket.instances[0]!.subscriptions();
    const notFound = [{ message: "Niet gevonden", extensions: { code: "NOT_FOUND" } }];
    FakeSocket.instances[0]!.receive({ id: subscribe!.id, type: "error", payload: notFound });
    await vi.waitFor(() => expect(errors).toEqual([notFound]));
    sub.dispose();
    await ws.dispose();
  });
});

describe("restartDelay", () => {
  it("doubles from 1 s up to 30 s, with jitter in the upper half", () => {
    expect(restartDelay(0, () => 0)).toBe(500);
    expect(restartDelay(0, () => 1)).toBe(1_000);
    expect(restartDelay(3, () => 1)).toBe(8_000);
    expect(restartDelay(20, () => 1)).toBe(30_000);
    expect(restartDelay(20, () => 0)).toBe(15_000);
  });
});
