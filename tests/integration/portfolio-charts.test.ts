import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { DEMO } from "@regiehub/db";
import { planWithOverdueAction } from "../support/dossier";
import { gql, signIn, startTestHub, type TestHub } from "../support/hub";
import { dutchDaysFromToday } from "../support/dates";

// The portfolio's charts (Query.portfolioCharts): the stalled trend over 26 weeks, time in phase, budget use
// per case and the timeliness of partner organisations, over hand-built cases with a known history in a
// municipality of their own (so the figures are exact whatever else the demo region holds). Each series is
// one statement whatever the number of cases; the cases named (budget use) are logged as reads; whoever has
// no portfolio gets the same refusal as for `portfolio`.

const P = DEMO.professionals;
const O = DEMO.organisations;
const TOWN = "Toetsdorp";

const CHARTS = `query($filter: PortfolioFilter) {
  portfolioCharts(filter: $filter) {
    stalledByWeek { weekEnd stalled }
    timeInPhase { phase cases medianWeeks maxWeeks }
    budgetUse { caseId reference budgetCents committedCents spentCents availableCents overBudget }
    partnerTimeliness { organisation { id name } doneOnTime doneLate openOverdue onTimeShare medianDaysLate }
  }
}`;

const LIST = `query($filter: PortfolioFilter) {
  portfolio(filter: $filter, first: 100) { edges { node { caseId phase weeksInPhase stalled stalledBy } } }
}`;

/** The Dutch calendar date `n` days before today (the hub's "today" is the same Dutch date). */
const day = (daysAgo: number): string => dutchDaysFromToday(-daysAgo);
/** Noon (UTC) of that day: the same date in any session time zone within ±11 hours. */
const noon = (daysAgo: number) => `${day(daysAgo)}T12:00:00Z`;

describe("the portfolio charts", () => {
  let hub: TestHub;
  let procesregisseur: string;
  let sanne: string;
  const statements: string[] = [];
  const cases: Record<"A" | "B" | "C" | "D", string> = { A: "", B: "", C: "", D: "" };
  const references: Record<string, string> = {};

  const exec = (query: ReturnType<typeof sql>) => hub.database.db.execute(query);

  async function mutate(name: string, type: string, input: Record<string, unknown>, fields = "id") {
    const res: any = await gql(
      hub,
      `mutation($input: ${type}!) { ${name}(input: $input) { ${fields} } }`,
      { input },
      sanne,
    );
    if (!res.data?.[name]) throw new Error(`${name}: ${JSON.stringify(res.errors)}`);
    return res.data[name];
  }

  async function openCase(title: string) {
    const c = await mutate(
      "openCase",
      "OpenCaseInput",
      { title, municipality: TOWN, procesregisseurId: P.procesregisseur },
      "id reference version",
    );
    references[c.id] = c.reference;
    return c as { id: string; reference: string; version: number };
  }

  async function person(caseId: string) {
    return (
      await mutate("addPerson", "AddPersonInput", {
        caseId,
        givenName: "Kind",
        familyName: "Toets",
        householdRole: "CHILD",
      })
    ).id as string;
  }

  async function action(goalId: string, ownerOrganisationId: string, dueDaysAgo: number | null) {
    return (
      await mutate("addAction", "AddActionInput", {
        goalId,
        title: "Afspraak maken",
        ownerOrganisationId,
        dueOn: dueDaysAgo === null ? null : day(dueDaysAgo),
      })
    ).id as string;
  }

  /** Sets an action's status as of `daysAgo` (its last status change). */
  async function status(actionId: string, to: string, daysAgo: number) {
    await exec(
      sql`update actions set status = ${to}::action_status, status_changed_at = ${noon(daysAgo)}::timestamptz,
          status_reason = ${to === "BLOCKED" || to === "CANCELLED" ? "Toets" : null} where item_id = ${actionId}`,
    );
  }

  beforeAll(async () => {
    hub = await startTestHub(
      { LIVE_POLL_MS: "60000", OVERDUE_CHECK_MS: "3600000" },
      { onQuery: (q) => statements.push(q) },
    );
    procesregisseur = await signIn(hub, P.procesregisseur);
    sanne = await signIn(hub, P.casusregisseur);

    // A — opened 140 days ago, into inventory 112 days ago, then nothing until an action was done 14 days
    // ago: stalled (6 weeks without progress) on the week ends 10 down to 3 weeks ago. Budget € 5.000, unused.
    const a = await openCase("Gezin A");
    cases.A = a.id;
    await mutate(
      "moveCasePhase",
      "MoveCasePhaseInput",
      { id: a.id, version: a.version, to: "INVENTORY" },
      "id",
    );
    const aPlan = await planWithOverdueAction(hub, sanne, {
      caseId: a.id,
      personId: await person(a.id),
      ownerOrganisationId: O.wijkteamNoord,
      title: "Gesprek met school",
      daysAgo: -30, // due in 30 days, done 14 days ago: on time
    });
    await status(aPlan.action, "DONE", 14);
    await exec(sql`update cases set opened_on = ${day(140)}::date, budget_cents = 500000 where id = ${a.id}`);
    await exec(sql`update case_phase_transitions set at = ${noon(112)}::timestamptz where case_id = ${a.id}`);
    await exec(
      sql`update dossier_items set created_at = ${noon(140)}::timestamptz, updated_at = ${noon(140)}::timestamptz
          where case_id = ${a.id} and kind in ('PLAN', 'GOAL')`,
    );

    // B — opened 175 days ago in evaluation, to monitoring 105 days ago, relapsed into execution 49 days ago:
    // stalled on the week ends 19 down to 16 weeks ago and on the last two; never while in monitoring.
    const b = await openCase("Gezin B");
    cases.B = b.id;
    await exec(sql`update cases set opened_on = ${day(175)}::date, phase = 'EXECUTION' where id = ${b.id}`);
    await exec(sql`insert into case_phase_transitions (case_id, from_phase, to_phase, by_professional_id, at) values
      (${b.id}, 'EVALUATION', 'MONITORING', ${P.casusregisseur}, ${noon(105)}::timestamptz),
      (${b.id}, 'MONITORING', 'EXECUTION', ${P.casusregisseur}, ${noon(49)}::timestamptz)`);

    // C — opened 30 days ago, into inventory 23 days ago, never stalled; the actions of the partners and a
    // budget of € 1.000 overspent by its referrals (€ 1.200 committed, € 300 spent).
    const c = await openCase("Gezin C");
    cases.C = c.id;
    await mutate(
      "addTeamMember",
      "AddTeamMemberInput",
      { caseId: c.id, organisationId: O.gemeente, domains: ["EDUCATION"] },
      "id",
    );
    await mutate(
      "moveCasePhase",
      "MoveCasePhaseInput",
      { id: c.id, version: c.version, to: "INVENTORY" },
      "id",
    );
    const kid = await person(c.id);
    const cPlan = await planWithOverdueAction(hub, sanne, {
      caseId: c.id,
      personId: kid,
      ownerOrganisationId: O.wijkteamNoord,
      title: "Huisbezoek",
      daysAgo: 10, // open, 10 days late
    });
    const goal = cPlan.goal;
    await status(await action(goal, O.wijkteamNoord, 20), "DONE", 22); // on time
    await status(await action(goal, O.wijkteamNoord, 20), "DONE", 20); // on time: done on the day
    await status(await action(goal, O.wijkteamNoord, 20), "DONE", 15); // 5 days late
    await action(goal, O.wijkteamNoord, -10); // not due yet: not counted
    await status(await action(goal, O.wijkteamNoord, null), "DONE", 15); // no due date: not counted
    await status(await action(goal, O.wijkteamNoord, 5), "CANCELLED", 3); // cancelled: not counted
    await action(goal, O.wijkteamNoord, 0); // due today: not overdue yet
    await status(await action(goal, O.gemeente, 3), "DONE", 1); // 2 days late
    await status(await action(goal, O.gemeente, 8), "BLOCKED", 6); // open, 8 days late
    for (const referral of [
      { costCents: 120_000, startsOn: day(20), endsOn: null },
      { costCents: 30_000, startsOn: day(25), endsOn: day(5) },
    ]) {
      await mutate("recordReferral", "RecordReferralInput", {
        caseId: c.id,
        referralKind: "REFERRAL",
        care: "Ambulante jeugdhulp",
        providerName: "Zorgaanbieder Toets",
        subjectPersonIds: [kid],
        ...referral,
      });
    }
    await exec(sql`update cases set opened_on = ${day(30)}::date, budget_cents = 100000 where id = ${c.id}`);
    await exec(sql`update case_phase_transitions set at = ${noon(23)}::timestamptz where case_id = ${c.id}`);

    // D — opened 175 days ago, closed 70 days ago without any progress: stalled from 19 weeks ago until it
    // closed (the week ends 19 down to 11 weeks ago), not after; not in the time in phase.
    const d = await openCase("Gezin D");
    cases.D = d.id;
    await mutate(
      "moveCasePhase",
      "MoveCasePhaseInput",
      { id: d.id, version: d.version, to: "CLOSED", reason: "Geen hulpvraag" },
      "id",
    );
    await exec(
      sql`update cases set opened_on = ${day(175)}::date, closed_on = ${day(70)}::date where id = ${d.id}`,
    );
    await exec(sql`update case_phase_transitions set at = ${noon(70)}::timestamptz where case_id = ${d.id}`);
  }, 120_000);

  afterAll(async () => {
    await hub?.stop();
  });

  const charts = async (filter: Record<string, unknown> = { municipality: TOWN }, token = procesregisseur) =>
    gql(hub, CHARTS, { filter }, token);

  it("counts the stalled cases per week end over 26 weeks, as the NO_PROGRESS rule had it on each day", async () => {
    const res = await charts();
    expect(res.errors).toBeUndefined();
    const weeks = res.data.portfolioCharts.stalledByWeek;
    expect(weeks.map((w: any) => w.weekEnd)).toEqual(Array.from({ length: 26 }, (_, i) => day(7 * (25 - i))));
    // Weeks ago → stalled: B and D 19–16, D 15–11, A 10–3, none 2, B 1–0.
    const expected = (weeksAgo: number) =>
      (weeksAgo >= 16 && weeksAgo <= 19 ? 2 : 0) +
      (weeksAgo >= 11 && weeksAgo <= 15 ? 1 : 0) +
      (weeksAgo >= 3 && weeksAgo <= 10 ? 1 : 0) +
      (weeksAgo <= 1 ? 1 : 0);
    expect(weeks.map((w: any) => w.stalled)).toEqual(Array.from({ length: 26 }, (_, i) => expected(25 - i)));
  });

  it("agrees with the list today: the newest week counts the cases stalled by NO_PROGRESS", async () => {
    for (const filter of [{ municipality: TOWN }, {}]) {
      const list = (await gql(hub, LIST, { filter }, procesregisseur)).data.portfolio.edges.map(
        (e: any) => e.node,
      );
      const weeks = (await charts(filter)).data.portfolioCharts.stalledByWeek;
      expect(weeks.at(-1).stalled, JSON.stringify(filter)).toBe(
        list.filter((n: any) => n.stalledBy.includes("NO_PROGRESS")).length,
      );
    }
    const list = (await gql(hub, LIST, { filter: { municipality: TOWN } }, procesregisseur)).data.portfolio
      .edges;
    const byCase = new Map(list.map((e: any) => [e.node.caseId, e.node]));
    expect((byCase.get(cases.B) as any).stalledBy).toContain("NO_PROGRESS");
    // A is stalled too, but by another rule (no approved plan): it does not count in the trend.
    expect((byCase.get(cases.A) as any).stalledBy).toEqual(["NO_APPROVED_PLAN"]);
  });

  it("gives the time in the current phase per phase of an open case", async () => {
    const rows = (await charts()).data.portfolioCharts.timeInPhase;
    expect(rows).toEqual([
      { phase: "SIGNAL", cases: 0, medianWeeks: null, maxWeeks: null },
      { phase: "INVENTORY", cases: 2, medianWeeks: 9.5, maxWeeks: 16 }, // A 16 weeks, C 3 weeks
      { phase: "ANALYSIS", cases: 0, medianWeeks: null, maxWeeks: null },
      { phase: "PLAN", cases: 0, medianWeeks: null, maxWeeks: null },
      { phase: "EXECUTION", cases: 1, medianWeeks: 7, maxWeeks: 7 }, // B 7 weeks
      { phase: "EVALUATION", cases: 0, medianWeeks: null, maxWeeks: null },
      { phase: "MONITORING", cases: 0, medianWeeks: null, maxWeeks: null },
    ]);
    // The same weeks as the list's.
    const list = (await gql(hub, LIST, { filter: { municipality: TOWN } }, procesregisseur)).data.portfolio
      .edges;
    const weeks = Object.fromEntries(list.map((e: any) => [e.node.caseId, e.node.weeksInPhase]));
    expect([weeks[cases.A], weeks[cases.B], weeks[cases.C]]).toEqual([16, 7, 3]);
  });

  it("gives the budget use of each case with a budget, most used first", async () => {
    const rows = (await charts()).data.portfolioCharts.budgetUse;
    expect(rows).toEqual([
      {
        caseId: cases.C,
        reference: references[cases.C],
        budgetCents: 100_000,
        committedCents: 120_000,
        spentCents: 30_000,
        availableCents: -50_000,
        overBudget: true,
      },
      {
        caseId: cases.A,
        reference: references[cases.A],
        budgetCents: 500_000,
        committedCents: 0,
        spentCents: 0,
        availableCents: 500_000,
        overBudget: false,
      },
    ]);
  });

  it("gives per partner organisation the share of actions done on time and the median days late", async () => {
    const rows = (await charts()).data.portfolioCharts.partnerTimeliness;
    expect(rows).toEqual([
      {
        organisation: { id: O.gemeente, name: "Gemeente Lindehaven" },
        doneOnTime: 0,
        doneLate: 1,
        openOverdue: 1,
        onTimeShare: 0,
        medianDaysLate: 5, // 2 and 8 days late
      },
      {
        organisation: { id: O.wijkteamNoord, name: "Wijkteam Lindehaven-Noord" },
        doneOnTime: 3,
        doneLate: 1,
        openOverdue: 1,
        onTimeShare: 0.6,
        medianDaysLate: 7.5, // 5 and 10 days late
      },
    ]);
    // Process figures only: no title or wording of any item.
    expect(JSON.stringify(rows)).not.toMatch(/Huisbezoek|Afspraak|Gesprek met school/);
  });

  it("applies the filters, those derived from the signals too", async () => {
    const inventory = (await charts({ municipality: TOWN, phases: ["INVENTORY"] })).data.portfolioCharts;
    expect(inventory.budgetUse.map((r: any) => r.caseId)).toEqual([cases.C, cases.A]);
    expect(inventory.timeInPhase.filter((r: any) => r.cases > 0).map((r: any) => r.phase)).toEqual([
      "INVENTORY",
    ]);
    // Stalled now: A (no approved plan) and B (no progress).
    const stalled = (await charts({ municipality: TOWN, stalled: true })).data.portfolioCharts;
    expect(stalled.budgetUse.map((r: any) => r.caseId)).toEqual([cases.A]);
    expect(stalled.timeInPhase.filter((r: any) => r.cases > 0)).toEqual([
      { phase: "INVENTORY", cases: 1, medianWeeks: 16, maxWeeks: 16 },
      { phase: "EXECUTION", cases: 1, medianWeeks: 7, maxWeeks: 7 },
    ]);
    expect(stalled.partnerTimeliness).toEqual([
      {
        organisation: { id: O.wijkteamNoord, name: "Wijkteam Lindehaven-Noord" },
        doneOnTime: 1,
        doneLate: 0,
        openOverdue: 0,
        onTimeShare: 1,
        medianDaysLate: null,
      },
    ]);
    expect(stalled.stalledByWeek.map((w: any) => w.stalled)).toEqual(
      Array.from({ length: 26 }, (_, i) => {
        const weeksAgo = 25 - i;
        return (weeksAgo >= 16 && weeksAgo <= 19) || weeksAgo <= 1 || (weeksAgo >= 3 && weeksAgo <= 10)
          ? 1
          : 0;
      }),
    );
    const none = (await charts({ municipality: TOWN, overBudget: true, stalled: true })).data.portfolioCharts;
    expect(none.budgetUse).toEqual([]);
    expect(none.partnerTimeliness).toEqual([]);
    expect(none.stalledByWeek.every((w: any) => w.stalled === 0)).toBe(true);
    expect(none.stalledByWeek).toHaveLength(26);
  });

  it("answers each series in one statement, whatever the number of cases", async () => {
    const count = async (filter: Record<string, unknown>) => {
      statements.length = 0;
      const res = await charts(filter);
      expect(res.errors).toBeUndefined();
      // The log writes and the sealer's statements (it runs after each request) are not the charts'.
      return statements.filter(
        (q) => !/processing_log|advisory_xact_lock|insert into "dossier_events"/.test(q),
      );
    };
    const few = await count({ municipality: TOWN });
    const all = await count({});
    expect(all.length, all.join("\n---\n")).toBe(few.length);
    // The sign-in check, the four series, the organisations of the partner series (one batch).
    expect(all.filter((q) => /from cases|from "cases"|join portfolio/.test(q)).length).toBe(4);
    expect(all.length).toBeLessThanOrEqual(6);
  });

  it("logs each case named in the budget use as a portfolio read, and no other", async () => {
    await charts();
    await hub.logSealer.sealNow();
    const privacyOfficer = await signIn(hub, P.privacyOfficer);
    const reads = async (caseId: string) =>
      (
        await gql(
          hub,
          `query($caseId: ID!) { processingLog(caseId: $caseId, filter: { operations: [READ] }, first: 100) { edges { node { fields detail actor { id } } } } }`,
          { caseId },
          privacyOfficer,
        )
      ).data.processingLog.edges.map((e: any) => e.node);
    expect(await reads(cases.C)).toContainEqual({
      fields: ["Portfolio.budgetUse"],
      detail: "portfolio charts",
      actor: { id: P.procesregisseur },
    });
    expect((await reads(cases.B)).filter((n: any) => n.detail === "portfolio charts")).toEqual([]);
  });

  it("refuses whoever has no portfolio as for the portfolio, and bad input with a typed error", async () => {
    const school = await signIn(hub, P.schoolProfessional);
    const refusal = await charts({}, school);
    const summary = await gql(hub, `{ portfolioSummary { total } }`, {}, school);
    expect(refusal.errors?.[0]?.extensions.code).toBe("FORBIDDEN");
    expect(refusal.errors?.[0]?.message).toBe(summary.errors?.[0]?.message);
    expect(refusal.data ?? null).toBeNull();
    expect((await gql(hub, CHARTS, {})).errors?.[0]?.extensions.code).toBe("UNAUTHENTICATED");
    for (const filter of [{ casusregisseurId: "abc" }, { organisationId: "x" }]) {
      const res = await charts(filter);
      expect(res.errors?.[0]?.extensions.code, JSON.stringify(filter)).toBe("BAD_USER_INPUT");
    }
  });
});
