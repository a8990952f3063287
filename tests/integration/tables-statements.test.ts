import { afterAll, beforeAll, expect, it } from "vitest";
import { DEMO } from "@regiehub/db";
import { calendarDate } from "@regiehub/domain";
import { gql, signIn, startTestHub, type TestHub } from "../support/hub";

// "Mijn tafels" asks, per agenda entry, what the viewer may do and whether the preparation is released: each
// needs the entry's table (chair and members) and its case's facts. Those come from the request's loaders,
// one statement per kind for the whole page — not one per entry (the first version read the table's members
// again for every entry and for every session's member list, and each entry's case facts on their own).

const P = DEMO.professionals;
const T = DEMO.escalationTables;
const MINE = `{ mySessions { id table { id } members { id } agenda { id caseReference viewerCan allowedPhaseMoves
  preparationSummary placedBy { id } carriedBy { id } present { id } } } }`;
const PLAN = `mutation($input: PlanTableSessionInput!) { planTableSession(input: $input) { id } }`;
const PUT = `mutation($input: PutCaseOnAgendaInput!) { putCaseOnAgenda(input: $input) { id } }`;
const inDays = (n: number) => calendarDate(new Date(Date.now() + n * 86_400_000));

let hub: TestHub;
const statements: string[] = [];

beforeAll(async () => {
  // Live delivery's own reads run on timers: kept out of the count.
  hub = await startTestHub(
    { LIVE_POLL_MS: "60000", OVERDUE_CHECK_MS: "3600000" },
    { onQuery: (q) => statements.push(q) },
  );
}, 60_000);
afterAll(async () => {
  await hub?.stop();
});

it("reads a table's members and the cases' facts once per request, however many entries", async () => {
  const [marloes, chair] = await Promise.all([
    signIn(hub, P.procesregisseur),
    signIn(hub, P.procesregisseurRuud),
  ]);
  const plan = async (tableId: string, days: number) =>
    (await gql(hub, PLAN, { input: { tableId, heldOn: inDays(days) } }, marloes)).data.planTableSession.id;
  // One session: a page's loads are batched per tick, and the entries of one agenda resolve in the same ticks.
  // (Across sessions they may not — each agenda is its own statement — which is per session, not per entry.)
  const plein = await plan(T.jeugdbeschermingsplein, 3);
  const put = async (sessionId: string, caseId: string) => {
    const res: any = await gql(
      hub,
      PUT,
      {
        input: {
          sessionId,
          caseId,
          question: "Volstaat vrijwillige hulp?",
          preparationSummary: "Samenvatting.",
          legalBasis: "LEGAL_TASK",
        },
      },
      marloes,
    );
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  };
  const measure = async () => {
    statements.length = 0;
    const res: any = await gql(hub, MINE, {}, chair);
    expect(res.errors).toBeUndefined();
    const entries = (res.data.mySessions as { agenda: unknown[] }[]).reduce((n, s) => n + s.agenda.length, 0);
    const page = statements.filter((q) => !/processing_log|dossier_events|advisory_xact_lock/.test(q));
    return { entries, page };
  };
  const [a, b, c] = DEMO.portfolioCases;
  await put(plein, a!);
  const one = await measure();
  await put(plein, b!);
  await put(plein, c!);
  const three = await measure();
  console.log(
    `SQL statements of "Mijn tafels": ${one.entries} entry → ${one.page.length}, ${three.entries} entries → ${three.page.length}`,
  );
  expect(one.entries).toBe(1);
  expect(three.entries).toBe(3);
  // The total varies by a statement or two with timing (the professionals of a page may come in one batch or
  // in two): what must hold is that nothing is read per entry.
  const reading = (table: RegExp) => three.page.filter((q) => table.test(q)).length;
  // One table, one session: one key each, read once (the loaders keep what they read for the request).
  // (the members' table outside `mySessions` itself, which names it in a subquery of the sessions)
  expect(
    reading(/^select (?:(?!"table_sessions").)*from "escalation_table_members"(?:(?!"table_sessions").)*$/s),
  ).toBe(1);
  expect(reading(/from "table_sessions" where "table_sessions"."id" in/)).toBe(1);
  // Three cases: fewer statements than entries (batched), and no entry read again by its id.
  expect(reading(/^select "cases"."id", "cases"."casusregisseur_id"/)).toBeLessThan(3);
  expect(reading(/from "table_agenda_entries" where "table_agenda_entries"."id" =/)).toBe(0);
});
