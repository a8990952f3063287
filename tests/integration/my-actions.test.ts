import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, arrayContains, eq } from "drizzle-orm";
import { DEMO, tables } from "@regiehub/db";
import { dutchDate } from "@regiehub/domain";
import { expectCode, gql, signIn, startTestHub, type GraphQLResponse, type TestHub } from "../support/hub";
import { casePersons, grant } from "../support/dossier";
import { adminOf, clientToken, registerClient } from "../support/api-clients";

// "Mijn acties" (Query.myActions): the actions an organisation carries across every case, under the rules
// of every case-scoped read — the case as case.read allows, the action as the consent rule allows — in one
// statement per page; the order (overdue first, then by due date, finished last), the filters, paging, bad
// input, other organisations, a withdrawn grant, a case the organisation left, partner systems and roles
// that carry no actions.

const P = DEMO.professionals;
const O = DEMO.organisations;
/** (a) Gezin Veenstra: Youssef directs; Lindecollege (Ahmed) and the GGZ (Karin) are on the team. */
const CASE_A = DEMO.cases.separatedParents;
/** (c) Multi-problem family: Sanne directs; Lindecollege (Ahmed) is on the team, the GGZ is not. */
const CASE_C = DEMO.cases.multiProblem;
/** (b) Gezin Timmermans: De Regenboog (Petra) is not on its team. */
const CASE_B = DEMO.cases.veiligThuisMonitoring;

const inDays = (days: number) => dutchDate(new Date(Date.now() + days * 86_400_000));

const EDGE = `cursor case { id title } node { id caseId title status dueOn overdue version
  ownerOrganisation { id } ownerProfessional { id } viewerCan allowedTransitions }`;

let hub: TestHub;
const counted: string[] = [];
let youssef: string;
let sanne: string;
let ahmed: string;
let karin: string;
let petra: string;
const a = {} as Record<"late" | "soon" | "ggz" | "undated" | "done", string>;
let lindeGrantA: string;
let lindeMemberC: string;

async function made(token: string, name: string, type: string, input: Record<string, unknown>) {
  const res = await gql<any>(
    hub,
    `mutation($input: ${type}!) { ${name}(input: $input) { id version } }`,
    { input },
    token,
  );
  if (!res.data?.[name]) throw new Error(`${name}: ${JSON.stringify(res.errors)}`);
  return res.data[name] as { id: string; version: number };
}

async function goalIn(token: string, caseId: string, personId: string): Promise<string> {
  const existing = await gql<any>(
    hub,
    `query($id: ID!) { case(id: $id) { draftPlan { id } } }`,
    { id: caseId },
    token,
  );
  const planId =
    existing.data?.case?.draftPlan?.id ??
    (await made(token, "draftPlan", "DraftPlanInput", { caseId, perspective: "Weer naar school" })).id;
  return (
    await made(token, "addGoal", "AddGoalInput", {
      planId,
      domain: "EDUCATION",
      dataClass: "GENERAL",
      subjectPersonIds: [personId],
      familyWording: "Elke dag naar school",
      professionalWording: "Schoolgang herstellen",
    })
  ).id;
}

function myActions(
  token: string,
  args: { filter?: Record<string, unknown>; orderBy?: string; first?: number; after?: string } = {},
  fields = EDGE,
): Promise<GraphQLResponse<any>> {
  return gql<any>(
    hub,
    `query($filter: MyActionsFilter, $orderBy: MyActionsOrder, $first: Int, $after: String) {
      myActions(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
        totalCount edges { ${fields} } pageInfo { hasNextPage endCursor } } }`,
    { first: 100, ...args },
    token,
  );
}

async function listed(token: string, args: Parameters<typeof myActions>[1] = {}): Promise<any[]> {
  const res = await myActions(token, args);
  if (!res.data?.myActions) throw new Error(JSON.stringify(res.errors));
  return res.data.myActions.edges;
}

const idsOf = (edges: any[]) => edges.map((e) => e.node.id as string);
const mine = (edges: any[]) => idsOf(edges).filter((id) => Object.values(a).includes(id));

beforeAll(async () => {
  // Live delivery's own reads run on timers: kept out of the statement count.
  hub = await startTestHub(
    { LIVE_POLL_MS: "60000", OVERDUE_CHECK_MS: "3600000" },
    { onQuery: (q) => counted.push(q) },
  );
  [youssef, sanne, ahmed, karin, petra] = await Promise.all([
    signIn(hub, P.casusregisseurYoussef),
    signIn(hub, P.casusregisseur),
    signIn(hub, P.secondarySchoolProfessional),
    signIn(hub, P.ggzBehandelaar),
    signIn(hub, P.schoolProfessional),
  ]);
  const noor = (await casePersons(hub, youssef, CASE_A)).find((p) => p.givenName === "Noor")!.id;
  const kim = (await casePersons(hub, sanne, CASE_C)).find((p) => p.givenName === "Kim")!.id;
  const education = { domains: ["EDUCATION"], dataClasses: ["GENERAL"] };
  lindeGrantA = (
    await grant(hub, youssef, {
      caseId: CASE_A,
      granteeOrganisationId: O.secondarySchool,
      subjectPersonIds: [noor],
      ...education,
    })
  ).id;
  await grant(hub, youssef, {
    caseId: CASE_A,
    granteeOrganisationId: O.ggz,
    subjectPersonIds: [noor],
    ...education,
  });
  await grant(hub, sanne, {
    caseId: CASE_C,
    granteeOrganisationId: O.secondarySchool,
    subjectPersonIds: [kim],
    ...education,
  });

  const goalA = await goalIn(youssef, CASE_A, noor);
  const goalC = await goalIn(sanne, CASE_C, kim);
  const action = (token: string, input: Record<string, unknown>) =>
    made(token, "addAction", "AddActionInput", input);
  a.soon = (
    await action(youssef, {
      goalId: goalA,
      title: "Rooster aanpassen",
      ownerOrganisationId: O.secondarySchool,
      dueOn: inDays(2),
    })
  ).id;
  a.late = (
    await action(youssef, {
      goalId: goalA,
      title: "Gesprek met mentor",
      ownerOrganisationId: O.secondarySchool,
      ownerProfessionalId: P.secondarySchoolProfessional,
      dueOn: inDays(-3),
    })
  ).id;
  a.ggz = (
    await action(youssef, {
      goalId: goalA,
      title: "Intake GGZ",
      ownerOrganisationId: O.ggz,
      dueOn: inDays(-1),
    })
  ).id;
  a.undated = (
    await action(sanne, {
      goalId: goalC,
      title: "Huiswerkbegeleiding regelen",
      ownerOrganisationId: O.secondarySchool,
      ownerProfessionalId: P.secondarySchoolProfessional,
    })
  ).id;
  const done = await action(sanne, {
    goalId: goalC,
    title: "Leerplicht informeren",
    ownerOrganisationId: O.secondarySchool,
    dueOn: inDays(-10),
  });
  a.done = done.id;
  await made(ahmed, "changeActionStatus", "ChangeActionStatusInput", {
    actionId: done.id,
    version: done.version,
    status: "DONE",
  });

  const team = await gql<any>(
    hub,
    `query($id: ID!) { case(id: $id) { team { id organisation { id } } } }`,
    { id: CASE_C },
    sanne,
  );
  lindeMemberC = team.data.case.team.find((m: any) => m.organisation.id === O.secondarySchool).id;
}, 120_000);

afterAll(async () => {
  await hub?.stop();
});

describe("the organisation's actions across cases", () => {
  it("lists them with their cases: overdue first, then by due date (without one last), finished last", async () => {
    const edges = await listed(ahmed);
    expect(mine(edges)).toEqual([a.late, a.soon, a.undated, a.done]);
    const byId = new Map(edges.map((e) => [e.node.id, e]));
    expect(byId.get(a.late)).toMatchObject({
      case: { id: CASE_A },
      node: {
        caseId: CASE_A,
        title: "Gesprek met mentor",
        status: "OPEN",
        overdue: true,
        ownerOrganisation: { id: O.secondarySchool },
      },
    });
    expect(byId.get(a.late).node.viewerCan).toContain("CHANGE_STATUS");
    expect(byId.get(a.undated)).toMatchObject({
      case: { id: CASE_C },
      node: { dueOn: null, overdue: false },
    });
    // Every listed action is the organisation's, and the order holds over all of them (demo content included).
    const rank = (n: any) => (n.overdue ? 0 : ["DONE", "CANCELLED"].includes(n.status) ? 2 : 1);
    const keys = edges.map((e) => [rank(e.node), e.node.dueOn ?? "9999-12-31"] as const);
    for (let i = 1; i < keys.length; i++) {
      const [r0, d0] = keys[i - 1]!;
      const [r1, d1] = keys[i]!;
      expect(r0 < r1 || (r0 === r1 && d0 <= d1), `${i}: ${keys[i - 1]} then ${keys[i]}`).toBe(true);
    }
    expect(edges.every((e) => e.node.ownerOrganisation.id === O.secondarySchool)).toBe(true);
    const res = await myActions(ahmed);
    expect(res.data.myActions.totalCount).toBe(edges.length);
  });

  it("lists only the viewer's own with mine, and filters by status, case and overdue", async () => {
    expect(mine(await listed(ahmed, { filter: { mine: true } }))).toEqual([a.late, a.undated]);
    expect(mine(await listed(ahmed, { filter: { statuses: ["DONE"] } }))).toEqual([a.done]);
    expect(mine(await listed(ahmed, { filter: { statuses: ["OPEN", "IN_PROGRESS", "BLOCKED"] } }))).toEqual([
      a.late,
      a.soon,
      a.undated,
    ]);
    const inC = await listed(ahmed, { filter: { caseId: CASE_C } });
    expect(inC.every((e) => e.case.id === CASE_C)).toBe(true);
    expect(mine(inC)).toEqual([a.undated, a.done]);
    const overdue = await listed(ahmed, { filter: { overdueOnly: true, caseId: CASE_A } });
    expect(idsOf(overdue)).toEqual([a.late]);
    const res = await myActions(ahmed, { filter: { mine: true, caseId: CASE_A } });
    expect(res.data.myActions.totalCount).toBe(1);
  });

  it("orders by the most recent status change with RECENTLY_CHANGED", async () => {
    const edges = await listed(ahmed, { orderBy: "RECENTLY_CHANGED" });
    expect(mine(edges)[0]).toBe(a.done);
  });

  it("pages without overlap or gap, in either order", async () => {
    for (const orderBy of ["DUE", "RECENTLY_CHANGED"]) {
      const all = idsOf(await listed(ahmed, { orderBy }));
      const walked: string[] = [];
      let after: string | undefined;
      for (;;) {
        const res = await myActions(ahmed, { orderBy, first: 2, ...(after ? { after } : {}) });
        const page = res.data.myActions;
        walked.push(...idsOf(page.edges));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(walked).toEqual(all);
    }
  });

  it("reads a page in one statement, whatever its size", async () => {
    const measure = async (first: number) => {
      counted.length = 0;
      const res = await myActions(ahmed, { first });
      expect(res.errors).toBeUndefined();
      expect(res.data.myActions.edges.length).toBe(first);
      return counted.filter((q) => !/processing_log|dossier_events|advisory_xact_lock/.test(q));
    };
    const one = await measure(1);
    const four = await measure(4);
    expect(four.length).toBe(one.length);
    expect(
      four.filter((q) => /from "dossier_items" inner join "actions"/.test(q) && /limit/.test(q)),
    ).toHaveLength(1);
  });

  it("logs the cases it names and the action content it shows as reads of the viewer", async () => {
    await listed(ahmed, { filter: { caseId: CASE_C } });
    const rows = await hub.database.db
      .select({ fields: tables.processingLog.fields })
      .from(tables.processingLog)
      .where(
        and(
          eq(tables.processingLog.caseId, CASE_C),
          eq(tables.processingLog.actorId, P.secondarySchoolProfessional),
          arrayContains(tables.processingLog.itemIds, [a.undated]),
        ),
      );
    expect(rows.flatMap((r) => r.fields)).toContain("Action.title");
  });
});

describe("bad input: a typed error, nothing listed", () => {
  it.each([
    ["first 0", { first: 0 }, "first"],
    ["first over 100", { first: 101 }, "first"],
    ["an unknown cursor", { after: "bm90LW91cnM" }, "after"],
    ["a malformed case id", { filter: { caseId: "not-a-uuid" } }, "filter.caseId"],
  ])("%s → BAD_USER_INPUT", async (_name, args, field) => {
    const res = await myActions(ahmed, args as Parameters<typeof myActions>[1]);
    expectCode(res, "BAD_USER_INPUT");
    expect(res.errors![0]!.extensions.field).toBe(field);
    expect(res.data?.myActions ?? null).toBeNull();
  });

  it("refuses a cursor of the other order", async () => {
    const res = await myActions(ahmed, { first: 1 });
    const after = res.data.myActions.pageInfo.endCursor;
    const other = await myActions(ahmed, { orderBy: "RECENTLY_CHANGED", after });
    expectCode(other, "BAD_USER_INPUT");
    expect(other.errors![0]!.extensions.field).toBe("after");
  });

  it("refuses an unknown status or order before any work", async () => {
    expect((await myActions(ahmed, { filter: { statuses: ["LATE"] } })).errors).toBeDefined();
    expect((await myActions(ahmed, { orderBy: "TITLE" })).errors).toBeDefined();
  });
});

describe("access: only the organisation's actions, on cases it may see, within consent", () => {
  it("never lists another organisation's actions", async () => {
    const karins = await listed(karin);
    expect(mine(karins)).toEqual([a.ggz]);
    expect(karins.every((e) => e.node.ownerOrganisation.id === O.ggz)).toBe(true);
    // Youssef directs case (a) and sees every action on its board, yet lists only his own organisation's.
    const youssefs = await listed(youssef);
    expect(mine(youssefs)).toEqual([]);
    expect(youssefs.every((e) => e.node.ownerOrganisation.id === O.wijkteamNoord)).toBe(true);
  });

  it("lists nothing for a case out of reach or one that does not exist (no existence oracle)", async () => {
    expect(await listed(petra, { filter: { caseId: CASE_B } })).toEqual([]);
    expect(await listed(petra, { filter: { caseId: CASE_C } })).toEqual([]);
    expect(await listed(petra, { filter: { caseId: "00000000-0000-4000-8000-000000000000" } })).toEqual([]);
  });

  it("refuses roles that carry no actions (FORBIDDEN)", async () => {
    for (const who of [P.privacyOfficer, P.admin]) {
      const res = await myActions(await signIn(hub, who));
      expectCode(res, "FORBIDDEN");
      expect(res.data).toBeNull();
    }
    expectCode(await myActions(""), "UNAUTHENTICATED");
  });

  it("lets a partner system list its organisation's actions with dossier:read, never without", async () => {
    const admin = await adminOf(hub, O.secondarySchool);
    const full = await registerClient(hub, admin.token, { scopes: ["cases:read", "dossier:read"] });
    const system = await clientToken(hub, full.id, full.secret!);
    expect(mine(await listed(system))).toEqual([a.late, a.soon, a.undated, a.done]);
    // The service account carries no action personally.
    expect(await listed(system, { filter: { mine: true } })).toEqual([]);
    const narrow = await registerClient(hub, admin.token, { scopes: ["cases:read"] });
    const res = await myActions(await clientToken(hub, narrow.id, narrow.secret!));
    expectCode(res, "FORBIDDEN");
    // Without cases:read no case is in reach, so nothing is listed.
    const noCases = await registerClient(hub, admin.token, { scopes: ["dossier:read"] });
    expect(await listed(await clientToken(hub, noCases.id, noCases.secret!))).toEqual([]);
  });

  it("stops listing actions once the grant covering them is withdrawn", async () => {
    const res = await gql<any>(
      hub,
      `mutation($input: WithdrawAccessInput!) { withdrawAccess(input: $input) { id } }`,
      { input: { id: lindeGrantA, reason: "Toestemming ingetrokken door ouders" } },
      youssef,
    );
    expect(res.errors).toBeUndefined();
    expect(mine(await listed(ahmed))).toEqual([a.undated, a.done]);
    expect(await listed(ahmed, { filter: { caseId: CASE_A } })).toEqual([]);
  });

  it("stops listing the actions of a case the organisation left", async () => {
    const res = await gql<any>(
      hub,
      `mutation($id: ID!) { removeTeamMember(id: $id) { id } }`,
      { id: lindeMemberC },
      sanne,
    );
    expect(res.errors).toBeUndefined();
    expect(mine(await listed(ahmed))).toEqual([]);
    expect(await listed(ahmed, { filter: { caseId: CASE_C } })).toEqual([]);
    expect((await myActions(ahmed, { filter: { caseId: CASE_C } })).data.myActions.totalCount).toBe(0);
  });
});
