import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { DEMO, resultRows } from "@regiehub/db";
import { calendarDate } from "@regiehub/domain";
import { expectCode, gql, signIn, startTestHub, type TestHub } from "../support/hub";

// Table sessions (issue 17): a session of a table with an agenda of cases; a table member outside the case team
// reads the preparation summary only while the case is on the agenda — nothing else of the case — and every
// read is logged; after the chair records the outcome the access lapses, the members see the outcome (not the
// content) and the directors are notified. A case is never on two open agendas at once.

const P = DEMO.professionals;
const T = DEMO.escalationTables;
const KOOPMANS = DEMO.cases.multiProblem; // Sanne Bakker directs, Marloes de Wit oversees
const SUMMARY = "Moeder werkt wisselend mee; Kim verzuimt; de vraag is of drang nodig is.";

const SESSION = `id heldOn table { id name } agenda { id caseId caseReference question preparationSummary
  decidedAt outcome decision nextReviewOn carriedBy { id } viewerCan phase allowedPhaseMoves present { id } }
  members { id }`;
const PLAN = `mutation($input: PlanTableSessionInput!) { planTableSession(input: $input) { ${SESSION} } }`;
const PUT = `mutation($input: PutCaseOnAgendaInput!) { putCaseOnAgenda(input: $input) { id caseReference question viewerCan } }`;
const DECIDE = `mutation($input: RecordAgendaOutcomeInput!) { recordAgendaOutcome(input: $input) { id decidedAt outcome phase frameworkDecidedTo } }`;
const MOVE = `mutation($input: MoveAgendaPhaseInput!) { moveAgendaPhase(input: $input) { id phase allowedPhaseMoves } }`;
const NOTICES = `{ myTableOutcomeNotices { id message readAt table { id } entry { id caseReference outcome decision nextReviewOn carriedBy { id } preparationSummary } } }`;
const MARK = `mutation($id: ID!) { markTableOutcomeNoticeRead(id: $id) { id readAt } }`;
const CASE = `query($id: ID!) { case(id: $id) { framework casusregisseur { id } procesregisseur { id } } }`;
const PHASES = ["IMAGE_FORMING", "JUDGEMENT", "DECISION"] as const;
const MINE = `{ mySessions { ${SESSION} } }`;

const inDays = (n: number) => calendarDate(new Date(Date.now() + n * 86_400_000));

let hub: TestHub;
let marloes: string; // procesregisseur: plans sessions
let sanne: string; // casusregisseur of Koopmans
let ruud: string; // chair of the Jeugdbeschermingsplein
let raad: string; // raadsonderzoeker: member of the Jeugdbeschermingsplein, not on Koopmans' team
let huisarts: string; // no table, no team

const counts = async () =>
  resultRows<{ sessions: number; entries: string; notifications: number }>(
    await hub.database.db.execute(sql`select
      (select count(*)::int from table_sessions) as sessions,
      (select string_agg(id || ':' || coalesce(decided_at::text, '-'), ',' order by id) from table_agenda_entries) as entries,
      (select count(*)::int from notifications) as notifications`),
  )[0]!;
async function unchanged(run: () => Promise<unknown>) {
  const before = await counts();
  await run();
  expect(await counts()).toEqual(before);
}

beforeAll(async () => {
  hub = await startTestHub();
  [marloes, sanne, ruud, raad, huisarts] = await Promise.all([
    signIn(hub, P.procesregisseur),
    signIn(hub, P.casusregisseur),
    signIn(hub, P.procesregisseurRuud),
    signIn(hub, P.raadsonderzoeker),
    signIn(hub, P.huisarts),
  ]);
}, 60_000);
afterAll(async () => {
  await hub?.stop();
});

describe("a table session", () => {
  let plein: any;
  let zvh: any;
  let entryId: string;

  it("is planned by a procesregisseur, and refused with a typed error otherwise", async () => {
    await unchanged(async () => {
      expectCode(
        await gql(hub, PLAN, { input: { tableId: T.jeugdbeschermingsplein, heldOn: inDays(3) } }, sanne),
        "FORBIDDEN",
      );
      expectCode(
        await gql(hub, PLAN, { input: { tableId: T.jeugdbeschermingsplein, heldOn: inDays(-1) } }, marloes),
        "BAD_USER_INPUT",
      );
      expectCode(
        await gql(
          hub,
          PLAN,
          { input: { tableId: "00000000-0000-4000-8000-000000000000", heldOn: inDays(3) } },
          marloes,
        ),
        "NOT_FOUND",
      );
    });
    const res = await gql(
      hub,
      PLAN,
      { input: { tableId: T.jeugdbeschermingsplein, heldOn: inDays(3) } },
      marloes,
    );
    expect(res.errors).toBeUndefined();
    plein = res.data.planTableSession;
    expect(plein).toMatchObject({ heldOn: inDays(3), table: { id: T.jeugdbeschermingsplein }, agenda: [] });
    zvh = (await gql(hub, PLAN, { input: { tableId: T.zorgEnVeiligheidshuis, heldOn: inDays(4) } }, marloes))
      .data.planTableSession;
  });

  it("takes a case from its director, never on two open agendas at once", async () => {
    const put = (token: string, input: Record<string, unknown>) =>
      gql(
        hub,
        PUT,
        {
          input: {
            sessionId: plein.id,
            caseId: KOOPMANS,
            question: "Volstaat vrijwillige hulp, of is drang nodig?",
            preparationSummary: SUMMARY,
            legalBasis: "LEGAL_TASK",
            ...input,
          },
        },
        token,
      );
    await unchanged(async () => {
      expectCode(await put(raad, {}), "NOT_FOUND"); // not on the case
      expectCode(await put(sanne, { preparationSummary: "" }), "BAD_USER_INPUT");
      expectCode(await put(sanne, { sessionId: "00000000-0000-4000-8000-000000000000" }), "NOT_FOUND");
      expectCode(await put(sanne, { caseId: "not-a-case" }), "BAD_USER_INPUT");
    });
    const res = await put(sanne, {});
    expect(res.errors).toBeUndefined();
    entryId = res.data.putCaseOnAgenda.id;
    await unchanged(async () => {
      expectCode(await put(sanne, {}), "CONFLICT"); // already on this agenda
      const other = await put(sanne, { sessionId: zvh.id });
      expectCode(other, "CONFLICT");
      expect(other.errors![0]!.message).toContain("Jeugdbeschermingsplein Lindehaven");
    });
  });

  it("lets a table member outside the team read the preparation summary — and nothing else — while open", async () => {
    const res = await gql(hub, MINE, {}, raad);
    expect(res.errors).toBeUndefined();
    const session = res.data.mySessions.find((s: any) => s.id === plein.id);
    // The table's chair first, then its members.
    expect(session.members[0]).toEqual({ id: P.procesregisseurRuud });
    expect(session.members.map((m: any) => m.id)).toEqual(
      expect.arrayContaining([P.raadsonderzoeker, P.jeugdreclasseerder, P.procesregisseur]),
    );
    expect(session.agenda).toEqual([
      expect.objectContaining({
        id: entryId,
        caseId: KOOPMANS,
        preparationSummary: SUMMARY,
        viewerCan: ["READ_PREPARATION"],
      }),
    ]);
    expectCode(
      await gql(hub, `query($id: ID!) { case(id: $id) { id title } }`, { id: KOOPMANS }, raad),
      "NOT_FOUND",
    );
    const logged = resultRows<{ n: number }>(
      await hub.database.db.execute(
        sql`select count(*)::int as n from processing_log where actor_id = ${P.raadsonderzoeker} and case_id = ${KOOPMANS}
          and operation = 'READ' and 'AgendaEntry.preparationSummary' = any(fields)`,
      ),
    )[0]!;
    expect(logged.n).toBeGreaterThanOrEqual(1);
    // Someone at no table sees no session.
    const outsider = await gql(hub, MINE, {}, huisarts);
    expect(outsider.data.mySessions.some((s: any) => s.id === plein.id)).toBe(false);
  });

  it("ends in the chair's outcome: the access lapses, the members see the outcome, the directors are notified", async () => {
    const decide = (token: string, input: Record<string, unknown> = {}) =>
      gql(
        hub,
        DECIDE,
        {
          input: {
            entryId,
            outcome: "DRANG",
            decision: "Drang met doelen en monitoring; over drie maanden terug aan tafel.",
            carriedByProfessionalId: P.casusregisseur,
            nextReviewOn: inDays(95),
            ...input,
          },
        },
        token,
      );
    // The table forms the picture before it judges: no outcome before the decision phase.
    await unchanged(async () => expectCode(await decide(ruud), "BAD_USER_INPUT"));
    const move = (token: string, phase: string, id = entryId) =>
      gql(hub, MOVE, { input: { entryId: id, phase } }, token);
    await unchanged(async () => {
      expectCode(await move(raad, "IMAGE_FORMING"), "FORBIDDEN"); // a member, not the chair
      expectCode(await move(huisarts, "IMAGE_FORMING"), "NOT_FOUND");
      expectCode(await move(ruud, "JUDGEMENT"), "BAD_USER_INPUT"); // skips image forming
      expectCode(await move(ruud, "QUESTION"), "BAD_USER_INPUT"); // already there
      expectCode(await move(ruud, "LATER"), "BAD_USER_INPUT");
      expectCode(await move(ruud, "IMAGE_FORMING", "not-an-entry"), "NOT_FOUND");
    });
    const first = await move(ruud, "IMAGE_FORMING");
    expect(first.data.moveAgendaPhase).toMatchObject({
      phase: "IMAGE_FORMING",
      allowedPhaseMoves: ["JUDGEMENT", "QUESTION"],
    });
    const seenByMember = await gql(hub, MINE, {}, raad);
    expect(seenByMember.data.mySessions.find((x: any) => x.id === plein.id).agenda[0]).toMatchObject({
      phase: "IMAGE_FORMING",
      allowedPhaseMoves: [],
    });
    for (const phase of PHASES.slice(1)) expect((await move(ruud, phase)).errors).toBeUndefined();
    await unchanged(async () => {
      expectCode(await decide(raad), "FORBIDDEN"); // a member, not the chair
      expectCode(await decide(huisarts), "NOT_FOUND");
      expectCode(await decide(ruud, { nextReviewOn: inDays(1) }), "BAD_USER_INPUT"); // before the session
      expectCode(await decide(ruud, { outcome: "MAYBE" }), "BAD_USER_INPUT");
      // Who was there: the chair and members only, each once.
      expectCode(await decide(ruud, { presentProfessionalIds: [P.huisarts] }), "BAD_USER_INPUT");
      expectCode(
        await decide(ruud, { presentProfessionalIds: [P.raadsonderzoeker, P.raadsonderzoeker] }),
        "BAD_USER_INPUT",
      );
      expectCode(await decide(ruud, { presentProfessionalIds: ["nobody"] }), "BAD_USER_INPUT");
    });
    const res = await decide(ruud, {
      presentProfessionalIds: [P.procesregisseurRuud, P.raadsonderzoeker],
    });
    expect(res.errors).toBeUndefined();
    // Koopmans is in drang already: the outcome keeps the framework.
    expect(res.data.recordAgendaOutcome).toMatchObject({
      outcome: "DRANG",
      phase: "DECISION",
      frameworkDecidedTo: null,
    });
    await unchanged(async () => {
      expectCode(await decide(ruud), "CONFLICT");
      expectCode(await move(ruud, "JUDGEMENT"), "CONFLICT");
    });

    const after = await gql(hub, MINE, {}, raad);
    const entry = after.data.mySessions.find((s: any) => s.id === plein.id).agenda[0];
    expect(entry).toMatchObject({
      outcome: "DRANG",
      present: [{ id: P.procesregisseurRuud }, { id: P.raadsonderzoeker }],
      preparationSummary: null,
      viewerCan: [],
      carriedBy: { id: P.casusregisseur },
    });
    expect(JSON.stringify(after.data)).not.toContain("Kim verzuimt");
    expectCode(after, "CONSENT_REQUIRED");

    const notes = await gql(hub, `{ myNotifications { kind case { id } } }`, {}, sanne);
    expect(notes.data.myNotifications.map((n: any) => [n.kind, n.case.id])).toContainEqual([
      "TABLE_OUTCOME",
      KOOPMANS,
    ]);
    // The member outside the team hears the outcome through the entry — not the content, not the case.
    const notices = await gql(hub, NOTICES, {}, raad);
    expect(notices.data.myTableOutcomeNotices).toEqual([
      expect.objectContaining({
        message: expect.stringContaining("Jeugdbeschermingsplein Lindehaven"),
        readAt: null,
        table: { id: T.jeugdbeschermingsplein },
        entry: expect.objectContaining({
          id: entryId,
          outcome: "DRANG",
          nextReviewOn: inDays(95),
          carriedBy: { id: P.casusregisseur },
          preparationSummary: null,
        }),
      }),
    ]);
    expect(JSON.stringify(notices.data)).not.toContain("Kim verzuimt");
    const noticeId = notices.data.myTableOutcomeNotices[0].id;
    // Those who may open the case have it among their notifications, not as a notice; others have nothing.
    expect((await gql(hub, NOTICES, {}, sanne)).data.myTableOutcomeNotices).toEqual([]);
    expect((await gql(hub, NOTICES, {}, huisarts)).data.myTableOutcomeNotices).toEqual([]);
    const rnotes = await gql(hub, `{ myNotifications { id } }`, {}, raad);
    expect(rnotes.data.myNotifications.map((n: any) => n.id)).not.toContain(noticeId);
    await unchanged(async () => {
      expectCode(await gql(hub, MARK, { id: noticeId }, sanne), "NOT_FOUND");
      expectCode(await gql(hub, MARK, { id: "nope" }, raad), "NOT_FOUND");
      expectCode(
        await gql(hub, `mutation($id: ID!) { markNotificationRead(id: $id) { id } }`, { id: noticeId }, raad),
        "NOT_FOUND",
      );
    });
    const marked = await gql(hub, MARK, { id: noticeId }, raad);
    expect(marked.data.markTableOutcomeNoticeRead.readAt).toEqual(expect.any(String));

    // Decided: the case may go to another table now.
    const next = await gql(
      hub,
      PUT,
      {
        input: {
          sessionId: zvh.id,
          caseId: KOOPMANS,
          question: "Vervolg",
          preparationSummary: "Vervolg na het plein.",
          legalBasis: "LEGAL_TASK",
        },
      },
      sanne,
    );
    expect(next.errors).toBeUndefined();
  });
});

describe("a table that decides frameworks", () => {
  it("puts the case in the framework its outcome names, through the state machine", async () => {
    // Koopmans' follow-up on the Zorg- en Veiligheidshuis, put on its agenda after the plein decided.
    const open = (await gql(hub, MINE, {}, ruud)).data.mySessions
      .filter((x: any) => x.table.id === T.zorgEnVeiligheidshuis)
      .flatMap((x: any) => x.agenda)
      .find((e: any) => e.caseId === KOOPMANS && !e.decidedAt);
    const entryId: string = open.id;
    for (const phase of PHASES)
      expect((await gql(hub, MOVE, { input: { entryId, phase } }, ruud)).errors).toBeUndefined();
    const decide = (carriedByProfessionalId: string) =>
      gql(
        hub,
        DECIDE,
        {
          input: {
            entryId,
            outcome: "RAAD_INVESTIGATION",
            decision: "Verzoek tot onderzoek aan de Raad; casusregie naar de jeugdbescherming.",
            carriedByProfessionalId,
          },
        },
        ruud,
      );
    // Into the compulsory framework only with a casusregisseur of a certified institution.
    await unchanged(async () => {
      const refused = await decide(P.casusregisseur);
      expectCode(refused, "BAD_USER_INPUT");
    });
    expect((await gql(hub, CASE, { id: KOOPMANS }, sanne)).data.case.framework).toBe("DRANG");
    const res = await decide(P.casusregisseurJeugdbescherming);
    expect(res.errors).toBeUndefined();
    expect(res.data.recordAgendaOutcome).toMatchObject({
      outcome: "RAAD_INVESTIGATION",
      frameworkDecidedTo: "COMPULSORY",
    });
    const anouk = await signIn(hub, P.casusregisseurJeugdbescherming);
    const after = await gql(hub, CASE, { id: KOOPMANS }, anouk);
    expect(after.data.case).toEqual({
      framework: "COMPULSORY",
      casusregisseur: { id: P.casusregisseurJeugdbescherming },
      procesregisseur: null,
    });
    const decisions = resultRows<{ to: string; table: string }>(
      await hub.database.db.execute(
        sql`select to_framework as to, table_id as table from case_framework_decisions where case_id = ${KOOPMANS}
          order by at desc limit 1`,
      ),
    );
    expect(decisions[0]).toEqual({ to: "COMPULSORY", table: T.zorgEnVeiligheidshuis });
  });
});

describe("an outcome in my sessions", () => {
  it("stays until its next review, however long ago the session was held", async () => {
    const listed = async () =>
      (await gql(hub, MINE, {}, raad)).data.mySessions.some((s: any) =>
        s.agenda.some((e: any) => e.caseId === KOOPMANS && e.outcome === "DRANG"),
      );
    expect(await listed()).toBe(true);
    // Held 120 days ago: older than the 90 days "my sessions" keeps, but its review is still to come.
    await hub.database.db.execute(
      sql`update table_sessions set held_on = current_date - 120 where id in
        (select session_id from table_agenda_entries where case_id = ${KOOPMANS} and outcome = 'DRANG')`,
    );
    expect(await listed()).toBe(true);
    // Once the review date has passed, the session goes.
    await hub.database.db.execute(
      sql`update table_agenda_entries set next_review_on = current_date - 1 where case_id = ${KOOPMANS} and outcome = 'DRANG'`,
    );
    expect(await listed()).toBe(false);
  });
});
