import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, appendEvents, type EventInput } from "@regiehub/db";
import { signIn, startTestHub, wsClient, type TestHub } from "../support/hub";
import { collect, lastSeq, sleep } from "../support/live";

// One page of live delivery can hold thousands of deliveries (events × subscribers), each logged as a read of
// its recipient in one transaction before anything is handed to a socket. An entry takes 24 parameters and a
// statement at most 65,534: a page of more than ~2,730 deliveries used to fail as one INSERT, and the hub,
// failing closed, cut off every subscriber of the page (close 4500). The entries are now written in chunks.

const P = DEMO.professionals;
const O = DEMO.organisations;
const CASE = DEMO.cases.separatedParents;
const SUBSCRIBERS = 16;
const EVENTS = 200; // one page of the live stream (at most 200 events)

let hub: TestHub;
let director: string;

beforeAll(async () => {
  // Long poll: the page is dispatched by the one wake-up below, as one page.
  hub = await startTestHub({ LIVE_POLL_MS: "60000", OVERDUE_CHECK_MS: "3600000" });
  director = await signIn(hub, P.casusregisseurYoussef);
});
afterAll(async () => {
  await hub?.stop();
});

describe("a page of more than 3,000 deliveries", () => {
  it("is logged and delivered to every subscriber, in order, without cutting anyone off", async () => {
    const client = wsClient(hub, director);
    const query = `subscription($caseId: ID!) { caseEvents(caseId: $caseId) { seq } }`;
    const subscribers = Array.from({ length: SUBSCRIBERS }, () => collect(client, query, { caseId: CASE }));
    await sleep(500); // all live
    const before = await lastSeq(hub, director);
    const deliveriesBefore = hub.live.deliveries;

    const change: EventInput = {
      caseId: CASE,
      changeKind: "CASE_UPDATED",
      itemIds: [],
      fields: ["Case.title"],
      actorProfessionalId: P.casusregisseurYoussef,
      organisationId: O.wijkteamNoord,
    };
    const seqs = await hub.database.db.transaction((tx) =>
      appendEvents(
        tx,
        Array.from({ length: EVENTS }, () => change),
      ),
    );
    expect(seqs).toHaveLength(EVENTS);
    hub.live.published(seqs.at(-1));

    for (const s of subscribers) {
      const results = await s.until((r) => r.length >= EVENTS, 60_000);
      expect(s.error).toBeUndefined();
      expect(results.map((r) => r.data?.caseEvents?.seq)).toEqual(seqs);
    }
    expect(hub.live.deliveries - deliveriesBefore).toBe(SUBSCRIBERS * EVENTS);
    expect(SUBSCRIBERS * EVENTS).toBeGreaterThan(3_000);
    expect(seqs[0]).toBe(before + 1);
    subscribers.forEach((s) => s.stop());
    await client.dispose();
  });
});
