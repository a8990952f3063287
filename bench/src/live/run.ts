import { performance } from "node:perf_hooks";
import type { Hub } from "@regiehub/server";
import { Child } from "../child-rpc";
import { summarizeLatencies, type LatencySummary } from "../stats";
import type { OpenResult, Status } from "./child";

// One live scenario: open the subscribers (in their own process), wait until the hub holds them, commit a
// series of changes and measure commit → receipt for every delivery, the hub's executions and deliveries per
// event, the sockets it closed (by close code) and its RSS. A failure at scale is a figure, not a crash.

export const CASE_EVENTS_SUBSCRIPTION = `subscription($caseId: ID!) {
  caseEvents(caseId: $caseId) { seq kind itemId item { id ... on Observation { observationKind statement } } }
}`;

export interface LiveScenario {
  name: string;
  /** Every subscriber: the token it signs in with and the case it subscribes to. */
  sockets: { token: string; caseId: string }[];
  /** Waves of changes; each wave commits one change in each of its cases, then waits `gapMs`. */
  waves: string[][];
  gapMs: number;
  openDeadlineMs: number;
  /** How long to wait after the last commit for deliveries still under way. */
  settleMs: number;
  /** Distinct consent scopes among the subscribers of one case (what executions per event should be). */
  expectedScopesPerCase: number;
}

export interface LiveResult {
  name: string;
  subscribers: number;
  cases: number;
  open: OpenResult;
  /** Seconds until the hub's dispatcher held every opened subscriber (null: it never did). */
  registeredAfterMs: number | null;
  events: number;
  expectedDeliveries: number;
  received: number;
  missing: number;
  receipt: LatencySummary;
  executions: number;
  executionsPerEvent: number;
  expectedScopesPerCase: number;
  deliveries: number;
  closeCodes: Record<string, number>;
  subscriptionErrors: number;
  /** RSS of the hub's process before the sockets opened, and its maximum during the scenario. */
  hubRssBeforeBytes: number;
  hubRssMaxBytes: number;
  clientRssBytes: number;
  elapsedMs: number;
  /** What went wrong, when something did (the run still reports its figures). */
  failure: string | null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const clock = () => performance.timeOrigin + performance.now();

/** The number of subscriptions the dispatcher holds (a private field: read for the bench only). */
function heldSubscribers(hub: Hub): number | undefined {
  const set = (hub.live as unknown as { subscribers?: Set<unknown> }).subscribers;
  return set instanceof Set ? set.size : undefined;
}

export async function runLiveScenario(
  hub: Hub,
  hubUrl: string,
  scenario: LiveScenario,
  commit: (caseId: string) => Promise<number>,
): Promise<LiveResult> {
  const started = clock();
  const child = new Child(new URL("./child.ts", import.meta.url), 4096);
  const rssBefore = process.memoryUsage().rss;
  let maxRss = rssBefore;
  const rssTimer = setInterval(() => {
    maxRss = Math.max(maxRss, process.memoryUsage().rss);
  }, 250);
  let failure: string | null = null;
  try {
    const open = await child.call<OpenResult>("open", {
      url: `${hubUrl.replace(/^http/, "ws")}/graphql`,
      query: CASE_EVENTS_SUBSCRIPTION,
      sockets: scenario.sockets,
      concurrency: 100,
      deadlineMs: scenario.openDeadlineMs,
    });
    if (open.timedOut) failure = `opened ${open.opened} of ${open.requested} sockets by the deadline`;

    // The subscribe message is handled asynchronously: wait until the dispatcher holds them all.
    let registeredAfterMs: number | null = null;
    const waitFrom = clock();
    for (;;) {
      const held = heldSubscribers(hub);
      if (held === undefined) {
        await sleep(2_000);
        break;
      }
      if (held >= open.opened) {
        registeredAfterMs = clock() - waitFrom;
        break;
      }
      if (clock() - waitFrom > 30_000) {
        failure ??= `the hub held ${held} of ${open.opened} subscriptions after 30 s`;
        break;
      }
      await sleep(50);
    }

    const executions0 = hub.live.executions;
    const deliveries0 = hub.live.deliveries;
    const committedAt = new Map<number, number>();
    let expectedDeliveries = 0;
    for (const wave of scenario.waves) {
      for (const caseId of wave) {
        const seq = await commit(caseId);
        committedAt.set(seq, clock());
        // As the hub does after every request that committed events: wake live delivery.
        hub.live.published(seq);
        expectedDeliveries += open.openedByCase[caseId] ?? 0;
      }
      await sleep(scenario.gapMs);
    }
    // Wait for what is still under way (or until the settle time is up).
    const seqs = [...committedAt.keys()];
    const settleUntil = clock() + scenario.settleMs;
    while (clock() < settleUntil) {
      const received = await child.call<number>("countArrivals", { seqs });
      if (received >= expectedDeliveries) break;
      const status = await child.call<Status>("status");
      if (status.open === 0) break;
      await sleep(100);
    }
    const arrivals = await child.call<Record<string, number[]>>("takeArrivals");
    const latencies: number[] = [];
    for (const [seq, times] of Object.entries(arrivals)) {
      const at = committedAt.get(Number(seq));
      if (at !== undefined) for (const t of times) latencies.push(t - at);
    }
    const status = await child.call<Status>("status");
    const events = committedAt.size;
    const executions = hub.live.executions - executions0;
    const dropped = Object.entries(status.closeCodes).reduce((n, [, count]) => n + count, 0);
    if (dropped > 0) failure ??= `the hub closed ${dropped} sockets (${JSON.stringify(status.closeCodes)})`;
    const missing = Math.max(0, expectedDeliveries - latencies.length);
    if (missing > 0) failure ??= `${missing} of ${expectedDeliveries} deliveries did not arrive`;
    const result: LiveResult = {
      name: scenario.name,
      subscribers: scenario.sockets.length,
      cases: new Set(scenario.sockets.map((s) => s.caseId)).size,
      open,
      registeredAfterMs,
      events,
      expectedDeliveries,
      received: latencies.length,
      missing,
      receipt: summarizeLatencies(latencies),
      executions,
      executionsPerEvent: events ? executions / events : Number.NaN,
      expectedScopesPerCase: scenario.expectedScopesPerCase,
      deliveries: hub.live.deliveries - deliveries0,
      closeCodes: status.closeCodes,
      subscriptionErrors: status.subscriptionErrors,
      hubRssBeforeBytes: rssBefore,
      hubRssMaxBytes: maxRss,
      clientRssBytes: status.rssBytes,
      elapsedMs: clock() - started,
      failure,
    };
    await child.call("closeAll");
    // Let the hub notice the closes before the next scenario measures its own.
    for (let i = 0; i < 100 && (heldSubscribers(hub) ?? 0) > 0; i++) await sleep(50);
    return result;
  } finally {
    clearInterval(rssTimer);
    await child.close();
  }
}
