import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import { after, afterEach, before, beforeEach, describe, it } from "node:test";
import { GraphQLError, buildSchema } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer } from "ws";
import { LiveFeed } from "./live";
import { TokenError } from "./token";

// The live feed against a stand-in graphql-ws server on loopback whose `events(afterSeq)` replays its list
// after `afterSeq` and then goes on live, as the hub's subscriptions do: resume without loss or repetition,
// close codes 4401 (renew the token) and 4403 (stop), a refused subscription, refused credentials.

const schema = buildSchema(`
  type Query { ok: Boolean }
  type Event { seq: Int! }
  type Subscription { events(caseId: ID, afterSeq: Int): Event! }
`);

const QUERY = `subscription Events($caseId: ID, $afterSeq: Int) { events(caseId: $caseId, afterSeq: $afterSeq) { seq } }`;

let server: Server;
let wss: WebSocketServer;
let hubUrl: string;
/** Events committed so far (seq 1, 2, …). */
let committed: number[] = [];
let wake = new Set<() => void>();
/** What each subscription asked for, and the authorization each socket brought. */
let asked: (number | null)[] = [];
let authorizations: unknown[] = [];
/** Replay this many events before `afterSeq` too (a hub never does; the feed must cope). */
let overlap = 0;

function commit(): number {
  const seq = committed.length + 1;
  committed.push(seq);
  for (const w of [...wake]) w();
  return seq;
}

/** The subscription's source: where it starts is fixed when it is subscribed, as the hub's is. */
function stream(afterSeq: number | null): AsyncGenerator<{ events: { seq: number } }> {
  asked.push(afterSeq);
  let next = afterSeq === null ? committed.length : Math.max(0, afterSeq - overlap);
  return (async function* () {
    for (;;) {
      while (next < committed.length) yield { events: { seq: committed[next++]! } };
      await new Promise<void>((resolve) => {
        const done = () => {
          wake.delete(done);
          resolve();
        };
        wake.add(done);
      });
    }
  })();
}

before(async () => {
  server = createServer();
  wss = new WebSocketServer({ server, path: "/graphql" });
  useServer(
    {
      schema,
      roots: {
        subscription: { events: ({ afterSeq }: { afterSeq?: number | null }) => stream(afterSeq ?? null) },
      },
      onConnect: (ctx) => {
        authorizations.push(ctx.connectionParams?.authorization);
        return ctx.connectionParams?.authorization !== "Bearer refused";
      },
      onSubscribe: (_ctx, _id, payload) => {
        if (payload.variables?.caseId === "out-of-reach") {
          return [new GraphQLError("Not found", { extensions: { code: "NOT_FOUND" } })];
        }
        return undefined;
      },
    },
    wss,
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  hubUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
after(async () => {
  for (const socket of wss.clients) socket.terminate();
  await new Promise<void>((resolve) => wss.close(() => resolve()));
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const feeds: LiveFeed<{ seq: number }>[] = [];
beforeEach(() => {
  committed = [];
  wake = new Set();
  asked = [];
  authorizations = [];
  overlap = 0;
});
afterEach(async () => {
  for (const feed of feeds.splice(0)) await feed.stop();
});

function tokens(values: string[] = ["t1", "t2", "t3"]) {
  const calls: { fresh: boolean }[] = [];
  return {
    calls,
    get: async (options: { fresh?: boolean } = {}) => {
      calls.push({ fresh: options.fresh ?? false });
      const fresh = calls.filter((c) => c.fresh).length;
      return values[Math.min(fresh, values.length - 1)]!;
    },
  };
}

function feed(options: { afterSeq?: number; caseId?: string; tokens?: ReturnType<typeof tokens> } = {}) {
  const f = new LiveFeed<{ seq: number }>({
    hubUrl,
    tokens: options.tokens ?? tokens(),
    query: QUERY,
    variables: { caseId: options.caseId ?? "case-1" },
    select: (data) => data.events as { seq: number },
    ...(options.afterSeq !== undefined ? { afterSeq: options.afterSeq } : {}),
  });
  feeds.push(f);
  f.start();
  return f;
}

describe("LiveFeed", () => {
  it("replays after afterSeq, then goes on live", async () => {
    commit();
    commit();
    commit();
    const f = feed({ afterSeq: 1 });
    await f.waitFor((e) => e.seq === 3);
    const seq = commit();
    await f.waitFor((e) => e.seq === seq);
    assert.deepEqual(
      f.events.map((e) => e.seq),
      [2, 3, 4],
    );
    assert.deepEqual(asked, [1]);
    assert.deepEqual(authorizations, ["Bearer t1"]);
  });

  it("survives a lost socket: reconnects with afterSeq = the last seq seen and gets what it missed", async () => {
    const f = feed({ afterSeq: 0 });
    commit();
    await f.waitFor((e) => e.seq === 1);
    const outage = await f.simulateOutage();
    assert.equal(f.connected, false);
    const missed = [commit(), commit()];
    outage.end();
    await f.waitFor((e) => e.seq === missed[1]);
    assert.deepEqual(
      f.events.map((e) => e.seq),
      [1, 2, 3],
    );
    assert.deepEqual(asked, [0, 1]);
    assert.equal(f.connections, 2);
    assert.equal(f.lastSeq, 3);
  });

  it("drops replayed events it handed on already", async () => {
    overlap = 2;
    const f = feed({ afterSeq: 0 });
    commit();
    commit();
    await f.waitFor((e) => e.seq === 2);
    (await f.simulateOutage()).end();
    const seq = commit();
    await f.waitFor((e) => e.seq === seq);
    assert.deepEqual(
      f.events.map((e) => e.seq),
      [1, 2, 3],
    );
    assert.equal(f.duplicatesDropped, 2);
  });

  it("without afterSeq starts live from now", async () => {
    commit();
    const f = feed();
    await f.untilConnected();
    await waitUntil(() => asked.length === 1);
    const seq = commit();
    await f.waitFor((e) => e.seq === seq);
    assert.deepEqual(
      f.events.map((e) => e.seq),
      [2],
    );
    assert.deepEqual(asked, [null]);
  });

  it("renews the token when the hub closes with 4401", async () => {
    const t = tokens();
    const f = feed({ afterSeq: 0, tokens: t });
    await f.untilConnected();
    for (const socket of wss.clients) socket.close(4401, "token expired");
    await waitUntil(() => f.connections === 2);
    assert.deepEqual(authorizations, ["Bearer t1", "Bearer t2"]);
    assert.deepEqual(
      t.calls.map((c) => c.fresh),
      [false, true],
    );
  });

  it("stops for good on 4403 (the client was revoked)", async () => {
    const f = feed({ afterSeq: 0 });
    await f.untilConnected();
    const waiting = f.waitFor((e) => e.seq === 99);
    for (const socket of wss.clients) socket.close(4403, "forbidden");
    await assert.rejects(waiting, /4403/);
    assert.equal(f.connections, 1);
  });

  it("stops when the hub refuses the subscription itself (NOT_FOUND)", async () => {
    const f = feed({ afterSeq: 0, caseId: "out-of-reach" });
    await assert.rejects(
      f.waitFor(() => true),
      /NOT_FOUND/,
    );
  });

  it("stops when the token endpoint refuses the credentials", async () => {
    const f = new LiveFeed<{ seq: number }>({
      hubUrl,
      tokens: {
        get: async () => {
          throw new TokenError("invalid_client", 401, undefined);
        },
      },
      query: QUERY,
      variables: {},
      select: (data) => data.events as { seq: number },
    });
    feeds.push(f);
    f.start();
    await assert.rejects(
      f.waitFor(() => true),
      /invalid_client/,
    );
    assert.equal(f.connections, 0);
  });
});

async function waitUntil(condition: () => boolean, seconds = 10): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
