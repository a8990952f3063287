import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { DEMO, tables, type Database } from "@regiehub/db";
import { dutchDate } from "@regiehub/domain";
import { createTestDatabase, gql, signIn, startTestHub, wsClient, type TestHub } from "../support/hub";
import { casePersons, planWithOverdueAction } from "../support/dossier";
import { collect, lastSeq, type Collector } from "../support/live";

// Notifications reach their recipients live (issue 14): when the hub's signal sweep raises notifications for
// a case, it records one SIGNAL_NOTIFIED change per case told, in the insert's transaction, whose event
// reaches `portfolioEvents` (change SIGNAL) — once per notification stored, also across sweeps and instances,
// and only to subscribers who may see the case. The header of the web app reloads its count on such events.
// A doorbraak, which notifies the carriers and the casusregisseur, reaches the overview the same way
// (change DOORBRAAK).

const P = DEMO.professionals;
const DAY = 86_400_000;
const later = (from: Date, days: number) => new Date(from.getTime() + days * DAY);
const PORTFOLIO = `subscription($afterSeq: Seq) { portfolioEvents(afterSeq: $afterSeq) {
  seq change case { id } item { id kind } } }`;

async function ok<T = any>(hub: TestHub, token: string, query: string, variables: Record<string, unknown>) {
  const res = await gql<T>(hub, query, variables, token);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}

/** A fresh case of Sanne (wijkteam Noord) directed by Marloes, with one child. */
async function openCase(hub: TestHub, sanne: string, title: string) {
  const opened = await ok<any>(
    hub,
    sanne,
    `mutation($input: OpenCaseInput!) { openCase(input: $input) { id version } }`,
    { input: { title, municipality: DEMO.municipality, procesregisseurId: P.procesregisseur } },
  );
  await ok(hub, sanne, `mutation($input: AddPersonInput!) { addPerson(input: $input) { id } }`, {
    input: {
      caseId: opened.openCase.id,
      givenName: "Noor",
      familyName: "Visser",
      householdRole: "CHILD",
    },
  });
  return opened.openCase.id as string;
}

/** The `change`s one subscriber received for a case, in order. */
const changesFor = (c: Collector, caseId: string): string[] =>
  c.results
    .filter((r) => r.data?.portfolioEvents?.case?.id === caseId)
    .map((r) => r.data.portfolioEvents.change as string);

describe("signal notifications, live", () => {
  let hub: TestHub;
  let db: Database;
  let sanne: string;
  let marloes: string;
  let femke: string; // casusregisseur of wijkteam Zuid: not on the case's team
  let inge: string; // privacy officer: sees no case
  const start = new Date();

  beforeAll(async () => {
    // No timer sweeps and a slow poll: an event can only arrive through the sweep's own wake-up.
    hub = await startTestHub({
      SIGNAL_SWEEP_SECONDS: "0",
      LIVE_POLL_MS: "60000",
      OVERDUE_CHECK_MS: "3600000",
    });
    db = hub.database.db;
    [sanne, marloes, femke, inge] = await Promise.all([
      signIn(hub, P.casusregisseur),
      signIn(hub, P.procesregisseur),
      signIn(hub, P.casusregisseurFemke),
      signIn(hub, P.privacyOfficer),
    ]);
  }, 60_000);

  afterAll(async () => {
    await hub?.stop();
  });

  it("tells both directors' subscriptions once per notification raised, and nobody who may not see the case", async () => {
    const caseId = await openCase(hub, sanne, "Gezin Live Melding");
    const after = await lastSeq(hub, sanne);
    const clients = [sanne, marloes, femke, inge].map((token) => wsClient(hub, token));
    const subscribe = (i: number) => collect(clients[i]!, PORTFOLIO, { afterSeq: after });
    const [toSanne, toMarloes, toFemke, toInge] = [subscribe(0), subscribe(1), subscribe(2), subscribe(3)];
    try {
      // Opened today: nothing to tell, no event.
      const none = await hub.sweepSignals(start);
      expect(none.raised.filter((r) => r.caseId === caseId)).toEqual([]);

      // Seven weeks on: stalled and its regiegesprek overdue — four notifications, one event for the case.
      const sevenWeeks = later(start, 49);
      const first = await hub.sweepSignals(sevenWeeks);
      expect(first.raised.filter((r) => r.caseId === caseId)).toHaveLength(4);
      expect(first.lastEventSeq).toBeGreaterThan(after);
      for (const c of [toSanne, toMarloes]) {
        await c.until((r) => r.some((e) => e.data?.portfolioEvents?.case?.id === caseId), 10_000);
      }
      const signal = toSanne.results.find((r) => r.data?.portfolioEvents?.case?.id === caseId)!;
      expect(signal.errors).toBeUndefined();
      expect(signal.data.portfolioEvents).toMatchObject({
        change: "SIGNAL",
        case: { id: caseId },
        item: null,
      });

      // The same sweep again: nothing new stored, so no event at all.
      const second = await hub.sweepSignals(sevenWeeks);
      expect(second.raised).toEqual([]);
      expect(second.lastEventSeq).toBeUndefined();

      // A later change of the case marks the end of the stream so far (events arrive in sequence order).
      const version = (
        await ok<any>(hub, sanne, `query($id: ID!) { case(id: $id) { version } }`, { id: caseId })
      ).case.version;
      await ok(hub, sanne, `mutation($input: UpdateCaseInput!) { updateCase(input: $input) { id } }`, {
        input: { id: caseId, version, title: "Gezin Live Melding (hernoemd)" },
      });
      for (const c of [toSanne, toMarloes]) {
        await c.until((r) => changesFor(c, caseId).includes("DETAILS") && r.length > 0, 10_000);
        expect(changesFor(c, caseId)).toEqual(["SIGNAL", "DETAILS"]);
        expect(c.results.every((r) => r.errors === undefined)).toBe(true);
      }
      // Femke's organisation is not on the team, the privacy officer sees no case: nothing of it, no error.
      expect(changesFor(toFemke, caseId)).toEqual([]);
      expect(toFemke.error).toBeUndefined();
      expect(toInge.results).toEqual([]);
      expect(toInge.error).toBeUndefined();
      expect(toInge.completed).toBe(false);

      // One outbox event for the case, without actor or item, and one SYSTEM entry in its processing log
      // naming what was told — no dossier content.
      const events = await db
        .select()
        .from(tables.dossierEvents)
        .where(
          and(
            eq(tables.dossierEvents.caseId, caseId),
            eq(tables.dossierEvents.changeKind, "SIGNAL_NOTIFIED"),
          ),
        );
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        actorProfessionalId: null,
        organisationId: null,
        itemId: null,
        fields: ["Notification"],
      });
      const logged = await db
        .select()
        .from(tables.processingLog)
        .where(and(eq(tables.processingLog.caseId, caseId), eq(tables.processingLog.actorType, "SYSTEM")));
      expect(logged).toHaveLength(1);
      expect(logged[0]).toMatchObject({
        operation: "UPDATE",
        legalBasis: "LEGAL_TASK",
        actorId: null,
        fields: ["Notification"],
        subjectPseudonyms: [],
        itemIds: [],
        detail: "signal notified: CASE_STALLED ×2, CHECK_IN_DUE ×2",
      });
    } finally {
      for (const c of [toSanne, toMarloes, toFemke, toInge]) c.stop();
      await Promise.all(clients.map((c) => c.dispose()));
    }
  });

  it("a new occurrence is a new event; a notification another recipient already had is not", async () => {
    const caseId = await openCase(hub, sanne, "Gezin Tweede Keer");
    const after = await lastSeq(hub, marloes);
    const client = wsClient(hub, marloes);
    const toMarloes = collect(client, PORTFOLIO, { afterSeq: after });
    try {
      await hub.sweepSignals(later(start, 31)); // the regiegesprek due on day 42 is told from day 28
      await toMarloes.until(() => changesFor(toMarloes, caseId).length === 1, 10_000);
      await hub.sweepSignals(later(start, 32)); // the same due date: nothing new
      await hub.sweepSignals(later(start, 49)); // now stalled too: new notifications, a new event
      await toMarloes.until(() => changesFor(toMarloes, caseId).length === 2, 10_000);
      expect(changesFor(toMarloes, caseId)).toEqual(["SIGNAL", "SIGNAL"]);
      const n = tables.notifications;
      const rows = await db.select().from(n).where(eq(n.caseId, caseId));
      expect(rows.map((r) => r.kind).sort()).toEqual(
        ["CASE_STALLED", "CASE_STALLED", "CHECK_IN_DUE", "CHECK_IN_DUE"].sort(),
      );
    } finally {
      toMarloes.stop();
      await client.dispose();
    }
  });

  it("a doorbraak reaches the casusregisseur's overview (DOORBRAAK), whom it notifies", async () => {
    const CASE = DEMO.cases.multiProblem;
    const kim = (await casePersons(hub, sanne, CASE)).find((p) => p.givenName === "Kim")!.id;
    const { goal } = await planWithOverdueAction(hub, sanne, {
      caseId: CASE,
      personId: kim,
      ownerOrganisationId: DEMO.organisations.wijkteamNoord,
      title: "Gesprek met de leerplichtambtenaar",
      daysAgo: 60,
    });
    const after = await lastSeq(hub, sanne);
    const client = wsClient(hub, sanne);
    const toSanne = collect(client, PORTFOLIO, { afterSeq: after });
    try {
      const recorded = await ok<any>(
        hub,
        marloes,
        `mutation($input: RecordDoorbraakInput!) { recordDoorbraak(input: $input) { id } }`,
        {
          input: {
            goalId: goal,
            title: "Leerplicht en school maken een terugkeerplan",
            ownerOrganisationId: DEMO.organisations.wijkteamNoord,
            dueOn: dutchDate(later(new Date(), 14)),
            authority: "Mandaat wethouder Jeugd",
            heard: ["Sanne Bakker (casusregisseur)"],
          },
        },
      );
      await toSanne.until(() => changesFor(toSanne, CASE).includes("DOORBRAAK"), 10_000);
      const event = toSanne.results.find((r) => r.data?.portfolioEvents?.change === "DOORBRAAK")!;
      expect(event.errors).toBeUndefined();
      expect(event.data.portfolioEvents.item).toEqual({ id: recorded.recordDoorbraak.id, kind: "ACTION" });
      const mine = await ok<any>(hub, sanne, `{ myNotifications(unreadOnly: true) { kind itemId } }`, {});
      expect(mine.myNotifications).toContainEqual({ kind: "DOORBRAAK", itemId: recorded.recordDoorbraak.id });
    } finally {
      toSanne.stop();
      await client.dispose();
    }
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)(
  "two hubs on one PostgreSQL sweeping at the same moment",
  () => {
    it("write one SIGNAL event per case told, delivered once", async () => {
      const database = (await createTestDatabase())!;
      const env = { SIGNAL_SWEEP_SECONDS: "0", LIVE_POLL_MS: "60000", OVERDUE_CHECK_MS: "3600000" };
      const a = await startTestHub(env, { databaseUrl: database.url });
      const b = await startTestHub(env, { databaseUrl: database.url });
      try {
        const sanne = await signIn(a, P.casusregisseur);
        const caseId = await openCase(a, sanne, "Gezin Twee Hubs Live");
        const after = await lastSeq(a, sanne);
        // Subscribed on hub b, while hub a may be the one that stores the notifications.
        const client = wsClient(b, await signIn(b, P.casusregisseur));
        const toSanne = collect(client, PORTFOLIO, { afterSeq: after });
        try {
          const at = later(new Date(), 49);
          await Promise.all([a.sweepSignals(at), b.sweepSignals(at)]);
          await Promise.all([a.sweepSignals(at), b.sweepSignals(at)]);
          await toSanne.until(() => changesFor(toSanne, caseId).length > 0, 10_000);
          const events = await a.database.db
            .select()
            .from(tables.dossierEvents)
            .where(
              and(
                eq(tables.dossierEvents.caseId, caseId),
                eq(tables.dossierEvents.changeKind, "SIGNAL_NOTIFIED"),
              ),
            );
          expect(events).toHaveLength(1);
          // Give a duplicate the time to arrive, then: one.
          await new Promise((r) => setTimeout(r, 500));
          expect(changesFor(toSanne, caseId)).toEqual(["SIGNAL"]);
        } finally {
          toSanne.stop();
          await client.dispose();
        }
      } finally {
        await b.stop();
        await a.stop();
        await database.drop();
      }
    }, 120_000);
  },
);
