import { performance } from "node:perf_hooks";
import WebSocket from "ws";
import { serve } from "../child-rpc";

// The subscribers' process: many graphql-ws clients (the `graphql-transport-ws` protocol, spoken directly
// over `ws` to keep each client small), one socket and one `caseEvents` subscription each. It notes when each
// event arrives (wall clock, comparable with the parent's), and how every socket that closed was closed.

export interface OpenParams {
  /** ws://127.0.0.1:<port>/graphql */
  url: string;
  query: string;
  sockets: { token: string; caseId: string }[];
  /** Handshakes in flight at once. */
  concurrency: number;
  /** Stop opening after this long; what opened by then is kept and counted. */
  deadlineMs: number;
}

export interface OpenResult {
  requested: number;
  opened: number;
  failed: number;
  elapsedMs: number;
  /** Ms after the start at which the last successful handshake completed. */
  lastOpenedMs: number;
  timedOut: boolean;
  /** Subscribers that opened, per case. */
  openedByCase: Record<string, number>;
}

export interface Status {
  open: number;
  closeCodes: Record<string, number>;
  subscriptionErrors: number;
  rssBytes: number;
}

const LOOPBACK = /^ws:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?\//;
const now = () => performance.timeOrigin + performance.now();

const sockets = new Set<WebSocket>();
/** seq → arrival times (epoch ms, fractional). */
let arrivals = new Map<number, number[]>();
const closeCodes: Record<string, number> = {};
let subscriptionErrors = 0;

function openOne(
  url: string,
  query: string,
  token: string,
  caseId: string,
  timeoutMs: number,
): Promise<boolean> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, "graphql-transport-ws");
    let settled = false;
    const settle = (ok: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(ok);
    };
    const timer = setTimeout(() => settle(false), timeoutMs);
    ws.on("open", () => {
      ws.send(JSON.stringify({ type: "connection_init", payload: { authorization: `Bearer ${token}` } }));
    });
    ws.on("message", (raw: Buffer) => {
      const text = raw.toString("utf8");
      // The hot path: an event. Read its seq without parsing the whole payload.
      if (text.startsWith('{"id":"1","type":"next"') || text.includes('"type":"next"')) {
        const at = now();
        const match = /"seq":(\d+)/.exec(text);
        if (match) {
          const seq = Number(match[1]);
          const list = arrivals.get(seq);
          if (list) list.push(at);
          else arrivals.set(seq, [at]);
        }
        return;
      }
      const message = JSON.parse(text) as { type: string };
      if (message.type === "connection_ack") {
        sockets.add(ws);
        ws.send(JSON.stringify({ id: "1", type: "subscribe", payload: { query, variables: { caseId } } }));
        settle(true);
      } else if (message.type === "ping") {
        ws.send(JSON.stringify({ type: "pong" }));
      } else if (message.type === "error") {
        subscriptionErrors++;
      }
    });
    ws.on("close", (code: number) => {
      sockets.delete(ws);
      closeCodes[String(code)] = (closeCodes[String(code)] ?? 0) + 1;
      settle(false);
    });
    ws.on("error", () => settle(false));
  });
}

async function open(params: OpenParams): Promise<OpenResult> {
  if (!LOOPBACK.test(params.url)) throw new Error(`subscribers connect to loopback only, not ${params.url}`);
  const started = now();
  const deadline = started + params.deadlineMs;
  let next = 0;
  let opened = 0;
  let failed = 0;
  let lastOpenedMs = 0;
  const openedByCase: Record<string, number> = {};
  const lane = async () => {
    while (next < params.sockets.length && now() < deadline) {
      const { token, caseId } = params.sockets[next++]!;
      const ok = await openOne(params.url, params.query, token, caseId, Math.max(1, deadline - now()));
      if (ok) {
        opened++;
        openedByCase[caseId] = (openedByCase[caseId] ?? 0) + 1;
        lastOpenedMs = now() - started;
      } else failed++;
    }
  };
  await Promise.all(Array.from({ length: Math.min(params.concurrency, params.sockets.length) }, lane));
  return {
    requested: params.sockets.length,
    opened,
    failed,
    elapsedMs: now() - started,
    lastOpenedMs,
    timedOut: opened + failed < params.sockets.length,
    openedByCase,
  };
}

function status(): Status {
  return {
    open: sockets.size,
    closeCodes: { ...closeCodes },
    subscriptionErrors,
    rssBytes: process.memoryUsage().rss,
  };
}

serve({
  open: (params: OpenParams) => open(params),
  status: () => status(),
  /** The arrivals noted so far (and forget them). */
  takeArrivals: () => {
    const taken = Object.fromEntries(arrivals);
    arrivals = new Map();
    return taken;
  },
  /** How many arrivals there are for these seqs (cheap polling while waiting). */
  countArrivals: (params: { seqs: number[] }) =>
    params.seqs.reduce((n, seq) => n + (arrivals.get(seq)?.length ?? 0), 0),
  closeAll: async () => {
    const closing = [...sockets].map(
      (ws) =>
        new Promise<void>((resolve) => {
          ws.once("close", () => resolve());
          ws.close(1000, "bench done");
          setTimeout(() => {
            ws.terminate();
            resolve();
          }, 2_000).unref();
        }),
    );
    await Promise.all(closing);
    for (const key of Object.keys(closeCodes)) delete closeCodes[key];
    subscriptionErrors = 0;
    arrivals = new Map();
    return status();
  },
});
