import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO } from "@regiehub/db";
import { calendarDate } from "@regiehub/domain";
import { gql, signIn, startTestHub, type TestHub } from "../support/hub";
import { ALL_SCOPES, adminOf, clientToken, registerClient } from "../support/api-clients";

// The authorization matrix of a case on a table's agenda (issue 17), OpenCRVS-style: every row an actor by
// their relation to the table and to the case team; every cell checked on every path the entry has — the
// table's sessions (`mySessions`), the case's own agenda (`Case.agendaEntries`), the chair's mutations
// (`moveAgendaPhase`, `recordAgendaOutcome`), and after the decision the outcome notifications
// (`myNotifications` for those who can open the case, `myTableOutcomeNotices` for the members who cannot).
// The preparation summary is the one thing the table relation opens, and only until the decision.

const P = DEMO.professionals;
const O = DEMO.organisations;
const T = DEMO.escalationTables;
const KOOPMANS = DEMO.cases.multiProblem;
const SUMMARY = "MATRIX-TAFEL Moeder werkt wisselend mee; de vraag is of drang nodig is.";

/** How the preparation summary reaches the actor on a path. */
type Summary = "visible" | "withheld" | "absent" | "notFound";
/** What the chair's mutations answer (tried so that they change nothing): the chair reaches the phase check. */
type Mutation = "chair" | "FORBIDDEN" | "NOT_FOUND";

interface Row {
  who: string;
  professional?: keyof typeof P;
  system?: keyof typeof O;
  relation: string;
  open: { sessions: Summary; case: Summary; mutations: Mutation };
  decided: { sessions: Summary; case: Summary; notification: boolean; notice: boolean };
}

const ROWS: Row[] = [
  {
    who: "Ruud Verhoeven",
    professional: "procesregisseurRuud",
    relation: "chair of the table, not on the team",
    open: { sessions: "visible", case: "notFound", mutations: "chair" },
    // The chair records the outcome: no notification to himself.
    decided: { sessions: "withheld", case: "notFound", notification: false, notice: false },
  },
  {
    who: "Marloes de Wit",
    professional: "procesregisseur",
    relation: "member of the table and procesregisseur of the case",
    open: { sessions: "visible", case: "visible", mutations: "FORBIDDEN" },
    decided: { sessions: "visible", case: "visible", notification: true, notice: false },
  },
  {
    who: "Sanne Bakker",
    professional: "casusregisseur",
    relation: "casusregisseur of the case, not at the table",
    open: { sessions: "absent", case: "visible", mutations: "FORBIDDEN" },
    decided: { sessions: "absent", case: "visible", notification: true, notice: false },
  },
  {
    who: "Kevin Hendriks",
    professional: "jeugdreclasseerder",
    relation: "member of the table and on the case team",
    open: { sessions: "visible", case: "visible", mutations: "FORBIDDEN" },
    decided: { sessions: "withheld", case: "withheld", notification: true, notice: false },
  },
  {
    who: "Mark Dijkstra",
    professional: "raadsonderzoeker",
    relation: "member of the table, not on the case team",
    open: { sessions: "visible", case: "notFound", mutations: "FORBIDDEN" },
    decided: { sessions: "withheld", case: "notFound", notification: false, notice: true },
  },
  {
    who: "Esther Koster",
    professional: "veiligThuisProfessional",
    relation: "member of the table, not on the case team",
    open: { sessions: "visible", case: "notFound", mutations: "FORBIDDEN" },
    decided: { sessions: "withheld", case: "notFound", notification: false, notice: true },
  },
  {
    who: "Ahmed Bouzid",
    professional: "secondarySchoolProfessional",
    relation: "on the case team, not at the table",
    open: { sessions: "absent", case: "withheld", mutations: "FORBIDDEN" },
    decided: { sessions: "absent", case: "withheld", notification: false, notice: false },
  },
  {
    who: "huisarts",
    professional: "huisarts",
    relation: "neither on the team nor at the table",
    open: { sessions: "absent", case: "notFound", mutations: "NOT_FOUND" },
    decided: { sessions: "absent", case: "notFound", notification: false, notice: false },
  },
  {
    who: "Raad system",
    system: "raad",
    relation: "a partner system of a member's organisation: the table relation is personal",
    open: { sessions: "absent", case: "notFound", mutations: "NOT_FOUND" },
    decided: { sessions: "absent", case: "notFound", notification: false, notice: false },
  },
];

const SESSIONS = `{ mySessions { id agenda { id preparationSummary } } }`;
const CASE_AGENDA = `query($id: ID!) { case(id: $id) { agendaEntries { id preparationSummary } } }`;
const MOVE = `mutation($input: MoveAgendaPhaseInput!) { moveAgendaPhase(input: $input) { id } }`;
const DECIDE = `mutation($input: RecordAgendaOutcomeInput!) { recordAgendaOutcome(input: $input) { id } }`;
const NOTIFICATIONS = `{ myNotifications { kind case { id } } }`;
const NOTICES = `{ myTableOutcomeNotices { entry { id preparationSummary } } }`;

let hub: TestHub;
const tokens = new Map<string, string>();
let sessionId: string;
let entryId: string;

const code = (res: any): string | undefined => res.errors?.[0]?.extensions?.code;

/** The summary as it reaches the actor through `res` at the entry found by `pick`. */
function summaryOf(res: any, entry: any): Summary {
  if (!entry) return code(res) === "NOT_FOUND" ? "notFound" : "absent";
  if (entry.preparationSummary === SUMMARY) return "visible";
  if (entry.preparationSummary === null && code(res) === "CONSENT_REQUIRED") return "withheld";
  throw new Error(`unexpected summary answer: ${JSON.stringify(res)}`);
}

async function viaSessions(token: string): Promise<Summary> {
  const res = await gql(hub, SESSIONS, {}, token);
  const session = res.data?.mySessions?.find((s: any) => s.id === sessionId);
  if (!session && !res.errors) return "absent";
  if (!session && code(res) === "FORBIDDEN") return "absent";
  return summaryOf(
    res,
    session?.agenda.find((e: any) => e.id === entryId),
  );
}

async function viaCase(token: string): Promise<Summary> {
  const res = await gql(hub, CASE_AGENDA, { id: KOOPMANS }, token);
  if (code(res) === "NOT_FOUND" && !res.data?.case) return "notFound";
  return summaryOf(
    res,
    res.data.case.agendaEntries.find((e: any) => e.id === entryId),
  );
}

async function viaMutations(token: string): Promise<Mutation> {
  // Both refused for the chair only by the phase check (the entry is in QUESTION): nothing changes.
  const move = code(await gql(hub, MOVE, { input: { entryId, phase: "QUESTION" } }, token));
  const decide = code(
    await gql(
      hub,
      DECIDE,
      { input: { entryId, outcome: "DRANG", decision: "Drang met doelen en monitoring." } },
      token,
    ),
  );
  const outcome = (c: string | undefined): Mutation =>
    c === "BAD_USER_INPUT"
      ? "chair"
      : c === "FORBIDDEN"
        ? "FORBIDDEN"
        : c === "NOT_FOUND"
          ? "NOT_FOUND"
          : (() => {
              throw new Error(`unexpected mutation answer ${c}`);
            })();
  expect(outcome(move)).toBe(outcome(decide));
  return outcome(move);
}

beforeAll(async () => {
  hub = await startTestHub();
  for (const row of ROWS) {
    if (row.professional) tokens.set(row.who, await signIn(hub, P[row.professional]));
    else {
      const admin = await adminOf(hub, O[row.system!]);
      const client = await registerClient(hub, admin.token, { name: row.who, scopes: ALL_SCOPES });
      tokens.set(row.who, await clientToken(hub, client.id, client.secret!));
    }
  }
  const marloes = tokens.get("Marloes de Wit")!;
  const heldOn = calendarDate(new Date(Date.now() + 3 * 86_400_000));
  const planned = await gql(
    hub,
    `mutation($input: PlanTableSessionInput!) { planTableSession(input: $input) { id } }`,
    { input: { tableId: T.jeugdbeschermingsplein, heldOn } },
    marloes,
  );
  sessionId = planned.data.planTableSession.id;
  const placed = await gql(
    hub,
    `mutation($input: PutCaseOnAgendaInput!) { putCaseOnAgenda(input: $input) { id } }`,
    {
      input: {
        sessionId,
        caseId: KOOPMANS,
        question: "Volstaat vrijwillige hulp, of is drang nodig?",
        preparationSummary: SUMMARY,
        legalBasis: "LEGAL_TASK",
      },
    },
    tokens.get("Sanne Bakker")!,
  );
  entryId = placed.data.putCaseOnAgenda.id;
}, 120_000);
afterAll(async () => {
  await hub?.stop();
});

describe("authorization matrix of a case on a table's agenda", () => {
  it.each(ROWS.map((r) => [r.who, r.relation, r] as const))(
    "while open: %s (%s)",
    async (who, _relation, row) => {
      const token = tokens.get(who)!;
      expect({
        sessions: await viaSessions(token),
        case: await viaCase(token),
        mutations: await viaMutations(token),
      }).toEqual(row.open);
    },
  );

  it("is decided by the chair after the phases", async () => {
    const ruud = tokens.get("Ruud Verhoeven")!;
    for (const phase of ["IMAGE_FORMING", "JUDGEMENT", "DECISION"]) {
      expect((await gql(hub, MOVE, { input: { entryId, phase } }, ruud)).errors).toBeUndefined();
    }
    const res = await gql(
      hub,
      DECIDE,
      { input: { entryId, outcome: "DRANG", decision: "Drang met doelen en monitoring." } },
      ruud,
    );
    expect(res.errors).toBeUndefined();
  });

  it.each(ROWS.map((r) => [r.who, r.relation, r] as const))(
    "after the decision: %s (%s)",
    async (who, _relation, row) => {
      const token = tokens.get(who)!;
      const notifications = await gql(hub, NOTIFICATIONS, {}, token);
      const notices = await gql(hub, NOTICES, {}, token);
      const notified = (notifications.data?.myNotifications ?? []).some(
        (n: any) => n.kind === "TABLE_OUTCOME" && n.case.id === KOOPMANS,
      );
      const noticed = (notices.data?.myTableOutcomeNotices ?? []).some((n: any) => n.entry.id === entryId);
      expect({
        sessions: await viaSessions(token),
        case: await viaCase(token),
        notification: notified,
        notice: noticed,
      }).toEqual(row.decided);
      // No path carries the summary once decided, except to the case's directors.
      if (row.decided.case !== "visible") {
        expect(JSON.stringify([notifications, notices])).not.toContain("MATRIX-TAFEL");
      }
    },
  );
});
