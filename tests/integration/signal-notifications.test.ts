import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, inArray } from "drizzle-orm";
import { DEMO, tables, type Database } from "@regiehub/db";
import { dutchDate, SIGNAL_NOTIFICATION_KINDS, type SignalNotificationKind } from "@regiehub/domain";
import { createTestDatabase, gql, signIn, startTestHub, type TestHub } from "../support/hub";
import { grant } from "../support/dossier";

// Notifications for portfolio signals (issue 14): the hub's signal sweep tells the directors of a case that it
// became stalled, that a regiegesprek or a monitoring follow-up is due, that a plan waits for approval or that
// a grant ends within 14 days — each once per occurrence, also when sweeps repeat or two instances sweep at
// the same moment, only to recipients who may read the case, and visible in `myNotifications`.

const P = DEMO.professionals;
const DAY = 86_400_000;
const SIGNAL_KINDS = [...SIGNAL_NOTIFICATION_KINDS];

/** `days` days after `from`. */
const later = (from: Date, days: number) => new Date(from.getTime() + days * DAY);

async function ok<T = any>(hub: TestHub, token: string, query: string, variables: Record<string, unknown>) {
  const res = await gql<T>(hub, query, variables, token);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}

/** A fresh case of the casusregisseur Sanne (wijkteam Noord) directed by Marloes, with one child and the school on the team. */
async function openCase(hub: TestHub, sanne: string, title: string) {
  const opened = await ok<any>(
    hub,
    sanne,
    `mutation($input: OpenCaseInput!) { openCase(input: $input) { id reference } }`,
    { input: { title, municipality: DEMO.municipality, procesregisseurId: P.procesregisseur } },
  );
  const caseId = opened.openCase.id as string;
  const person = await ok<any>(
    hub,
    sanne,
    `mutation($input: AddPersonInput!) { addPerson(input: $input) { id } }`,
    { input: { caseId, givenName: "Noor", familyName: "Visser", householdRole: "CHILD" } },
  );
  await ok(hub, sanne, `mutation($input: AddTeamMemberInput!) { addTeamMember(input: $input) { id } }`, {
    input: {
      caseId,
      organisationId: DEMO.organisations.school,
      professionalId: P.schoolProfessional,
      domains: ["EDUCATION"],
    },
  });
  return { caseId, reference: opened.openCase.reference as string, personId: person.addPerson.id as string };
}

/** The signal notifications of a case: recipient, kind and occurrence, sorted. */
async function notificationsOf(db: Database, caseId: string, kinds: SignalNotificationKind[] = SIGNAL_KINDS) {
  const n = tables.notifications;
  const rows = await db
    .select({
      recipient: n.recipientProfessionalId,
      kind: n.kind,
      occurrence: n.occurrence,
      itemId: n.itemId,
    })
    .from(n)
    .where(and(eq(n.caseId, caseId), inArray(n.kind, kinds)));
  return rows.sort((a, b) =>
    `${a.kind} ${a.occurrence} ${a.recipient}`.localeCompare(`${b.kind} ${b.occurrence} ${b.recipient}`),
  );
}

describe("notifications for portfolio signals", () => {
  let hub: TestHub;
  let db: Database;
  let sanne: string;
  let marloes: string;
  let school: string;
  const start = new Date();
  const openedOn = dutchDate(start);

  beforeAll(async () => {
    hub = await startTestHub({
      SIGNAL_SWEEP_SECONDS: "0",
      LIVE_POLL_MS: "60000",
      OVERDUE_CHECK_MS: "3600000",
    });
    db = hub.database.db;
    sanne = await signIn(hub, P.casusregisseur);
    marloes = await signIn(hub, P.procesregisseur);
    school = await signIn(hub, P.schoolProfessional);
  }, 60_000);

  afterAll(async () => {
    await hub?.stop();
  });

  it("tells both directors once that a case became stalled, and again only when it stalls anew", async () => {
    const { caseId } = await openCase(hub, sanne, "Gezin Stilstand");
    // Opened today in the signal phase: nothing yet.
    await hub.sweepSignals(start);
    expect(await notificationsOf(db, caseId)).toEqual([]);

    // Seven weeks on, nothing moved: stalled since the day it was opened (and its regiegesprek is overdue).
    const sevenWeeks = later(start, 49);
    const first = await hub.sweepSignals(sevenWeeks);
    const stalled = [
      {
        recipient: P.casusregisseur,
        kind: "CASE_STALLED",
        occurrence: `NO_PROGRESS:${openedOn}`,
        itemId: null,
      },
      {
        recipient: P.procesregisseur,
        kind: "CASE_STALLED",
        occurrence: `NO_PROGRESS:${openedOn}`,
        itemId: null,
      },
    ].sort((a, b) => a.recipient.localeCompare(b.recipient));
    expect(await notificationsOf(db, caseId, ["CASE_STALLED"])).toEqual(stalled);
    expect(first.raised.filter((r) => r.caseId === caseId && r.kind === "CASE_STALLED")).toHaveLength(2);

    // A second sweep, the same day and a week later: the same stall, nothing new.
    const second = await hub.sweepSignals(sevenWeeks);
    expect(second.raised.filter((r) => r.caseId === caseId)).toEqual([]);
    await hub.sweepSignals(later(start, 56));
    expect(await notificationsOf(db, caseId, ["CASE_STALLED"])).toEqual(stalled);

    // Progress ends the stall (here the case went back to the signal phase on day 50); standing still again
    // later is a new stall.
    const moved = dutchDate(later(start, 50));
    await db.insert(tables.casePhaseTransitions).values({
      caseId,
      fromPhase: "INVENTORY",
      toPhase: "SIGNAL",
      at: new Date(`${moved}T12:00:00Z`),
      byProfessionalId: P.casusregisseur,
      reason: "Terug naar de melding",
    });
    await hub.sweepSignals(later(start, 60));
    expect(await notificationsOf(db, caseId, ["CASE_STALLED"])).toHaveLength(2);
    await hub.sweepSignals(later(start, 50 + 43));
    const again = await notificationsOf(db, caseId, ["CASE_STALLED"]);
    expect(
      again
        .filter((n) => n.occurrence === `NO_PROGRESS:${moved}`)
        .map((n) => n.recipient)
        .sort(),
    ).toEqual([P.casusregisseur, P.procesregisseur].sort());
  });

  it("tells both directors of a regiegesprek that is due, once per due date", async () => {
    const { caseId } = await openCase(hub, sanne, "Gezin Regiegesprek");
    // Every 6 weeks from opening: due 42 days on, shown as due from 14 days before.
    const dueOn = dutchDate(later(start, 42));
    await hub.sweepSignals(later(start, 27));
    expect(await notificationsOf(db, caseId, ["CHECK_IN_DUE"])).toEqual([]);
    await hub.sweepSignals(later(start, 30));
    await hub.sweepSignals(later(start, 31));
    const due = await notificationsOf(db, caseId, ["CHECK_IN_DUE"]);
    expect(due.map((n) => [n.recipient, n.occurrence]).sort()).toEqual(
      [
        [P.casusregisseur, dueOn],
        [P.procesregisseur, dueOn],
      ].sort(),
    );

    // A new due date (the interval changed to 5 weeks) is a new occurrence.
    await db.update(tables.cases).set({ checkInIntervalWeeks: 5 }).where(eq(tables.cases.id, caseId));
    await hub.sweepSignals(later(start, 31));
    await hub.sweepSignals(later(start, 32));
    const newDue = dutchDate(later(start, 35));
    const both = await notificationsOf(db, caseId, ["CHECK_IN_DUE"]);
    expect(both).toHaveLength(4);
    expect(both.filter((n) => n.occurrence === newDue)).toHaveLength(2);
  });

  it("tells both directors of a case in monitoring when its follow-up date comes, once per date", async () => {
    const { caseId } = await openCase(hub, sanne, "Gezin Monitoring");
    const followUpOn = dutchDate(later(start, 10));
    await db
      .update(tables.cases)
      .set({ phase: "MONITORING", monitoringFollowUpOn: followUpOn })
      .where(eq(tables.cases.id, caseId));
    await hub.sweepSignals(later(start, 9));
    expect(await notificationsOf(db, caseId, ["MONITORING_FOLLOW_UP_DUE"])).toEqual([]);
    await hub.sweepSignals(later(start, 10));
    await hub.sweepSignals(later(start, 11));
    const due = await notificationsOf(db, caseId);
    // The day after, the follow-up has passed (stalled in the portfolio), but that is not told twice.
    expect(due.map((n) => [n.recipient, n.kind, n.occurrence]).sort()).toEqual(
      [
        [P.casusregisseur, "MONITORING_FOLLOW_UP_DUE", followUpOn],
        [P.procesregisseur, "MONITORING_FOLLOW_UP_DUE", followUpOn],
      ].sort(),
    );
    const next = dutchDate(later(start, 20));
    await db.update(tables.cases).set({ monitoringFollowUpOn: next }).where(eq(tables.cases.id, caseId));
    await hub.sweepSignals(later(start, 20));
    expect(await notificationsOf(db, caseId, ["MONITORING_FOLLOW_UP_DUE"])).toHaveLength(4);
  });

  it("tells the casusregisseur, not the procesregisseur, of an agreed plan waiting for approval", async () => {
    const { caseId, reference, personId } = await openCase(hub, sanne, "Gezin Vaststelling");
    const plan = await ok<any>(
      hub,
      sanne,
      `mutation($input: DraftPlanInput!) { draftPlan(input: $input) { id version } }`,
      { input: { caseId, perspective: "Rust in huis" } },
    );
    await ok(hub, sanne, `mutation($input: AddGoalInput!) { addGoal(input: $input) { id } }`, {
      input: {
        planId: plan.draftPlan.id,
        domain: "EDUCATION",
        dataClass: "GENERAL",
        subjectPersonIds: [personId],
        familyWording: "Elke dag naar school",
        professionalWording: "Schoolgang herstellen",
      },
    });
    const draft = await ok<any>(
      hub,
      sanne,
      `query($id: ID!) { case(id: $id) { draftPlan { id version } } }`,
      {
        id: caseId,
      },
    );
    const version = draft.case.draftPlan.version as number;
    await hub.sweepSignals(new Date());
    expect(await notificationsOf(db, caseId, ["PLAN_AWAITS_APPROVAL"])).toEqual([]); // a draft waits for nobody
    const agreed = await ok<any>(
      hub,
      sanne,
      `mutation($input: AgreePlanInput!) { agreePlan(input: $input) { id version status } }`,
      {
        input: {
          planId: plan.draftPlan.id,
          version,
          agreedByPersonIds: [personId],
          agreedOn: dutchDate(new Date()),
        },
      },
    );
    expect(agreed.agreePlan.status).toBe("AGREED");
    await hub.sweepSignals(new Date());
    await hub.sweepSignals(new Date());
    expect(await notificationsOf(db, caseId, ["PLAN_AWAITS_APPROVAL"])).toEqual([
      {
        recipient: P.casusregisseur,
        kind: "PLAN_AWAITS_APPROVAL",
        occurrence: `${plan.draftPlan.id}:${agreed.agreePlan.version}`,
        itemId: plan.draftPlan.id,
      },
    ]);
    // In the casusregisseur's notifications, in Dutch, naming only the case reference.
    const mine = await ok<any>(hub, sanne, `{ myNotifications { kind message case { id } } }`, {});
    expect(mine.myNotifications).toContainEqual({
      kind: "PLAN_AWAITS_APPROVAL",
      message: `Het gezinsplan van casus ${reference} wacht op vaststelling`,
      case: { id: caseId },
    });
  });

  it("tells the casusregisseur of a grant ending within 14 days, not of one ending later or withdrawn", async () => {
    const { caseId, personId } = await openCase(hub, sanne, "Gezin Toestemming");
    const input = (days: number) => ({
      caseId,
      granteeOrganisationId: DEMO.organisations.school,
      subjectPersonIds: [personId],
      domains: ["EDUCATION"],
      dataClasses: ["GENERAL"],
      validUntil: later(new Date(), days).toISOString(),
    });
    const soon = await grant(hub, sanne, input(5));
    await grant(hub, sanne, input(20));
    const withdrawn = await grant(hub, sanne, input(3));
    await ok(hub, sanne, `mutation($input: WithdrawAccessInput!) { withdrawAccess(input: $input) { id } }`, {
      input: { id: withdrawn.id, reason: "Ouder trekt toestemming in" },
    });
    const now = new Date();
    await hub.sweepSignals(now);
    await hub.sweepSignals(later(now, 1));
    const rows = await notificationsOf(db, caseId, ["GRANT_EXPIRING"]);
    expect(rows).toEqual([
      {
        recipient: P.casusregisseur,
        kind: "GRANT_EXPIRING",
        occurrence: `${soon.id}:${dutchDate(later(now, 5))}`,
        itemId: null,
      },
    ]);
  });

  it("tells nobody on the team who does not direct the case, and no director who may not read it", async () => {
    // The school professional is on the team of every case above: none of their notifications.
    const n = tables.notifications;
    const theirs = await db
      .select()
      .from(n)
      .where(and(eq(n.recipientProfessionalId, P.schoolProfessional), inArray(n.kind, SIGNAL_KINDS)));
    expect(theirs).toEqual([]);
    const res = await gql(hub, `{ myNotifications { kind } }`, {}, school);
    expect(res.errors).toBeUndefined();

    // A casusregisseur whose organisation is not on the team may not read the case: not told (the
    // procesregisseur is).
    const { caseId } = await openCase(hub, sanne, "Gezin Buiten Bereik");
    await db.update(tables.cases).set({ casusregisseurId: P.huisarts }).where(eq(tables.cases.id, caseId));
    await hub.sweepSignals(later(start, 49));
    const rows = await notificationsOf(db, caseId, ["CASE_STALLED"]);
    expect(rows.map((r) => r.recipient)).toEqual([P.procesregisseur]);
    const marloesSees = await ok<any>(hub, marloes, `{ myNotifications { kind case { id } } }`, {});
    expect(marloesSees.myNotifications).toContainEqual({ kind: "CASE_STALLED", case: { id: caseId } });
  });
});

describe("the sweep on a timer", () => {
  it("runs at start and then every SIGNAL_SWEEP_SECONDS", async () => {
    const hub = await startTestHub({ SIGNAL_SWEEP_SECONDS: "1", LIVE_POLL_MS: "60000" });
    try {
      const sanne = await signIn(hub, P.casusregisseur);
      const { caseId, personId } = await openCase(hub, sanne, "Gezin Klok");
      await grant(hub, sanne, {
        caseId,
        granteeOrganisationId: DEMO.organisations.school,
        subjectPersonIds: [personId],
        domains: ["EDUCATION"],
        dataClasses: ["GENERAL"],
        validUntil: later(new Date(), 2).toISOString(),
      });
      const deadline = Date.now() + 10_000;
      let rows = await notificationsOf(hub.database.db, caseId, ["GRANT_EXPIRING"]);
      while (rows.length === 0 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 200));
        rows = await notificationsOf(hub.database.db, caseId, ["GRANT_EXPIRING"]);
      }
      expect(rows.map((r) => r.recipient)).toEqual([P.casusregisseur]);
    } finally {
      await hub.stop();
    }
  }, 60_000);
});

describe.skipIf(!process.env.TEST_DATABASE_URL)(
  "two hubs on one PostgreSQL sweeping at the same moment",
  () => {
    it("raise each notification once", async () => {
      const database = (await createTestDatabase())!;
      const env = { SIGNAL_SWEEP_SECONDS: "0", LIVE_POLL_MS: "60000", OVERDUE_CHECK_MS: "3600000" };
      const a = await startTestHub(env, { databaseUrl: database.url });
      const b = await startTestHub(env, { databaseUrl: database.url });
      try {
        const sanne = await signIn(a, P.casusregisseur);
        const { caseId } = await openCase(a, sanne, "Gezin Twee Hubs");
        const at = later(new Date(), 49); // stalled and its regiegesprek overdue, as every demo case may be
        for (let round = 0; round < 2; round++) {
          const [fromA, fromB] = await Promise.all([a.sweepSignals(at), b.sweepSignals(at)]);
          const raised = [...fromA.raised, ...fromB.raised];
          const keys = raised.map(
            (r) => `${r.recipientProfessionalId} ${r.caseId} ${r.kind} ${r.occurrence}`,
          );
          expect(new Set(keys).size).toBe(keys.length);
          if (round === 1) expect(raised).toEqual([]);
        }
        const rows = await notificationsOf(a.database.db, caseId);
        expect(rows.map((r) => [r.recipient, r.kind]).sort()).toEqual(
          [
            [P.casusregisseur, "CASE_STALLED"],
            [P.procesregisseur, "CASE_STALLED"],
            [P.casusregisseur, "CHECK_IN_DUE"],
            [P.procesregisseur, "CHECK_IN_DUE"],
          ].sort(),
        );
      } finally {
        await b.stop();
        await a.stop();
        await database.drop();
      }
    }, 120_000);
  },
);
