import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { DEMO, invalidatePortfolioStandings } from "@regiehub/db";
import { calendarDate } from "@regiehub/domain";
import { expectCode, gql, signIn, startTestHub, wsClient, type TestHub } from "../support/hub";
import { collect, lastSeq } from "../support/live";

// Article 001: a case is never "dropped between tables". A case escalated to a table and not on that table's
// agenda after the region's days (PORTFOLIO_AGENDA_WAIT_DAYS, 14 by default) is a portfolio signal: in the
// entry (`awaitsAgenda`), in the urgency and the reasons, as a filter and in the CSV. Putting the case on the
// agenda of a session of that table ends it at once (an event: the standing is computed again, and the
// portfolio hears of it live); a session of another table, an agenda entry from before the escalation, or a step
// down the ladder do not count as the table taking the case up. Time passes by moving the ladder's dates back.

const P = DEMO.professionals;
const T = DEMO.escalationTables;
const VEENSTRA = DEMO.cases.separatedParents; // level 1 (wijkteamoverleg); Youssef directs, Marloes oversees
const KOOPMANS = DEMO.cases.multiProblem; // level 2 (Jeugdbeschermingsplein); Sanne directs, Marloes oversees
const PLEIN = "Jeugdbeschermingsplein Lindehaven";
const ZVH = "Zorg- en Veiligheidshuis Lindehaven";

const PORTFOLIO = `query($filter: PortfolioFilter, $first: Int) {
  portfolio(filter: $filter, first: $first) {
    totalCount
    edges { node { caseId urgency reasons awaitsAgenda { tableName escalatedOn daysWaiting } } }
  }
}`;
const CASE = `query($id: ID!) { case(id: $id) { version escalationHistory { id } } }`;
const ESCALATE = `mutation($input: EscalateCaseInput!) { escalateCase(input: $input) { id } }`;
const DEESCALATE = `mutation($input: DeescalateCaseInput!) { deescalateCase(input: $input) { id } }`;
const DECISION = `mutation($input: RecordTableDecisionInput!) { recordTableDecision(input: $input) { id } }`;
const PLAN = `mutation($input: PlanTableSessionInput!) { planTableSession(input: $input) { id } }`;
const PUT = `mutation($input: PutCaseOnAgendaInput!) { putCaseOnAgenda(input: $input) { id } }`;
const LIVE = `subscription($afterSeq: Seq) { portfolioEvents(afterSeq: $afterSeq) { change case { id } } }`;

const inDays = (n: number) => calendarDate(new Date(Date.now() + n * 86_400_000));

let hub: TestHub;
let marloes: string; // procesregisseur of both cases: escalates, plans sessions, reads the portfolio
let youssef: string; // casusregisseur of Veenstra
let sanne: string; // casusregisseur of Koopmans
let plein: string; // a session of the Jeugdbeschermingsplein in three days

const ok = <T = any>(res: { data?: any; errors?: unknown }, name: string): T => {
  expect(res.errors, name).toBeUndefined();
  return res.data[name];
};
const entries = async (filter: Record<string, unknown> = {}) => {
  const res = await gql(hub, PORTFOLIO, { filter, first: 100 }, marloes);
  return ok<any>(res, "portfolio");
};
const entryOf = async (caseId: string) =>
  (await entries()).edges.map((e: any) => e.node).find((n: any) => n.caseId === caseId);
const step = async (caseId: string, input: Record<string, unknown>, up = true) => {
  const { version } = ok<any>(await gql(hub, CASE, { id: caseId }, marloes), "case");
  ok(
    await gql(hub, up ? ESCALATE : DEESCALATE, { input: { caseId, version, ...input } }, marloes),
    up ? "escalateCase" : "deescalateCase",
  );
};
const putOnAgenda = (sessionId: string, caseId: string, token: string) =>
  gql(
    hub,
    PUT,
    {
      input: {
        sessionId,
        caseId,
        question: "Volstaat vrijwillige hulp, of is drang nodig?",
        preparationSummary: "De ouders komen afspraken wisselend na; de vraag is of drang nodig is.",
        legalBasis: "LEGAL_TASK",
      },
    },
    token,
  );
/**
 * Time passes: the case's ladder steps (and, with `agenda`, its agenda entries) taken since `since` lie `days`
 * further back. Written straight to the tables (no event), so the portfolio is told to compute the case again.
 */
const passes = async (caseId: string, days: number, since: Date, agenda = false) => {
  const db = hub.database.db;
  await db.execute(sql`update case_escalations set at = at - make_interval(days => ${days})
    where case_id = ${caseId} and at >= ${since.toISOString()}::timestamptz`);
  if (agenda) {
    await db.execute(sql`update table_agenda_entries set placed_at = placed_at - make_interval(days => ${days})
      where case_id = ${caseId} and placed_at >= ${since.toISOString()}::timestamptz`);
  }
  await invalidatePortfolioStandings(db, [caseId]);
};

beforeAll(async () => {
  hub = await startTestHub();
  [marloes, youssef, sanne] = await Promise.all([
    signIn(hub, P.procesregisseur),
    signIn(hub, P.casusregisseurYoussef),
    signIn(hub, P.casusregisseur),
  ]);
  plein = ok<any>(
    await gql(hub, PLAN, { input: { tableId: T.jeugdbeschermingsplein, heldOn: inDays(3) } }, marloes),
    "planTableSession",
  ).id;
}, 60_000);
afterAll(async () => {
  await hub?.stop();
});

describe("a case escalated to a table and not on its agenda", () => {
  let start: Date;
  let urgencyBefore: number;

  it("is no signal in the demo region: every step there carries its table's decision", async () => {
    const waiting = await entries({ awaitsAgenda: true });
    expect(waiting.totalCount).toBe(0);
    expect((await entries()).edges.every((e: any) => e.node.awaitsAgenda === null)).toBe(true);
  });

  it("is no signal for the set days, and one from the day after, counted in the urgency with a reason", async () => {
    start = new Date(Date.now() - 1_000);
    urgencyBefore = (await entryOf(VEENSTRA)).urgency;
    await step(VEENSTRA, { tableId: T.jeugdbeschermingsplein, reason: "De ouders blijven strijden." });
    const today = await entryOf(VEENSTRA);
    expect(today.awaitsAgenda).toBeNull();
    expect(today.reasons.join(" | ")).not.toMatch(/geagendeerd/);

    await passes(VEENSTRA, 14, start);
    expect((await entryOf(VEENSTRA)).awaitsAgenda).toBeNull(); // 14 days: not more than 14

    await passes(VEENSTRA, 6, new Date(0));
    const late = await entryOf(VEENSTRA);
    expect(late.awaitsAgenda).toEqual({ tableName: PLEIN, escalatedOn: inDays(-20), daysWaiting: 20 });
    expect(late.reasons).toContainEqual(
      expect.stringMatching(
        /^opgeschaald naar Jeugdbeschermingsplein Lindehaven op \d{1,2} [a-z]+ \d{4}, na 20 dagen nog niet geagendeerd$/,
      ),
    );
    // One level up (10 points) and the wait (20 points).
    expect(late.urgency).toBe(urgencyBefore + 10 + 20);
  });

  it("is a filter, and a column and a reason of the CSV", async () => {
    const waiting = await entries({ awaitsAgenda: true });
    expect(waiting.edges.map((e: any) => e.node.caseId)).toEqual([VEENSTRA]);
    const others = await entries({ awaitsAgenda: false });
    expect(others.edges.map((e: any) => e.node.caseId)).not.toContain(VEENSTRA);
    expect(waiting.totalCount + others.totalCount).toBe((await entries()).totalCount);

    const res = await gql(
      hub,
      `query($filter: PortfolioFilter) { portfolioCsv(filter: $filter) { contentBase64 } }`,
      { filter: { awaitsAgenda: true } },
      marloes,
    );
    const [header, line, ...rest] = Buffer.from(ok<any>(res, "portfolioCsv").contentBase64, "base64")
      .toString("utf8")
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(rest).toEqual([]);
    expect(header).toMatch(/;Doorbraken open;Wacht op agenda \(dagen\);Waarom hier$/);
    expect(line).toMatch(/;20;".*; opgeschaald naar Jeugdbeschermingsplein Lindehaven op .*"$/);
  });

  it("refuses a filter that is not a boolean", async () => {
    for (const awaitsAgenda of ["ja", 1, ["true"]]) {
      expectCode(await gql(hub, PORTFOLIO, { filter: { awaitsAgenda } }, marloes), "BAD_USER_INPUT");
    }
  });

  it("stays on while the case is on the agenda of another table", async () => {
    const since = new Date(Date.now() - 1_000);
    await step(KOOPMANS, { tableId: T.zorgEnVeiligheidshuis, reason: "Politie en justitie zijn nodig." });
    await passes(KOOPMANS, 20, since);
    expect((await entryOf(KOOPMANS)).awaitsAgenda).toMatchObject({ tableName: ZVH, daysWaiting: 20 });
    ok(await putOnAgenda(plein, KOOPMANS, sanne), "putCaseOnAgenda"); // the Plein, not the table it is at
    expect((await entryOf(KOOPMANS)).awaitsAgenda).toMatchObject({ tableName: ZVH, daysWaiting: 20 });
  });

  it("ends once the case is on the agenda of a session of that table — at once, and live", async () => {
    const marloesClient = wsClient(hub, marloes);
    const live = collect(marloesClient, LIVE, { afterSeq: await lastSeq(hub, marloes) });
    try {
      ok(await putOnAgenda(plein, VEENSTRA, youssef), "putCaseOnAgenda");
      // No invalidation: putting the case on an agenda is an event, so its standing is computed again.
      const placed = await entryOf(VEENSTRA);
      expect(placed.awaitsAgenda).toBeNull();
      expect(placed.reasons.join(" | ")).not.toMatch(/geagendeerd/);
      expect(placed.urgency).toBe(urgencyBefore + 10);
      expect((await entries({ awaitsAgenda: true })).edges.map((e: any) => e.node.caseId)).toEqual([
        KOOPMANS,
      ]);
      // The portfolio page follows it: the change reaches portfolioEvents (as ESCALATION).
      await live.until((r) =>
        r.some(
          (e) =>
            e.data?.portfolioEvents?.change === "ESCALATION" && e.data.portfolioEvents.case.id === VEENSTRA,
        ),
      );
    } finally {
      live.stop();
      await marloesClient.dispose();
    }
  });

  it("is no signal after a step down, and counts again from a new escalation, not from an older agenda entry", async () => {
    await step(VEENSTRA, { tableId: T.wijkteamoverleg, reason: "Afspraken lopen weer." }, false);
    await passes(VEENSTRA, 30, new Date(0), true); // the whole history, in its order
    expect((await entryOf(VEENSTRA)).awaitsAgenda).toBeNull(); // brought down to the wijkteamoverleg

    const again = new Date(Date.now() - 1_000);
    await step(VEENSTRA, { tableId: T.jeugdbeschermingsplein, reason: "Het gaat weer mis." });
    await passes(VEENSTRA, 16, again);
    // The Plein's agenda entry lies before this escalation: it does not count.
    expect((await entryOf(VEENSTRA)).awaitsAgenda).toEqual({
      tableName: PLEIN,
      escalatedOn: inDays(-16),
      daysWaiting: 16,
    });
  });

  it("ends once the table's decision on the escalation is recorded", async () => {
    const { escalationHistory } = ok<any>(await gql(hub, CASE, { id: VEENSTRA }, marloes), "case");
    ok(
      await gql(
        hub,
        DECISION,
        {
          input: {
            escalationId: escalationHistory.at(-1).id,
            decision: "Drang met doelen en monitoring.",
            decidedOn: inDays(0),
          },
        },
        marloes,
      ),
      "recordTableDecision",
    );
    expect((await entryOf(VEENSTRA)).awaitsAgenda).toBeNull();
  });

  it("is counted from the region's days", async () => {
    const region = await startTestHub({ PORTFOLIO_AGENDA_WAIT_DAYS: "30" });
    try {
      expect(region.config.region.agendaWaitDays).toBe(30);
      // A hub of its own (a fresh database): Koopmans escalated to the Zorg- en Veiligheidshuis.
      const token = await signIn(region, P.procesregisseur);
      const { version } = (await gql(region, CASE, { id: KOOPMANS }, token)).data.case;
      ok(
        await gql(
          region,
          ESCALATE,
          {
            input: { caseId: KOOPMANS, version, tableId: T.zorgEnVeiligheidshuis, reason: "Politie nodig." },
          },
          token,
        ),
        "escalateCase",
      );
      const moved = async (days: number) => {
        await region.database.db
          .execute(sql`update case_escalations set at = at - make_interval(days => ${days})
          where case_id = ${KOOPMANS}`); // the whole history, in its order
        await invalidatePortfolioStandings(region.database.db, [KOOPMANS]);
        const res = await gql(region, PORTFOLIO, { first: 100 }, token);
        return res.data.portfolio.edges.find((e: any) => e.node.caseId === KOOPMANS).node.awaitsAgenda;
      };
      expect(await moved(20)).toBeNull();
      expect(await moved(11)).toMatchObject({ tableName: ZVH, daysWaiting: 31 });
    } finally {
      await region.stop();
    }
  }, 60_000);
});
