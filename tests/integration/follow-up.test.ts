import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { DEMO, invalidatePortfolioStandings, resultRows } from "@regiehub/db";
import { casePersons } from "../support/dossier";
import { gql, signIn, startTestHub, type TestHub } from "../support/hub";
import { addCalendarDays, dutchDaysFromToday, dutchToday } from "../support/dates";

// Regie op regie: the regiegesprek of procesregisseur and casusregisseur, the case budget against which
// referrals count, monitoring with a follow-up date. Each operation changes the case and shows in the
// portfolio's signals; bad input and stale versions change nothing; only the case's directors read it and
// only its procesregisseur sets the budget.

const P = DEMO.professionals;
const CASE = DEMO.cases.multiProblem; // Marloes directs it, Sanne runs it, Youssef is her colleague
const MONITORED = DEMO.cases.separatedParents; // in EXECUTION; Marloes directs it, Youssef runs it

const today = dutchToday;
const inDays = dutchDaysFromToday;
const addDays = addCalendarDays;

const FOLLOW_UP = `query($id: ID!) { case(id: $id) {
  id phase version closedOn retainUntil openedOn viewerCan
  checkIns { id heldOn cooperation budget obstacles nextCheckInOn casusregisseur { id } recordedBy { id } recordedAt }
  nextCheckInOn checkInIntervalWeeks
  budgetStatus { amountCents committedCents spentCents availableCents overBudget }
  monitoringFollowUpOn
  monitoringReviews { id followUpOn reviewedOn outcome note nextFollowUpOn recordedBy { id } }
} }`;

const PORTFOLIO = `query($filter: PortfolioFilter, $orderBy: PortfolioOrder) {
  portfolio(filter: $filter, orderBy: $orderBy, first: 100) { edges { node {
    caseId phase stalled stalledBy checkIn { dueOn due overdue daysOverdue }
    budget { amountCents committedCents spentCents availableCents overBudget } reasons
  } } }
}`;

const mutation = (name: string, inputType: string) =>
  `mutation($input: ${inputType}!) { ${name}(input: $input) { id phase version monitoringFollowUpOn closedOn } }`;
const RECORD_CHECK_IN = mutation("recordCheckIn", "RecordCheckInInput");
const SET_INTERVAL = mutation("setCheckInInterval", "SetCheckInIntervalInput");
const SET_BUDGET = mutation("setCaseBudget", "SetCaseBudgetInput");
const START_MONITORING = mutation("startMonitoring", "StartMonitoringInput");
const REVIEW = mutation("recordMonitoringReview", "RecordMonitoringReviewInput");
const MOVE = `mutation($input: MoveCasePhaseInput!) { moveCasePhase(input: $input) { id phase version monitoringFollowUpOn } }`;

describe("regie op regie", () => {
  let hub: TestHub;
  let marloes: string;
  let sanne: string;
  let youssef: string;

  const read = async (caseId: string, token = marloes) => {
    const res = await gql(hub, FOLLOW_UP, { id: caseId }, token);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return res.data.case;
  };
  const entry = async (caseId: string, variables: Record<string, unknown> = {}) => {
    const res = await gql(hub, PORTFOLIO, variables, marloes);
    expect(res.errors).toBeUndefined();
    return res.data.portfolio.edges.map((e: any) => e.node).find((n: any) => n.caseId === caseId);
  };
  const count = async (table: "case_check_ins" | "case_monitoring_reviews") =>
    resultRows<{ n: number }>(
      await hub.database.db.execute(sql.raw(`select count(*)::int as n from ${table}`)),
    )[0]!.n;
  const caseRow = async (caseId: string) =>
    resultRows<{
      version: number;
      budget: string | null;
      weeks: number;
      follow: string | null;
      phase: string;
    }>(
      await hub.database.db.execute(
        sql`select version, budget_cents::text as budget, check_in_interval_weeks as weeks,
          monitoring_follow_up_on::text as follow, phase from cases where id = ${caseId}`,
      ),
    )[0]!;
  const expectBadInput = (res: any, field: string) => {
    expect(res.errors?.[0]?.extensions.code, JSON.stringify(res.errors)).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0]?.extensions.field, JSON.stringify(res.errors)).toBe(field);
    expect(res.data ?? null).toBeNull();
  };
  const expectCode = (res: any, code: string) => {
    expect(res.errors?.[0]?.extensions.code, JSON.stringify(res.errors)).toBe(code);
    expect(res.data ?? null).toBeNull();
  };

  beforeAll(async () => {
    hub = await startTestHub({ LIVE_POLL_MS: "60000", OVERDUE_CHECK_MS: "3600000" });
    marloes = await signIn(hub, P.procesregisseur);
    sanne = await signIn(hub, P.casusregisseur);
    youssef = await signIn(hub, P.casusregisseurYoussef);
  }, 60_000);

  afterAll(async () => {
    await hub?.stop();
  });

  it("offers the controls to whom they belong: the budget to the procesregisseur only", async () => {
    expect((await read(CASE, marloes)).viewerCan).toEqual(
      expect.arrayContaining(["READ_FOLLOW_UP", "RECORD_CHECK_IN", "SET_BUDGET", "MONITOR"]),
    );
    for (const token of [sanne, youssef]) {
      const can = (await read(CASE, token)).viewerCan;
      expect(can).toEqual(expect.arrayContaining(["READ_FOLLOW_UP", "RECORD_CHECK_IN", "MONITOR"]));
      expect(can).not.toContain("SET_BUDGET");
    }
  });

  describe("the regiegesprek", () => {
    it("is due the interval after opening until the first one, the same in the case and the portfolio", async () => {
      const c = await read(CASE);
      expect(c.checkIns).toEqual([]);
      expect(c.checkInIntervalWeeks).toBe(6);
      expect(c.nextCheckInOn).toBe(addDays(c.openedOn, 42));
      const signal = (await entry(CASE)).checkIn;
      expect(signal).toMatchObject({ dueOn: c.nextCheckInOn, overdue: true, due: false });
      expect((await entry(CASE)).reasons.join(" | ")).toMatch(/regiegesprek/);
    });

    it("records one; the next is the date agreed, and the signal follows it", async () => {
      const res = await gql(
        hub,
        RECORD_CHECK_IN,
        {
          input: {
            caseId: CASE,
            heldOn: today(),
            cooperation: "Woningcorporatie en schuldhulp trekken nu samen op",
            budget: "Budget volstaat tot de zomer",
            obstacles: "Wachtlijst verslavingszorg",
            nextCheckInOn: inDays(10),
          },
        },
        sanne,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data.recordCheckIn.id).toBe(CASE);
      const c = await read(CASE);
      expect(c.checkIns).toHaveLength(1);
      expect(c.checkIns[0]).toMatchObject({
        heldOn: today(),
        cooperation: "Woningcorporatie en schuldhulp trekken nu samen op",
        budget: "Budget volstaat tot de zomer",
        obstacles: "Wachtlijst verslavingszorg",
        nextCheckInOn: inDays(10),
        casusregisseur: { id: P.casusregisseur },
        recordedBy: { id: P.casusregisseur },
      });
      expect(c.nextCheckInOn).toBe(inDays(10));
      expect((await entry(CASE)).checkIn).toMatchObject({ dueOn: inDays(10), due: true, overdue: false });
    });

    it("lists them newest first; an earlier one recorded later does not move the next date", async () => {
      const heldOn = inDays(-30);
      const res = await gql(
        hub,
        RECORD_CHECK_IN,
        { input: { caseId: CASE, heldOn, cooperation: "Eerste gesprek: rollen verdeeld" } },
        marloes,
      );
      expect(res.errors).toBeUndefined();
      const c = await read(CASE);
      expect(c.checkIns.map((x: any) => x.heldOn)).toEqual([today(), heldOn]);
      // Without a next date: the interval (6 weeks) after the day it was held.
      expect(c.checkIns[1]).toMatchObject({
        nextCheckInOn: addDays(heldOn, 42),
        budget: null,
        obstacles: null,
      });
      expect(c.nextCheckInOn).toBe(inDays(10));
    });

    it("sets the interval (1–26 weeks); a date agreed stays, the default of the next follows it", async () => {
      const res = await gql(hub, SET_INTERVAL, { input: { caseId: CASE, weeks: 3 } }, youssef);
      expect(res.errors).toBeUndefined();
      const c = await read(CASE);
      expect(c.checkInIntervalWeeks).toBe(3);
      expect(c.nextCheckInOn).toBe(inDays(10));
      // For a case without regiegesprekken the interval moves the first one, in the case and the portfolio.
      const other = await gql(hub, SET_INTERVAL, { input: { caseId: MONITORED, weeks: 26 } }, marloes);
      expect(other.errors).toBeUndefined();
      const m = await read(MONITORED);
      expect(m.nextCheckInOn).toBe(addDays(m.openedOn, 26 * 7));
      expect((await entry(MONITORED)).checkIn.dueOn).toBe(m.nextCheckInOn);
    });

    it("refuses bad dates and texts, naming the field, and records nothing", async () => {
      const before = await count("case_check_ins");
      const { version } = await caseRow(CASE);
      const base = { caseId: CASE, heldOn: today(), cooperation: "Goed" };
      expectBadInput(
        await gql(hub, RECORD_CHECK_IN, { input: { ...base, heldOn: inDays(1) } }, marloes),
        "input.heldOn",
      );
      expectBadInput(
        await gql(hub, RECORD_CHECK_IN, { input: { ...base, nextCheckInOn: today() } }, marloes),
        "input.nextCheckInOn",
      );
      expectBadInput(
        await gql(
          hub,
          RECORD_CHECK_IN,
          { input: { ...base, heldOn: inDays(-5), nextCheckInOn: inDays(-6) } },
          marloes,
        ),
        "input.nextCheckInOn",
      );
      expectBadInput(
        await gql(hub, RECORD_CHECK_IN, { input: { ...base, cooperation: "   " } }, marloes),
        "input.cooperation",
      );
      expectCode(
        await gql(hub, RECORD_CHECK_IN, { input: { ...base, heldOn: "2026-02-30" } }, marloes),
        "BAD_USER_INPUT",
      );
      for (const weeks of [0, 27]) {
        expectBadInput(
          await gql(hub, SET_INTERVAL, { input: { caseId: CASE, weeks } }, marloes),
          "input.weeks",
        );
      }
      expect(await count("case_check_ins")).toBe(before);
      expect(await caseRow(CASE)).toMatchObject({ version, weeks: 3 });
    });
  });

  describe("the case budget", () => {
    it("is set by the procesregisseur; referrals count as committed and, once ended, spent; over budget is a signal", async () => {
      const before = await read(CASE);
      expect(before.budgetStatus).toMatchObject({
        amountCents: null,
        availableCents: null,
        overBudget: false,
      });
      const res = await gql(
        hub,
        SET_BUDGET,
        {
          input: {
            caseId: CASE,
            version: before.version,
            amountCents: 500_000,
            reason: "Besluit gemeente: maatwerkbudget",
          },
        },
        marloes,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data.setCaseBudget.version).toBe(before.version + 1);
      expect((await read(CASE)).budgetStatus).toEqual({
        amountCents: 500_000,
        committedCents: before.budgetStatus.committedCents,
        spentCents: before.budgetStatus.spentCents,
        availableCents: 500_000 - before.budgetStatus.committedCents - before.budgetStatus.spentCents,
        overBudget: false,
      });

      // Care deployed: one referral running (committed), one that ended (spent).
      const kim = (await casePersons(hub, sanne, CASE)).find((p) => p.givenName === "Kim")!.id;
      const referral = (input: Record<string, unknown>) =>
        gql(
          hub,
          `mutation($input: RecordReferralInput!) { recordReferral(input: $input) { id } }`,
          {
            input: {
              caseId: CASE,
              referralKind: "DECISION",
              care: "Ambulante jeugdhulp",
              providerName: "Jeugdhulp Lindehaven",
              subjectPersonIds: [kim],
              ...input,
            },
          },
          sanne,
        );
      expect(
        (await referral({ startsOn: inDays(-20), endsOn: inDays(100), costCents: 450_000 })).errors,
      ).toBeUndefined();
      expect(
        (await referral({ startsOn: inDays(-200), endsOn: inDays(-100), costCents: 100_000 })).errors,
      ).toBeUndefined();

      const budget = (await read(CASE)).budgetStatus;
      expect(budget).toEqual({
        amountCents: 500_000,
        committedCents: before.budgetStatus.committedCents + 450_000,
        spentCents: before.budgetStatus.spentCents + 100_000,
        availableCents:
          500_000 - before.budgetStatus.committedCents - before.budgetStatus.spentCents - 550_000,
        overBudget: true,
      });
      // The portfolio says the same, filters on it and orders by it.
      const signal = await entry(CASE);
      expect(signal.budget).toEqual(budget);
      expect(signal.reasons.join(" | ")).toMatch(/budget overschreden met/);
      const over = await gql(hub, PORTFOLIO, { filter: { overBudget: true } }, marloes);
      expect(over.data.portfolio.edges.map((e: any) => e.node.caseId)).toEqual([CASE]);
      const within = await gql(hub, PORTFOLIO, { filter: { overBudget: false } }, marloes);
      expect(within.data.portfolio.edges.map((e: any) => e.node.caseId)).not.toContain(CASE);
      const byUse = await gql(hub, PORTFOLIO, { orderBy: "BUDGET_USE" }, marloes);
      expect(byUse.data.portfolio.edges[0].node.caseId).toBe(CASE);
    });

    it("refuses a negative, fractional or huge amount, a missing reason and a stale version, and changes nothing", async () => {
      const { version, budget } = await caseRow(CASE);
      const base = { caseId: CASE, version, amountCents: 100, reason: "Bijstelling" };
      for (const amountCents of [-1, 1_000_000_001]) {
        expectBadInput(
          await gql(hub, SET_BUDGET, { input: { ...base, amountCents } }, marloes),
          "input.amountCents",
        );
      }
      expectCode(
        await gql(hub, SET_BUDGET, { input: { ...base, amountCents: 10.5 } }, marloes),
        "BAD_USER_INPUT",
      );
      expectBadInput(
        await gql(hub, SET_BUDGET, { input: { ...base, reason: " " } }, marloes),
        "input.reason",
      );
      expectCode(
        await gql(hub, SET_BUDGET, { input: { ...base, version: version - 1 } }, marloes),
        "CONFLICT",
      );
      expect(await caseRow(CASE)).toMatchObject({ version, budget });
    });

    it("is not set by the casusregisseur, and cleared with null", async () => {
      const { version } = await caseRow(CASE);
      const input = { caseId: CASE, version, amountCents: 9_000_000, reason: "Meer nodig" };
      expectCode(await gql(hub, SET_BUDGET, { input }, sanne), "FORBIDDEN");
      expectCode(await gql(hub, SET_BUDGET, { input }, youssef), "FORBIDDEN");
      expect((await caseRow(CASE)).budget).toBe("500000");
      const cleared = await gql(hub, SET_BUDGET, { input: { ...input, amountCents: null } }, marloes);
      expect(cleared.errors).toBeUndefined();
      expect((await read(CASE)).budgetStatus).toMatchObject({ amountCents: null, overBudget: false });
      expect((await entry(CASE)).budget.overBudget).toBe(false);
    });
  });

  describe("monitoring", () => {
    const move = async (to: string, reason?: string) => {
      const { version } = await caseRow(MONITORED);
      const res = await gql(hub, MOVE, { input: { id: MONITORED, version, to, reason } }, marloes);
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      return res.data.moveCasePhase;
    };
    const review = async (input: Record<string, unknown>, token = youssef) => {
      const { version } = await caseRow(MONITORED);
      return gql(
        hub,
        REVIEW,
        { input: { caseId: MONITORED, version, note: "Rustig thuis", ...input } },
        token,
      );
    };

    it("starts from evaluation with a follow-up date after today, by the phase rules", async () => {
      const { version } = await caseRow(MONITORED);
      // From execution a case cannot go into monitoring (the phase rules of moveCasePhase).
      expectBadInput(
        await gql(
          hub,
          START_MONITORING,
          { input: { caseId: MONITORED, version, followUpOn: inDays(90) } },
          marloes,
        ),
        "input.caseId",
      );
      await move("EVALUATION");
      const current = await caseRow(MONITORED);
      const base = { caseId: MONITORED, version: current.version, followUpOn: inDays(91) };
      expectBadInput(
        await gql(hub, START_MONITORING, { input: { ...base, followUpOn: today() } }, marloes),
        "input.followUpOn",
      );
      expectBadInput(
        await gql(hub, START_MONITORING, { input: { ...base, followUpOn: inDays(-1) } }, marloes),
        "input.followUpOn",
      );
      expectCode(
        await gql(hub, START_MONITORING, { input: { ...base, version: version } }, marloes),
        "CONFLICT",
      );
      expect(await caseRow(MONITORED)).toMatchObject({
        version: current.version,
        phase: "EVALUATION",
        follow: null,
      });

      const res = await gql(hub, START_MONITORING, { input: { ...base, reason: "Afgeschaald" } }, marloes);
      expect(res.errors).toBeUndefined();
      expect(res.data.startMonitoring).toMatchObject({
        phase: "MONITORING",
        monitoringFollowUpOn: inDays(91),
      });
      const c = await read(MONITORED);
      expect(c).toMatchObject({
        phase: "MONITORING",
        monitoringFollowUpOn: inDays(91),
        monitoringReviews: [],
      });
      expect(await entry(MONITORED)).toMatchObject({ phase: "MONITORING", stalled: false, stalledBy: [] });
    });

    it("is stalled in the portfolio once the follow-up date passed", async () => {
      // Time passes: the follow-up date lies three days back.
      await hub.database.db.execute(
        sql`update cases set monitoring_follow_up_on = ${inDays(-3)}::date where id = ${MONITORED}`,
      );
      // Written straight to the table (no event): the portfolio is told to compute the case again.
      await invalidatePortfolioStandings(hub.database.db, [MONITORED]);
      const stalled = await entry(MONITORED);
      expect(stalled.stalledBy).toEqual(["MONITORING_FOLLOW_UP_PASSED"]);
      expect(stalled.reasons.join(" | ")).toMatch(/vervolgafspraak monitoring 3 dagen over tijd/);
    });

    it("refuses a follow-up without a next date for CONTINUE, with one otherwise, an unknown outcome or a stale version", async () => {
      const before = await count("case_monitoring_reviews");
      const row = await caseRow(MONITORED);
      expectBadInput(await review({ outcome: "CONTINUE" }), "input.nextFollowUpOn");
      expectBadInput(await review({ outcome: "CONTINUE", nextFollowUpOn: today() }), "input.nextFollowUpOn");
      expectBadInput(await review({ outcome: "CLOSE", nextFollowUpOn: inDays(30) }), "input.nextFollowUpOn");
      expectBadInput(await review({ outcome: "REOPEN", note: "" }), "input.note");
      expectCode(await review({ outcome: "MAYBE" }), "BAD_USER_INPUT");
      expectCode(
        await gql(
          hub,
          REVIEW,
          { input: { caseId: MONITORED, version: row.version - 1, outcome: "CLOSE", note: "Klaar" } },
          youssef,
        ),
        "CONFLICT",
      );
      expect(await count("case_monitoring_reviews")).toBe(before);
      expect(await caseRow(MONITORED)).toEqual(row);
    });

    it("continues with a new date: recorded, and no longer stalled", async () => {
      const res = await review({
        outcome: "CONTINUE",
        nextFollowUpOn: inDays(60),
        note: "Gaat goed, nog even volgen",
      });
      expect(res.errors).toBeUndefined();
      expect(res.data.recordMonitoringReview).toMatchObject({
        phase: "MONITORING",
        monitoringFollowUpOn: inDays(60),
      });
      const c = await read(MONITORED);
      expect(c.monitoringReviews).toEqual([
        expect.objectContaining({
          followUpOn: inDays(-3),
          reviewedOn: today(),
          outcome: "CONTINUE",
          note: "Gaat goed, nog even volgen",
          nextFollowUpOn: inDays(60),
          recordedBy: { id: P.casusregisseurYoussef },
        }),
      ]);
      expect(await entry(MONITORED)).toMatchObject({ stalled: false, stalledBy: [] });
    });

    it("reopens into execution, which clears the follow-up date", async () => {
      const res = await review({ outcome: "REOPEN", note: "Terugval: school meldt verzuim" });
      expect(res.errors).toBeUndefined();
      expect(res.data.recordMonitoringReview).toMatchObject({
        phase: "EXECUTION",
        monitoringFollowUpOn: null,
      });
      const c = await read(MONITORED);
      expect(c.monitoringReviews.map((r: any) => r.outcome)).toEqual(["REOPEN", "CONTINUE"]);
      // Not in monitoring any more: a follow-up is refused.
      expectCode(await review({ outcome: "CLOSE" }), "CONFLICT");
    });

    it("works without a date through moveCasePhase, and leaving monitoring by any path clears the date", async () => {
      await move("EVALUATION");
      const moved = await move("MONITORING");
      expect(moved).toMatchObject({ phase: "MONITORING", monitoringFollowUpOn: null });
      expect(await entry(MONITORED)).toMatchObject({ stalled: false });
      const res = await review({ outcome: "CONTINUE", nextFollowUpOn: inDays(30) }, marloes);
      expect(res.errors).toBeUndefined();
      // Reviewed without a date set: as if due today.
      expect((await read(MONITORED)).monitoringReviews[0]).toMatchObject({ followUpOn: today() });
      const back = await move("EXECUTION", "Nieuwe zorgen");
      expect(back).toMatchObject({ phase: "EXECUTION", monitoringFollowUpOn: null });
    });

    it("closes the case, with its retention date, as moveCasePhase does", async () => {
      await move("EVALUATION");
      const { version } = await caseRow(MONITORED);
      const started = await gql(
        hub,
        START_MONITORING,
        { input: { caseId: MONITORED, version, followUpOn: inDays(30) } },
        sanne, // a casusregisseur colleague at the directing organisation
      );
      expect(started.errors).toBeUndefined();
      const res = await review({ outcome: "CLOSE", note: "Stabiel, afgesloten na drie maanden" });
      expect(res.errors).toBeUndefined();
      expect(res.data.recordMonitoringReview).toMatchObject({
        phase: "CLOSED",
        closedOn: today(),
        monitoringFollowUpOn: null,
      });
      const c = await read(MONITORED);
      expect(c.retainUntil).toBe(
        `${Number(today().slice(0, 4)) + hub.config.retentionYears}${today().slice(4)}`,
      );
      expect(c.nextCheckInOn).toBeNull();
    });
  });

  describe("access", () => {
    const attempts = (version: number) =>
      [
        [RECORD_CHECK_IN, { caseId: CASE, heldOn: today(), cooperation: "Poging" }],
        [SET_INTERVAL, { caseId: CASE, weeks: 4 }],
        [SET_BUDGET, { caseId: CASE, version, amountCents: 1, reason: "Poging" }],
        [START_MONITORING, { caseId: CASE, version, followUpOn: inDays(30) }],
        [REVIEW, { caseId: CASE, version, outcome: "CLOSE", note: "Poging" }],
      ] as const;

    it("refuses a team partner (FORBIDDEN), others (NOT_FOUND), and changes nothing", async () => {
      const row = await caseRow(CASE);
      const checkIns = await count("case_check_ins");
      const reviews = await count("case_monitoring_reviews");
      const refusals: [keyof typeof P, string][] = [
        ["secondarySchoolProfessional", "FORBIDDEN"], // the school is on the team
        ["casusregisseurJeugdbescherming", "FORBIDDEN"], // on the team, casusregisseur elsewhere
        ["casusregisseurFemke", "NOT_FOUND"], // the casusregisseur of another case
        ["procesregisseurHanneke", "NOT_FOUND"],
        ["privacyOfficer", "NOT_FOUND"],
      ];
      for (const [who, code] of refusals) {
        const token = await signIn(hub, P[who]);
        for (const [doc, input] of attempts(row.version)) {
          const res = await gql(hub, doc, { input }, token);
          expect(res.errors?.[0]?.extensions.code, `${who} ${doc.slice(0, 40)}`).toBe(code);
          expect(res.data ?? null).toBeNull();
        }
      }
      expect(await caseRow(CASE)).toEqual(row);
      expect(await count("case_check_ins")).toBe(checkIns);
      expect(await count("case_monitoring_reviews")).toBe(reviews);
    });

    it("does not show the regiegesprekken, budget or monitoring to a team partner, and hides the case from others", async () => {
      const fields = [
        "checkIns",
        "nextCheckInOn",
        "checkInIntervalWeeks",
        "budgetStatus",
        "monitoringFollowUpOn",
        "monitoringReviews",
      ];
      for (const who of ["secondarySchoolProfessional", "casusregisseurJeugdbescherming"] as const) {
        const res = await gql(hub, FOLLOW_UP, { id: CASE }, await signIn(hub, P[who]));
        expect(res.data.case.id).toBe(CASE);
        expect(res.data.case.viewerCan).not.toContain("READ_FOLLOW_UP");
        for (const field of fields) expect(res.data.case[field], `${who} ${field}`).toBeNull();
        const refused = res.errors!.filter((e: any) => e.extensions.code === "CONSENT_REQUIRED");
        expect(refused.map((e: any) => e.path.at(-1)).sort()).toEqual([...fields].sort());
        expect(JSON.stringify(res)).not.toMatch(/Woningcorporatie|500000|Wachtlijst/);
      }
      for (const who of ["casusregisseurFemke", "privacyOfficer"] as const) {
        const res = await gql(hub, FOLLOW_UP, { id: CASE }, await signIn(hub, P[who]));
        expect(res.errors?.[0]?.extensions.code, who).toBe("NOT_FOUND");
        expect(res.data?.case ?? null).toBeNull();
      }
    });

    it("logs each change with its legal basis and puts no content in the log or the event", async () => {
      await hub.logSealer.sealNow();
      const log = await gql(
        hub,
        `query($caseId: ID!) { processingLog(caseId: $caseId, filter: { operations: [CREATE, UPDATE] }, first: 100) { edges { node { operation fields legalBasis detail actor { id } } } } }`,
        { caseId: CASE },
        await signIn(hub, P.privacyOfficer),
      );
      expect(log.errors).toBeUndefined();
      const entries = log.data.processingLog.edges.map((e: any) => e.node);
      const checkIn = entries.find(
        (e: any) => e.fields.includes("Case.checkIns") && e.operation === "CREATE",
      );
      expect(checkIn).toMatchObject({ legalBasis: "LEGAL_TASK" });
      expect(
        entries.find((e: any) => e.fields.includes("Case.budgetStatus") && e.operation === "UPDATE"),
      ).toMatchObject({
        legalBasis: "LEGAL_TASK",
        actor: { id: P.procesregisseur },
      });
      expect(JSON.stringify(entries)).not.toMatch(/Woningcorporatie|Wachtlijst|volstaat/);
      const events = resultRows<{ kind: string; fields: string[] }>(
        await hub.database.db.execute(
          sql`select change_kind as kind, fields from dossier_events where case_id = ${CASE}
            and change_kind in ('CHECK_IN_RECORDED', 'CHECK_IN_INTERVAL_SET', 'BUDGET_SET')`,
        ),
      );
      expect(new Set(events.map((e) => e.kind))).toEqual(
        new Set(["CHECK_IN_RECORDED", "CHECK_IN_INTERVAL_SET", "BUDGET_SET"]),
      );
      expect(JSON.stringify(events)).not.toMatch(/Woningcorporatie|Wachtlijst|500000/);
    });
  });
});
