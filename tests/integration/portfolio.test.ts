import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { DEMO, resultRows } from "@regiehub/db";
import { CASE_PHASES, comparePortfolioCases, type PortfolioEntry } from "@regiehub/domain";
import { casePersons, planWithOverdueAction } from "../support/dossier";
import { gql, signIn, startTestHub, type TestHub } from "../support/hub";
import { dutchDaysFromToday, dutchToday } from "../support/dates";

// The procesregisseur's portfolio (Query.portfolio): the cases one directs, each with process signals, ordered
// by urgency with the reasons in words; for a casusregisseur the cases they run; nobody else has one. One SQL
// statement per page whatever its size, every case on the page logged as a read, bad input typed.

const P = DEMO.professionals;
const CASE = DEMO.cases.multiProblem;
const OTHER = DEMO.cases.separatedParents;

const PORTFOLIO = `query($filter: PortfolioFilter, $orderBy: PortfolioOrder, $first: Int, $after: String) {
  portfolio(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node {
      caseId reference title phase framework escalationLevel casusregisseur { id } weeksInPhase
      stalled stalledBy overdueActions oldestOverdueDaysLate openActions
      evaluation { dueOn due overdue daysOverdue } checkIn { dueOn due overdue }
      acuteSafety teamGaps budget { amountCents committedCents spentCents overBudget } openDoorbraak handOvers
      lastActivityOn urgency reasons
    } }
  }
}`;

describe("the portfolio", () => {
  let hub: TestHub;
  const statements: string[] = [];
  let procesregisseur: string;

  beforeAll(async () => {
    hub = await startTestHub(
      { LIVE_POLL_MS: "60000", OVERDUE_CHECK_MS: "3600000" },
      { onQuery: (q) => statements.push(q) },
    );
    procesregisseur = await signIn(hub, P.procesregisseur);
    // In the multi-problem case, an action 30 days overdue (the casusregisseur plans it, due in the past).
    const sanne = await signIn(hub, P.casusregisseur);
    const kim = (await casePersons(hub, sanne, CASE)).find((p) => p.givenName === "Kim")!.id;
    await planWithOverdueAction(hub, sanne, {
      caseId: CASE,
      personId: kim,
      ownerOrganisationId: DEMO.organisations.wijkteamNoord,
      title: "Gesprek met de leerplichtambtenaar",
      daysAgo: 30,
    });
  }, 60_000);

  afterAll(async () => {
    await hub?.stop();
  });

  it("lists the cases the procesregisseur directs, most urgent first, with the reasons in words", async () => {
    const res = await gql(hub, PORTFOLIO, { first: 100 }, procesregisseur);
    expect(res.errors).toBeUndefined();
    const nodes = res.data.portfolio.edges.map((e: any) => e.node);
    const ids = nodes.map((n: any) => n.caseId);
    expect(ids).toContain(CASE);
    expect(ids).toContain(OTHER);
    expect(ids).not.toContain(DEMO.cases.veiligThuisMonitoring); // directed by another procesregisseur
    expect(res.data.portfolio.totalCount).toBe(nodes.length);
    const urgencies = nodes.map((n: any) => n.urgency);
    expect(urgencies).toEqual([...urgencies].sort((a, b) => b - a));
    const multi = nodes.find((n: any) => n.caseId === CASE);
    expect(multi.overdueActions).toBe(1);
    expect(multi.oldestOverdueDaysLate).toBeGreaterThanOrEqual(29);
    expect(multi.openActions).toBe(1);
    expect(multi.reasons.join(" | ")).toMatch(/1 actie \d+ dagen te laat/);
    // Process information only: nothing of the dossier's content (the action's title, the goal's wording).
    expect(JSON.stringify(res.data)).not.toMatch(/leerplichtambtenaar|Elke dag naar school/);
  });

  it("answers a page in one statement, whatever its size, and computes again only the cases that changed", async () => {
    const count = async (first: number) => {
      statements.length = 0;
      const res = await gql(hub, PORTFOLIO, { first }, procesregisseur);
      expect(res.errors).toBeUndefined();
      // The log writes and the sealer's statements (it runs after each request) are not the page's.
      const page = statements.filter(
        (q) => !/processing_log|advisory_xact_lock|insert into "dossier_events"/.test(q),
      );
      return {
        data: res.data.portfolio,
        cases: res.data.portfolio.edges.length,
        all: page.length,
        pages: page.filter((q) => /first_as_procesregisseur/.test(q)),
        facts: page.filter((q) => /from cases\s/i.test(q) && /lateral/.test(q)),
        statements: page,
      };
    };
    /** The standings rows written since `before` (a row's xmin changes when it is written). */
    const versions = async () =>
      new Map(
        resultRows<{ id: string; v: string }>(
          await hub.database.db.execute(
            sql`select case_id::text as id, xmin::text as v from portfolio_standings`,
          ),
        ).map((r) => [r.id, r.v]),
      );
    const rewritten = (before: Map<unknown, unknown>, after: Map<unknown, unknown>) =>
      [...after].filter(([id, v]) => before.get(id) !== v).map(([id]) => id);

    await count(1); // the standings computed once (the first read of the day, or after changes)
    const one = await count(1);
    const hundred = await count(100);
    expect(one.cases).toBe(1);
    expect(hundred.cases).toBeGreaterThan(1);
    // Nothing changed: one statement reads the page (the sign-in check and the casusregisseurs' one batched
    // lookup aside), and no facts are loaded.
    expect(one.pages).toHaveLength(1);
    expect(hundred.pages).toHaveLength(1);
    expect(one.facts.length + hundred.facts.length).toBe(0);
    expect(hundred.all, hundred.statements.join("\n---\n")).toBeLessThanOrEqual(one.all);
    expect(one.all).toBeLessThanOrEqual(3);

    // A change to one case (an operation: every change is an event) computes that case again, and the page
    // says so at once.
    const before = hundred.data.edges.find((e: any) => e.node.caseId === CASE).node;
    const version = (
      await gql(hub, `query($id: ID!) { case(id: $id) { version } }`, { id: CASE }, procesregisseur)
    ).data.case.version;
    const renamed = await gql(
      hub,
      `mutation($input: UpdateCaseInput!) { updateCase(input: $input) { title } }`,
      { input: { id: CASE, version, title: "Gezin Koopmans-de Wit" } },
      procesregisseur,
    );
    expect(renamed.errors).toBeUndefined();
    let standings = await versions();
    const afterChange = await count(100);
    expect(afterChange.facts).toHaveLength(1);
    expect(afterChange.pages).toHaveLength(2); // stale, then read again
    expect(rewritten(standings, await versions())).toEqual([CASE]);
    expect(afterChange.data.edges.find((e: any) => e.node.caseId === CASE).node.title).toBe(
      "Gezin Koopmans-de Wit",
    );
    expect(before.title).not.toBe("Gezin Koopmans-de Wit");
    // Unchanged since: nothing computed again.
    await count(100);
    standings = await versions();
    const unchanged = await count(100);
    expect(unchanged.facts).toHaveLength(0);
    expect(unchanged.pages).toHaveLength(1);
    expect(rewritten(standings, await versions())).toEqual([]);
  });

  const countOf = async (query: ReturnType<typeof sql>) =>
    resultRows<{ n: number }>(await hub.database.db.execute(query))[0]!.n;

  it("computes every standing of the portfolio again on a new day, and moves the watermark", async () => {
    await gql(hub, PORTFOLIO, { first: 5 }, procesregisseur);
    const today = resultRows<{ day: string }>(
      await hub.database.db.execute(sql`select max(computed_on)::text as day from portfolio_standings`),
    )[0]!.day;
    // As if computed yesterday: every standing of the portfolio is stale and computed again at the next read.
    await hub.database.db.execute(sql`update portfolio_standings set computed_on = computed_on - 1`);
    const res = await gql(hub, PORTFOLIO, { first: 100 }, procesregisseur);
    expect(res.errors).toBeUndefined();
    const procesregisseurId = resultRows<{ id: string }>(
      await hub.database.db.execute(sql`select procesregisseur_id as id from cases where id = ${CASE}`),
    )[0]!.id;
    expect(
      await countOf(sql`select count(*)::int as n from portfolio_standings s join cases c on c.id = s.case_id
        where c.procesregisseur_id = ${procesregisseurId}
          and s.computed_on <> ${today}::date`),
    ).toBe(0);
    expect(
      await countOf(sql`select count(*)::int as n from portfolio_standings s join cases c on c.id = s.case_id
        where c.procesregisseur_id = ${procesregisseurId} and s.computed_on = ${today}::date`),
    ).toBeGreaterThan(10);
    // The watermark follows the events: nothing after it once a page was read.
    expect(
      await countOf(
        sql`select count(*)::int as n from dossier_events where seq > (select seq from portfolio_watermark)`,
      ),
    ).toBe(0);
  });

  it("orders in SQL exactly as the domain's urgency order (comparePortfolioCases)", async () => {
    const listed = (await gql(hub, PORTFOLIO, { first: 100 }, procesregisseur)).data.portfolio.edges.map(
      (e: any) => e.node.caseId,
    );
    const entries = resultRows<{ entry: PortfolioEntry | string }>(
      await hub.database.db.execute(
        sql`select entry from portfolio_standings where case_id = any(${`{${listed.join(",")}}`}::uuid[])`,
      ),
    ).map(({ entry }) => (typeof entry === "string" ? (JSON.parse(entry) as PortfolioEntry) : entry));
    expect(entries).toHaveLength(listed.length);
    expect(listed.length).toBeGreaterThan(10);
    expect([...entries].sort(comparePortfolioCases).map((e) => e.signals.caseId)).toEqual(listed);
  });

  it("filters, orders and pages", async () => {
    const overdue = await gql(hub, PORTFOLIO, { filter: { overdue: true } }, procesregisseur);
    expect(overdue.data.portfolio.edges.map((e: any) => e.node.caseId)).toEqual([CASE]);
    const notOverdue = await gql(hub, PORTFOLIO, { filter: { overdue: false }, first: 100 }, procesregisseur);
    expect(notOverdue.data.portfolio.edges.map((e: any) => e.node.caseId)).not.toContain(CASE);
    const phase = (await gql(hub, PORTFOLIO, { first: 100 }, procesregisseur)).data.portfolio.edges[0].node
      .phase;
    const inPhase = await gql(hub, PORTFOLIO, { filter: { phases: [phase] }, first: 100 }, procesregisseur);
    expect(inPhase.data.portfolio.edges.every((e: any) => e.node.phase === phase)).toBe(true);
    const byWeeks = await gql(hub, PORTFOLIO, { orderBy: "WEEKS_IN_PHASE", first: 100 }, procesregisseur);
    const weeks = byWeeks.data.portfolio.edges.map((e: any) => e.node.weeksInPhase);
    expect(weeks).toEqual([...weeks].sort((a, b) => b - a));
    // Pages of one follow each other without gap or repeat.
    const all = (await gql(hub, PORTFOLIO, { first: 100 }, procesregisseur)).data.portfolio.edges.map(
      (e: any) => e.node.caseId,
    );
    const paged: string[] = [];
    let after: string | null = null;
    do {
      const page: any = await gql(hub, PORTFOLIO, { first: 1, after }, procesregisseur);
      paged.push(...page.data.portfolio.edges.map((e: any) => e.node.caseId));
      after = page.data.portfolio.pageInfo.hasNextPage ? page.data.portfolio.pageInfo.endCursor : null;
    } while (after);
    expect(paged).toEqual(all);
  });

  it("summarises the portfolio for its charts with the same figures as the list", async () => {
    const list = (await gql(hub, PORTFOLIO, { first: 100 }, procesregisseur)).data.portfolio.edges.map(
      (e: any) => e.node,
    );
    const res = await gql(
      hub,
      `{ portfolioSummary { total stalled overdue acuteSafety byPhase { phase cases stalled } } }`,
      {},
      procesregisseur,
    );
    expect(res.errors).toBeUndefined();
    const summary = res.data.portfolioSummary;
    expect(summary.total).toBe(list.length);
    expect(summary.stalled).toBe(list.filter((n: any) => n.stalled).length);
    expect(summary.overdue).toBe(list.filter((n: any) => n.overdueActions > 0).length);
    expect(summary.byPhase.map((p: any) => p.phase)).toEqual([...CASE_PHASES]);
    for (const p of summary.byPhase) {
      expect(p.cases).toBe(list.filter((n: any) => n.phase === p.phase).length);
      expect(p.stalled).toBe(list.filter((n: any) => n.phase === p.phase && n.stalled).length);
    }
    const school = await gql(
      hub,
      `{ portfolioSummary { total } }`,
      {},
      await signIn(hub, P.schoolProfessional),
    );
    expect(school.errors?.[0]?.extensions.code).toBe("FORBIDDEN");
  });

  it("gives a casusregisseur the cases they run, and nobody else a portfolio", async () => {
    const sanne = await signIn(hub, P.casusregisseur);
    const own = await gql(hub, PORTFOLIO, { first: 100 }, sanne);
    expect(own.errors).toBeUndefined();
    expect(own.data.portfolio.edges.map((e: any) => e.node.caseId)).toContain(CASE);
    for (const who of [P.schoolProfessional, P.privacyOfficer, P.admin, P.huisarts]) {
      const res = await gql(hub, PORTFOLIO, {}, await signIn(hub, who));
      expect(res.errors?.[0]?.extensions.code, who).toBe("FORBIDDEN");
      expect(res.data ?? null).toBeNull();
    }
    expect((await gql(hub, PORTFOLIO, {})).errors?.[0]?.extensions.code).toBe("UNAUTHENTICATED");
  });

  it("refuses bad input with a typed error", async () => {
    for (const variables of [
      { first: 0 },
      { first: 101 },
      { after: "not-a-cursor" },
      { filter: { casusregisseurId: "abc" } },
      { filter: { phases: ["NOPE"] } },
      { orderBy: "SIDEWAYS" },
    ]) {
      const res = await gql(hub, PORTFOLIO, variables, procesregisseur);
      expect(res.errors?.[0]?.extensions.code, JSON.stringify(variables)).toBe("BAD_USER_INPUT");
    }
    const unknown = await gql(
      hub,
      PORTFOLIO,
      { filter: { casusregisseurId: randomUUID() } },
      procesregisseur,
    );
    expect(unknown.data.portfolio.edges).toEqual([]);
  });

  it("exports the list as CSV with the same cases, order and reasons, logged as an EXPORT of each case", async () => {
    const list = (await gql(hub, PORTFOLIO, { first: 100, filter: { overdue: true } }, procesregisseur)).data
      .portfolio.edges;
    const res = await gql(
      hub,
      `query($filter: PortfolioFilter) { portfolioCsv(filter: $filter) { fileName mediaType contentBase64 } }`,
      { filter: { overdue: true } },
      procesregisseur,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.portfolioCsv.fileName).toBe(`portefeuille-${dutchToday()}.csv`);
    expect(res.data.portfolioCsv.mediaType).toMatch(/^text\/csv/);
    const csv = Buffer.from(res.data.portfolioCsv.contentBase64, "base64").toString("utf8");
    const lines = csv
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines[0]).toMatch(/^Kenmerk;Casus;Fase;.*;Waarom hier$/);
    expect(lines).toHaveLength(list.length + 1);
    expect(lines[1]).toContain(list[0].node.reference);
    expect(lines[1]).toMatch(/1 actie \d+ dagen te laat/);
    expect(csv).not.toMatch(/leerplichtambtenaar/);
    // Nobody without a portfolio gets one as a file either.
    const school = await gql(
      hub,
      `{ portfolioCsv { fileName } }`,
      {},
      await signIn(hub, P.schoolProfessional),
    );
    expect(school.errors?.[0]?.extensions.code).toBe("FORBIDDEN");
    await hub.logSealer.sealNow();
    const log = await gql(
      hub,
      `query($caseId: ID!) { processingLog(caseId: $caseId, filter: { operations: [EXPORT] }, first: 100) { edges { node { detail actor { id } } } } }`,
      { caseId: CASE },
      await signIn(hub, P.privacyOfficer),
    );
    expect(log.data.processingLog.edges.map((e: any) => e.node)).toContainEqual({
      detail: "portfolio CSV",
      actor: { id: P.procesregisseur },
    });
  });

  it("logs every case on the page as a portfolio read", async () => {
    await gql(hub, PORTFOLIO, { first: 100 }, procesregisseur);
    await hub.logSealer.sealNow();
    const res = await gql(
      hub,
      `query($caseId: ID!) { processingLog(caseId: $caseId, filter: { operations: [READ] }, first: 100) { edges { node { fields actor { id } } } } }`,
      { caseId: CASE },
      await signIn(hub, P.privacyOfficer),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.processingLog.edges.some((e: any) => e.node.fields.includes("Portfolio.signals"))).toBe(
      true,
    );
  });

  it("takes the regiegesprek, the budget and the monitoring follow-up from the case's own data", async () => {
    const node = async () =>
      (await gql(hub, PORTFOLIO, { first: 100 }, procesregisseur)).data.portfolio.edges
        .map((e: any) => e.node)
        .find((n: any) => n.caseId === CASE);
    const { openedOn, version } = (
      await gql(hub, `query($id: ID!) { case(id: $id) { openedOn version } }`, { id: CASE }, procesregisseur)
    ).data.case;
    // No regiegesprek yet: due the interval (6 weeks) after opening — long past for this case.
    const firstDue = new Date(Date.parse(`${openedOn}T12:00:00Z`) + 42 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    expect((await node()).checkIn).toMatchObject({ dueOn: firstDue, overdue: true });
    // A budget with nothing committed against it is within it; a regiegesprek moves the date to the one agreed.
    const budget = await gql(
      hub,
      `mutation($input: SetCaseBudgetInput!) { setCaseBudget(input: $input) { id } }`,
      { input: { caseId: CASE, version, amountCents: 1_000_000, reason: "Maatwerkbudget" } },
      procesregisseur,
    );
    expect(budget.errors).toBeUndefined();
    const next = dutchDaysFromToday(20);
    const checkIn = await gql(
      hub,
      `mutation($input: RecordCheckInInput!) { recordCheckIn(input: $input) { id } }`,
      {
        input: {
          caseId: CASE,
          heldOn: dutchDaysFromToday(-1),
          cooperation: "Goed",
          nextCheckInOn: next,
        },
      },
      procesregisseur,
    );
    expect(checkIn.errors).toBeUndefined();
    const after = await node();
    expect(after.budget).toMatchObject({ amountCents: 1_000_000, overBudget: false });
    expect(after.checkIn).toMatchObject({ dueOn: next, overdue: false });
    expect(after.reasons.join(" | ")).not.toMatch(/regiegesprek/);
  });

  it("moves a case to another procesregisseur's portfolio when its direction is handed over", async () => {
    const hanneke = await signIn(hub, P.procesregisseurHanneke);
    const ids = async (token: string) =>
      (await gql(hub, PORTFOLIO, { first: 100 }, token)).data.portfolio.edges.map((e: any) => e.node.caseId);
    expect(await ids(procesregisseur)).toContain(OTHER);
    expect(await ids(hanneke)).not.toContain(OTHER);
    const hand = async (to: string, token: string) => {
      const version = (await gql(hub, `query($id: ID!) { case(id: $id) { version } }`, { id: OTHER }, token))
        .data.case.version;
      const res = await gql(
        hub,
        `mutation($input: UpdateCaseInput!) { updateCase(input: $input) { id } }`,
        { input: { id: OTHER, version, procesregisseurId: to } },
        token,
      );
      expect(res.errors).toBeUndefined();
    };
    await hand(P.procesregisseurHanneke, procesregisseur);
    expect(await ids(procesregisseur)).not.toContain(OTHER);
    expect(await ids(hanneke)).toContain(OTHER);
    await hand(P.procesregisseur, hanneke);
    expect(await ids(procesregisseur)).toContain(OTHER);
    expect(await ids(hanneke)).not.toContain(OTHER);
  });
});
