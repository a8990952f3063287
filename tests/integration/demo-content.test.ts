import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, inArray, sql } from "drizzle-orm";
import { DEMO, buildDemoRegion, tables, verifyProcessingLog } from "@regiehub/db";
import { seedDemoContent } from "@regiehub/server";
import { gql, signIn, startTestHub, type TestHub } from "../support/hub";

// The demo region with its dossier content (apps/server/src/demo/seed-content.ts), seeded at start as
// `pnpm start` does it — through the hub's operations. The other integration tests run without the content
// (SEED_DEMO_CONTENT is off in NODE_ENV=test), so their counts of demo rows do not depend on it.

const PORTFOLIO = `query($first: Int, $after: String) {
  portfolio(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node {
      caseId phase escalationLevel stalled stalledBy overdueActions acuteSafety openDoorbraak
      evaluation { overdue } checkIn { dueOn overdue } budget { amountCents committedCents spentCents overBudget }
    } }
  }
}`;

const LATER_THAN_PLAN = ["EXECUTION", "EVALUATION", "MONITORING"] as const;

let hub: TestHub;
let seconds: number;

beforeAll(async () => {
  const started = Date.now();
  hub = await startTestHub({ SEED_DEMO_CONTENT: "true", LIVE_POLL_MS: "60000", OVERDUE_CHECK_MS: "3600000" });
  seconds = (Date.now() - started) / 1000;
}, 300_000);

afterAll(async () => {
  await hub?.stop();
});

describe("the demo region's dossier content", () => {
  it("leaves every case in the phase the region gave it", async () => {
    const expected = new Map(buildDemoRegion().cases.map((c) => [c.id, c.phase]));
    const rows = await hub.database.db
      .select({ id: tables.cases.id, phase: tables.cases.phase })
      .from(tables.cases);
    expect(rows).toHaveLength(DEMO.counts.cases);
    for (const row of rows) expect(row.phase, row.id).toBe(expected.get(row.id));
    console.info(`hub start with demo content: ${seconds.toFixed(1)} s`);
  });

  it("gives every case past the signal dossier items of several partners", async () => {
    const db = hub.database.db;
    const rows = await db
      .select({
        caseId: tables.dossierItems.caseId,
        phase: tables.cases.phase,
        items: sql<number>`count(*)::int`,
        organisations: sql<number>`count(distinct ${tables.dossierItems.authorOrganisationId})::int`,
      })
      .from(tables.dossierItems)
      .innerJoin(tables.cases, eq(tables.cases.id, tables.dossierItems.caseId))
      .groupBy(tables.dossierItems.caseId, tables.cases.phase);
    const byCase = new Map(rows.map((r) => [r.caseId, r]));
    const cases = await db.select().from(tables.cases);
    for (const c of cases) {
      const seen = byCase.get(c.id);
      expect(seen?.items ?? 0, c.title).toBeGreaterThan(0);
      if (c.phase !== "SIGNAL" && c.phase !== "CLOSED") {
        expect(seen?.items ?? 0, c.title).toBeGreaterThanOrEqual(8);
        expect(seen?.organisations ?? 0, c.title).toBeGreaterThanOrEqual(2);
      }
    }
    const kinds = await db.selectDistinct({ kind: tables.dossierItems.kind }).from(tables.dossierItems);
    expect(kinds.map((k) => k.kind).sort()).toEqual(
      [
        "ACTION",
        "ASSESSMENT",
        "CONTRIBUTION",
        "EVALUATION",
        "GOAL",
        "NETWORK_MEMBER",
        "OBSERVATION",
        "PLAN",
        "PROBLEM",
        "REFERRAL",
        "RESULT",
        "SAFETY_ASSESSMENT",
      ].sort(),
    );
    expect(await db.$count(tables.consentGrants)).toBeGreaterThan(40);
  });

  it("holds meetings (one decided with an action, one under way with a proposal too early) and thinks in scenarios", async () => {
    const db = hub.database.db;
    const meetings = await db.select().from(tables.meetings);
    expect(meetings.filter((m) => m.decidedAt !== null).length).toBeGreaterThanOrEqual(2);
    expect(
      meetings.filter((m) => m.decidedAt === null && m.phase === "IMAGE_FORMING").length,
    ).toBeGreaterThanOrEqual(2);
    expect(await db.$count(tables.meetingDecisionActions)).toBeGreaterThanOrEqual(2);
    const premature = await db
      .select()
      .from(tables.meetingContributions)
      .where(eq(tables.meetingContributions.premature, true));
    expect(premature.length).toBeGreaterThanOrEqual(1);
    expect(await db.$count(tables.caseScenarioFactors)).toBeGreaterThanOrEqual(2);
    const observed = await db.select().from(tables.scenarioSignals);
    expect(observed.filter((s) => s.observedAt !== null).length).toBeGreaterThanOrEqual(2);
    const agenda = await db.select().from(tables.agendaEntries);
    expect(agenda.filter((e) => e.decidedAt !== null)).toHaveLength(1);
    expect(agenda.filter((e) => e.decidedAt === null)).toHaveLength(2);
  });

  it("gives every case in execution or later an approved plan with goals and actions", async () => {
    const db = hub.database.db;
    const later = await db
      .select({ id: tables.cases.id, title: tables.cases.title })
      .from(tables.cases)
      .where(inArray(tables.cases.phase, [...LATER_THAN_PLAN]));
    // Closed cases that went through execution count too.
    const closedAfterExecution = await db
      .selectDistinct({ id: tables.cases.id, title: tables.cases.title })
      .from(tables.cases)
      .innerJoin(tables.casePhaseTransitions, eq(tables.casePhaseTransitions.caseId, tables.cases.id))
      .where(and(eq(tables.cases.phase, "CLOSED"), eq(tables.casePhaseTransitions.toPhase, "EXECUTION")));
    expect(later.length).toBeGreaterThanOrEqual(15);
    expect(closedAfterExecution.length).toBeGreaterThanOrEqual(1);
    for (const c of [...later, ...closedAfterExecution]) {
      const [plan] = await db
        .select({ itemId: tables.plans.itemId, approvedOn: tables.plans.approvedOn })
        .from(tables.plans)
        .where(and(eq(tables.plans.caseId, c.id), eq(tables.plans.status, "APPROVED")));
      expect(plan?.approvedOn, c.title).toBeTruthy();
      const goals = await db
        .select({ id: tables.dossierItems.id })
        .from(tables.dossierItems)
        .where(and(eq(tables.dossierItems.parentItemId, plan!.itemId), eq(tables.dossierItems.kind, "GOAL")));
      expect(goals.length, c.title).toBeGreaterThanOrEqual(2);
      const actions = await db
        .select({ id: tables.dossierItems.id })
        .from(tables.dossierItems)
        .where(
          and(
            inArray(
              tables.dossierItems.parentItemId,
              goals.map((g) => g.id),
            ),
            eq(tables.dossierItems.kind, "ACTION"),
          ),
        );
      expect(actions.length, c.title).toBeGreaterThanOrEqual(goals.length);
    }
    // Some done, some late, some blocked.
    const statuses = await db.selectDistinct({ status: tables.actions.status }).from(tables.actions);
    expect(statuses.map((s) => s.status)).toEqual(
      expect.arrayContaining(["DONE", "OPEN", "BLOCKED", "IN_PROGRESS"]),
    );
  });

  it("made it all through the operations: the processing log is complete and its chains verify", async () => {
    const db = hub.database.db;
    await hub.logSealer.sealNow();
    const items = await db.$count(tables.dossierItems);
    const created = await db.$count(
      tables.processingLog,
      and(eq(tables.processingLog.operation, "CREATE"), sql`${tables.processingLog.caseId} is not null`),
    );
    expect(created).toBeGreaterThanOrEqual(items);
    const events = await db.$count(tables.dossierEvents, sql`${tables.dossierEvents.itemId} is not null`);
    expect(events).toBeGreaterThanOrEqual(items);
    expect(await verifyProcessingLog(db)).toMatchObject({ ok: true, unsealed: 0 });
  });

  it("gives the privacy officer a break-glass access to review", async () => {
    const token = await signIn(hub, DEMO.professionals.privacyOfficer);
    const res: any = await gql(hub, `{ breakGlassReviews { caseId reviewedAt justification } }`, {}, token);
    expect(res.errors).toBeUndefined();
    expect(res.data.breakGlassReviews).toEqual([
      expect.objectContaining({ caseId: DEMO.cases.multiProblem, reviewedAt: null }),
    ]);
  });

  it("gives Marloes de Wit a portfolio of about forty cases in every state", async () => {
    const token = await signIn(hub, DEMO.professionals.procesregisseur);
    const res: any = await gql(hub, PORTFOLIO, { first: 100 }, token);
    expect(res.errors).toBeUndefined();
    const nodes: any[] = res.data.portfolio.edges.map((e: any) => e.node);
    expect(nodes.length).toBe(res.data.portfolio.totalCount);
    expect(nodes.length).toBeGreaterThanOrEqual(35);
    expect(nodes.length).toBeLessThanOrEqual(45);
    expect(nodes.map((n) => n.caseId).sort()).toEqual([...DEMO.portfolioCases].sort());
    const some = (what: string, test: (n: any) => boolean) => expect(nodes.some(test), what).toBe(true);
    some("stalled", (n) => n.stalled);
    some("not stalled", (n) => !n.stalled && n.phase === "EXECUTION");
    some("overdue actions", (n) => n.overdueActions > 0);
    some("an overdue evaluation", (n) => n.evaluation.overdue);
    for (const level of [1, 2, 3]) some(`escalation level ${level}`, (n) => n.escalationLevel === level);
    some("acute safety", (n) => n.acuteSafety);
    some("an open doorbraak", (n) => n.openDoorbraak > 0);
    some("in monitoring", (n) => n.phase === "MONITORING");
    some("closed", (n) => n.phase === "CLOSED");
    some("care committed", (n) => n.budget.committedCents > 0);
    some("care paid", (n) => n.budget.spentCents > 0);
    // The follow-up by the directors: budgets, regiegesprekken, monitoring.
    some("over budget", (n) => n.budget.overBudget);
    some("within budget", (n) => n.budget.amountCents !== null && !n.budget.overBudget);
    some("a regiegesprek overdue", (n) => n.checkIn.overdue);
    some("a regiegesprek planned", (n) => n.checkIn.dueOn !== null && !n.checkIn.overdue);
    some(
      "a monitoring follow-up passed",
      (n) => n.phase === "MONITORING" && n.stalledBy.includes("MONITORING_FOLLOW_UP_PASSED"),
    );
    some("in monitoring, on schedule", (n) => n.phase === "MONITORING" && !n.stalled);
  });

  it("is seeded once: a second start on the same database adds nothing", async () => {
    const before = await hub.database.db.$count(tables.dossierItems);
    const again = await seedDemoContent(hub.database.db, {
      pseudonymize: (id) => id,
      config: hub.config,
    });
    expect(again.created).toBe(false);
    expect(await hub.database.db.$count(tables.dossierItems)).toBe(before);
  });
});
