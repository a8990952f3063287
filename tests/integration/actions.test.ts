import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, arrayContains, eq, sql } from "drizzle-orm";
import { DEMO, tables } from "@regiehub/db";
import { dutchDate } from "@regiehub/domain";
import { expectCode, gql, signIn, startTestHub, type GraphQLResponse, type TestHub } from "../support/hub";
import { casePersons, grant } from "../support/dossier";

// Actions (actiemanagement), results and referrals through the API: the consent rule on an action's owner
// organisation, who may change a status, the status flow with its history, stale versions, derived overdue,
// the action board's scopes, results and referrals with bad input (typed errors, nothing changed), the
// budget, work followed across plan versions, and consent on all three item types.

const P = DEMO.professionals;
const O = DEMO.organisations;
/**
 * (a) Gezin Veenstra: Youssef El Amrani (wijkteam Noord) is the casusregisseur, Marloes de Wit the
 * procesregisseur; on the team: wijkteam Noord (Lotte Dekker), De Regenboog (Petra), Lindecollege (Ahmed)
 * and the GGZ (Karin).
 */
const CASE = DEMO.cases.separatedParents;
const OTHER_CASE = DEMO.cases.multiProblem;

let hub: TestHub;
let youssef: string;
let lotte: string;
let karin: string;
let petra: string;
let ahmed: string;
let person: Record<string, string>;
let otherPersonId: string;
let planId: string;
const goal = {} as Record<"noor" | "sem" | "parents" | "parentsV2", string>;

const today = dutchDate(new Date());
const inDays = (days: number) => dutchDate(new Date(Date.now() + days * 86_400_000));

const ACTION = `id version kind domain dataClass redacted goalId title description dueOn status statusReason
  statusChangedAt overdue allowedTransitions viewerCan ownerOrganisation { id } ownerProfessional { id }
  subjects { id } goal { id redacted }`;
const RESULT = `id version kind domain dataClass redacted goalId measuredOn score status evidence subjects { id }`;
const REFERRAL = `id version kind domain dataClass redacted goalId referralKind care providerName startsOn endsOn
  costCents reference subjects { id }`;

async function mutate(
  token: string,
  name: string,
  inputType: string,
  input: Record<string, unknown>,
  fields: string,
): Promise<GraphQLResponse<any>> {
  return gql(
    hub,
    `mutation($input: ${inputType}!) { ${name}(input: $input) { ${fields} } }`,
    { input },
    token,
  );
}

function ok<T = any>(res: GraphQLResponse<any>, name: string): T {
  if (res.errors?.length || !res.data?.[name]) throw new Error(`${name}: ${JSON.stringify(res.errors)}`);
  return res.data[name] as T;
}

function expectBadInput(res: GraphQLResponse<any>, field: string): void {
  expectCode(res, "BAD_USER_INPUT");
  expect(res.errors![0]!.extensions.field).toBe(field);
}

const addAction = (token: string, input: Record<string, unknown>) =>
  mutate(token, "addAction", "AddActionInput", input, ACTION);

const changeStatus = (token: string, input: Record<string, unknown>) =>
  mutate(token, "changeActionStatus", "ChangeActionStatusInput", input, ACTION);

const recordResult = (token: string, input: Record<string, unknown>) =>
  mutate(token, "recordResult", "RecordResultInput", input, RESULT);

const recordReferral = (token: string, input: Record<string, unknown>) =>
  mutate(
    token,
    "recordReferral",
    "RecordReferralInput",
    {
      caseId: CASE,
      referralKind: "DECISION",
      care: "Ambulante jeugdhulp",
      providerName: "Jeugdhulp Lindehaven",
      startsOn: "2025-01-01",
      costCents: 100_000,
      subjectPersonIds: [person.Noor],
      ...input,
    },
    REFERRAL,
  );

async function board(token: string, filter?: Record<string, unknown>): Promise<any[]> {
  const res = await gql<any>(
    hub,
    `query($id: ID!, $filter: ActionFilter) { case(id: $id) { actions(filter: $filter) { ${ACTION} } } }`,
    { id: CASE, filter },
    token,
  );
  if (!res.data?.case) throw new Error(JSON.stringify(res.errors));
  return res.data.case.actions;
}

async function item(token: string, id: string, fields: string) {
  return gql<any>(hub, `query($id: ID!) { dossierItem(id: $id) { ${fields} } }`, { id }, token);
}

async function countItems(kind: "ACTION" | "RESULT" | "REFERRAL"): Promise<number> {
  const [row] = await hub.database.db
    .select({ n: sql<number>`count(*)::int` })
    .from(tables.dossierItems)
    .where(and(eq(tables.dossierItems.caseId, CASE), eq(tables.dossierItems.kind, kind)));
  return Number(row!.n);
}

async function addGoal(input: Record<string, unknown>): Promise<string> {
  return ok(
    await mutate(
      youssef,
      "addGoal",
      "AddGoalInput",
      { planId, professionalWording: "Doel zoals het team het formuleert", ...input },
      "id",
    ),
    "addGoal",
  ).id;
}

beforeAll(async () => {
  hub = await startTestHub();
  [youssef, lotte, karin, petra, ahmed] = await Promise.all([
    signIn(hub, P.casusregisseurYoussef),
    signIn(hub, P.wijkteamProfessional),
    signIn(hub, P.ggzBehandelaar),
    signIn(hub, P.schoolProfessional),
    signIn(hub, P.secondarySchoolProfessional),
  ]);
  person = Object.fromEntries((await casePersons(hub, youssef, CASE)).map((p) => [p.givenName, p.id]));
  const sanne = await signIn(hub, P.casusregisseur);
  otherPersonId = (await casePersons(hub, sanne, OTHER_CASE))[0]!.id;

  // Grants: the GGZ on Noor's mental health; Lindecollege on Noor's mental health and education.
  await grant(hub, youssef, {
    caseId: CASE,
    granteeOrganisationId: O.ggz,
    subjectPersonIds: [person.Noor],
    domains: ["MENTAL_HEALTH"],
    dataClasses: ["SPECIAL_CATEGORY"],
  });
  await grant(hub, youssef, {
    caseId: CASE,
    granteeOrganisationId: O.secondarySchool,
    subjectPersonIds: [person.Noor],
    domains: ["MENTAL_HEALTH", "EDUCATION"],
    dataClasses: ["SPECIAL_CATEGORY", "GENERAL"],
  });

  planId = ok(
    await mutate(
      youssef,
      "draftPlan",
      "DraftPlanInput",
      { caseId: CASE, perspective: "Ouders stemmen samen af over Noor en Sem" },
      "id",
    ),
    "draftPlan",
  ).id;
  goal.noor = await addGoal({
    domain: "MENTAL_HEALTH",
    dataClass: "SPECIAL_CATEGORY",
    subjectPersonIds: [person.Noor],
    familyWording: "Noor voelt zich minder somber",
  });
  goal.sem = await addGoal({
    domain: "EDUCATION",
    dataClass: "GENERAL",
    subjectPersonIds: [person.Sem],
    familyWording: "Sem gaat elke dag naar school",
  });
  goal.parents = await addGoal({
    domain: "FAMILY_RELATIONS",
    dataClass: "GENERAL",
    subjectPersonIds: [person.Miriam, person.Bart],
    familyWording: "Wij praten rustig met elkaar over de kinderen",
  });
});

afterAll(async () => {
  await hub?.stop();
});

const ids = {} as Record<
  | "ggz"
  | "school"
  | "late"
  | "dueToday"
  | "result1"
  | "result2"
  | "referralRunning"
  | "referralEnded"
  | "referralGgz",
  string
>;

describe("adding actions: the owner organisation must be on the team and see the action", () => {
  it("adds an action for a partner whose grant covers it; the partner sees it on its board", async () => {
    const action = ok(
      await addAction(youssef, {
        goalId: goal.noor,
        title: "Behandeling somberheid starten",
        description: "Intake en eerste gesprekken met Noor",
        ownerOrganisationId: O.ggz,
        ownerProfessionalId: P.ggzBehandelaar,
        dueOn: inDays(30),
      }),
      "addAction",
    );
    ids.ggz = action.id;
    expect(action).toMatchObject({
      kind: "ACTION",
      goalId: goal.noor,
      domain: "MENTAL_HEALTH",
      dataClass: "SPECIAL_CATEGORY",
      status: "OPEN",
      statusReason: null,
      overdue: false,
      version: 1,
      ownerOrganisation: { id: O.ggz },
      ownerProfessional: { id: P.ggzBehandelaar },
      subjects: [{ id: person.Noor }],
      goal: { id: goal.noor, redacted: false },
    });
    expect(action.allowedTransitions).toEqual(["IN_PROGRESS", "BLOCKED", "DONE", "CANCELLED"]);
    expect(action.viewerCan).toContain("CHANGE_STATUS");

    const karinsBoard = await board(karin, { scope: "ORGANISATION" });
    expect(karinsBoard.map((a) => a.id)).toEqual([ids.ggz]);
    expect(karinsBoard[0]).toMatchObject({ title: "Behandeling somberheid starten", redacted: false });
    expect(karinsBoard[0].viewerCan).toContain("CHANGE_STATUS");
    expect((await board(karin, { scope: "MINE" })).map((a) => a.id)).toEqual([ids.ggz]);
  });

  it("refuses an owner organisation without a covering grant (BAD_USER_INPUT), creating nothing", async () => {
    const before = await countItems("ACTION");
    const res = await addAction(youssef, {
      goalId: goal.sem,
      title: "Dagelijkse aanwezigheid Sem bijhouden",
      ownerOrganisationId: O.school,
    });
    expectBadInput(res, "input.ownerOrganisationId");
    expect(res.errors![0]!.message).toMatch(/kan deze actie niet zien/);
    expect(res.errors![0]!.message).toMatch(/Leg eerst toestemming vast/);
    // Nor through a goal the partner's grants do not cover, nor by naming other persons or another domain.
    expectBadInput(
      await addAction(youssef, {
        goalId: goal.noor,
        title: "Gesprek op school",
        ownerOrganisationId: O.school,
      }),
      "input.ownerOrganisationId",
    );
    expectBadInput(
      await addAction(youssef, {
        goalId: goal.noor,
        title: "Gesprek over Noor en Sem",
        ownerOrganisationId: O.ggz,
        subjectPersonIds: [person.Noor, person.Sem],
      }),
      "input.ownerOrganisationId",
    );
    expectBadInput(
      await addAction(youssef, {
        goalId: goal.noor,
        title: "Verslaglegging",
        ownerOrganisationId: O.ggz,
        dataClass: "GENERAL",
      }),
      "input.ownerOrganisationId",
    );
    expect(await countItems("ACTION")).toBe(before);
    expect(await board(petra)).toEqual([]);
  });

  it("accepts the same action once the consent is recorded", async () => {
    await grant(hub, youssef, {
      caseId: CASE,
      granteeOrganisationId: O.school,
      subjectPersonIds: [person.Sem],
      domains: ["EDUCATION"],
      dataClasses: ["GENERAL"],
    });
    const action = ok(
      await addAction(youssef, {
        goalId: goal.sem,
        title: "Dagelijkse aanwezigheid Sem bijhouden",
        ownerOrganisationId: O.school,
        dueOn: inDays(14),
      }),
      "addAction",
    );
    ids.school = action.id;
    expect((await board(petra, { scope: "ORGANISATION" })).map((a) => a.id)).toEqual([ids.school]);
  });

  it("refuses bad input with typed errors, creating nothing", async () => {
    const before = await countItems("ACTION");
    const base = {
      goalId: goal.parents,
      title: "Gesprek met beide ouders",
      ownerOrganisationId: O.wijkteamNoord,
    };
    // An organisation not on the team; a professional of another organisation.
    expectBadInput(
      await addAction(youssef, { ...base, ownerOrganisationId: O.politie }),
      "input.ownerOrganisationId",
    );
    expectBadInput(
      await addAction(youssef, { ...base, ownerOrganisationId: "x" }),
      "input.ownerOrganisationId",
    );
    expectBadInput(
      await addAction(youssef, { ...base, ownerProfessionalId: P.ggzBehandelaar }),
      "input.ownerProfessionalId",
    );
    // Status: a new action starts active; BLOCKED needs a reason.
    expectBadInput(await addAction(youssef, { ...base, status: "DONE" }), "input.status");
    expectBadInput(await addAction(youssef, { ...base, status: "BLOCKED" }), "input.statusReason");
    // Dates, title, persons.
    // The Date scalar refuses a day that does not exist.
    expectCode(await addAction(youssef, { ...base, dueOn: "2025-02-30" }), "BAD_USER_INPUT");
    expectBadInput(await addAction(youssef, { ...base, title: " " }), "input.title");
    expectBadInput(
      await addAction(youssef, { ...base, subjectPersonIds: [otherPersonId] }),
      "input.subjectPersonIds",
    );
    expectBadInput(await addAction(youssef, { ...base, subjectPersonIds: [] }), "input.subjectPersonIds");
    // A goal that does not exist; a plain partner cannot work towards a goal it does not see.
    expectCode(await addAction(youssef, { ...base, goalId: ids.ggz }), "NOT_FOUND");
    expectCode(await addAction(youssef, { ...base, goalId: "nope" }), "NOT_FOUND");
    expectCode(
      await addAction(petra, { goalId: goal.noor, title: "Iets", ownerOrganisationId: O.school }),
      "CONSENT_REQUIRED",
    );
    expect(await countItems("ACTION")).toBe(before);
  });
});

describe("changing an action's status", () => {
  it("lets the owner organisation move it on, keeping the previous status in the history", async () => {
    const moved = ok(
      await changeStatus(karin, { actionId: ids.ggz, version: 1, status: "IN_PROGRESS" }),
      "changeActionStatus",
    );
    expect(moved).toMatchObject({ status: "IN_PROGRESS", version: 2, statusReason: null });
    const blocked = ok(
      await changeStatus(karin, {
        actionId: ids.ggz,
        version: 2,
        status: "BLOCKED",
        reason: "Noor wil eerst kennismaken",
      }),
      "changeActionStatus",
    );
    expect(blocked).toMatchObject({
      status: "BLOCKED",
      version: 3,
      statusReason: "Noor wil eerst kennismaken",
    });
    expect(Date.parse(blocked.statusChangedAt)).toBeGreaterThanOrEqual(Date.parse(moved.statusChangedAt));

    const history = await gql<any>(
      hub,
      `query($id: ID!) { dossierItemHistory(id: $id) { version snapshot supersededBy { id } reason } }`,
      { id: ids.ggz },
      youssef,
    );
    expect(history.errors).toBeUndefined();
    const versions = history.data.dossierItemHistory.map((v: any) => ({
      version: v.version,
      status: JSON.parse(v.snapshot).status,
      by: v.supersededBy.id,
    }));
    expect(versions).toEqual([
      { version: 1, status: "OPEN", by: P.ggzBehandelaar },
      { version: 2, status: "IN_PROGRESS", by: P.ggzBehandelaar },
    ]);

    const [logged] = await hub.database.db
      .select({ fields: tables.processingLog.fields, detail: tables.processingLog.detail })
      .from(tables.processingLog)
      .where(
        and(
          eq(tables.processingLog.operation, "UPDATE"),
          arrayContains(tables.processingLog.itemIds, [ids.ggz]),
          eq(tables.processingLog.detail, "status IN_PROGRESS → BLOCKED"),
        ),
      );
    expect(logged?.fields).toContain("Action.status");
  });

  it("refuses BLOCKED without a reason (BAD_USER_INPUT), changing nothing", async () => {
    const res = await changeStatus(karin, { actionId: ids.ggz, version: 3, status: "BLOCKED", reason: " " });
    expectBadInput(res, "input.reason");
    // Back to IN_PROGRESS (no reason needed), then BLOCKED without a reason again.
    ok(
      await changeStatus(karin, { actionId: ids.ggz, version: 3, status: "IN_PROGRESS" }),
      "changeActionStatus",
    );
    expectBadInput(
      await changeStatus(karin, { actionId: ids.ggz, version: 4, status: "BLOCKED" }),
      "input.reason",
    );
    const after = (await item(karin, ids.ggz, `... on Action { status version statusReason }`)).data
      .dossierItem;
    expect(after).toEqual({ status: "IN_PROGRESS", version: 4, statusReason: null });
  });

  it("is FORBIDDEN for a team professional of another organisation, also one who sees the action", async () => {
    const seen = (await item(ahmed, ids.ggz, `... on Action { redacted title viewerCan }`)).data.dossierItem;
    expect(seen).toMatchObject({ redacted: false, title: "Behandeling somberheid starten" });
    expect(seen.viewerCan).not.toContain("CHANGE_STATUS");
    expectCode(await changeStatus(ahmed, { actionId: ids.ggz, version: 4, status: "DONE" }), "FORBIDDEN");
    // A colleague of the directing organisation who is no casusregisseur does not direct the case either.
    expectCode(await changeStatus(lotte, { actionId: ids.ggz, version: 4, status: "DONE" }), "FORBIDDEN");
    // A partner on the team without the action in its grants.
    expectCode(await changeStatus(petra, { actionId: ids.ggz, version: 4, status: "DONE" }), "FORBIDDEN");
    const after = (await item(karin, ids.ggz, `... on Action { status version }`)).data.dossierItem;
    expect(after).toEqual({ status: "IN_PROGRESS", version: 4 });
    expectCode(await changeStatus(karin, { actionId: goal.noor, version: 1, status: "DONE" }), "NOT_FOUND");
  });

  it("is a CONFLICT on a stale version", async () => {
    expectCode(await changeStatus(karin, { actionId: ids.ggz, version: 3, status: "DONE" }), "CONFLICT");
    const after = (await item(karin, ids.ggz, `... on Action { status version }`)).data.dossierItem;
    expect(after).toEqual({ status: "IN_PROGRESS", version: 4 });
  });

  it("lets the casusregisseur change any action; CANCELLED needs a reason and is final", async () => {
    const action = ok(
      await addAction(youssef, {
        goalId: goal.parents,
        title: "Mediation aanvragen",
        ownerOrganisationId: O.wijkteamNoord,
      }),
      "addAction",
    );
    expectBadInput(
      await changeStatus(youssef, { actionId: action.id, version: 1, status: "CANCELLED" }),
      "input.reason",
    );
    const cancelled = ok(
      await changeStatus(youssef, {
        actionId: action.id,
        version: 1,
        status: "CANCELLED",
        reason: "Ouders kozen samen voor een ouderschapscursus",
      }),
      "changeActionStatus",
    );
    expect(cancelled).toMatchObject({ status: "CANCELLED", allowedTransitions: [] });
    expect(cancelled.viewerCan).not.toContain("CHANGE_STATUS");
    for (const status of ["OPEN", "IN_PROGRESS", "DONE"]) {
      expectBadInput(
        await changeStatus(youssef, { actionId: action.id, version: 2, status, reason: "Toch nodig" }),
        "input.status",
      );
    }
    const after = (await item(youssef, action.id, `... on Action { status version }`)).data.dossierItem;
    expect(after).toEqual({ status: "CANCELLED", version: 2 });
  });
});

describe("overdue and the action board", () => {
  it("derives overdue: past due and still open; not once DONE", async () => {
    const late = ok(
      await addAction(youssef, {
        goalId: goal.parents,
        title: "Afspraak ouderschapsplan maken",
        ownerOrganisationId: O.wijkteamNoord,
        ownerProfessionalId: P.wijkteamProfessional,
        dueOn: "2025-01-15",
      }),
      "addAction",
    );
    ids.late = late.id;
    expect(late.overdue).toBe(true);
    const dueToday = ok(
      await addAction(youssef, {
        goalId: goal.parents,
        title: "Planning bespreken",
        ownerOrganisationId: O.wijkteamNoord,
        dueOn: today,
      }),
      "addAction",
    );
    ids.dueToday = dueToday.id;
    expect(dueToday.overdue).toBe(false);

    const overdue = await board(youssef, { overdueOnly: true });
    expect(overdue.map((a) => a.id)).toEqual([ids.late]);
    // Overdue first, then by due date; without a due date last.
    const all = await board(youssef);
    expect(all[0].id).toBe(ids.late);
    const dues = all.slice(1).map((a) => a.dueOn);
    const dated = dues.filter((d) => d !== null);
    expect(dated).toEqual([...dated].sort());
    expect(dues.indexOf(null)).toBeGreaterThan(dues.lastIndexOf(dated.at(-1)));

    // Lotte carries it (her organisation is its owner): she may finish it.
    const done = ok(
      await changeStatus(lotte, { actionId: ids.late, version: 1, status: "DONE" }),
      "changeActionStatus",
    );
    expect(done).toMatchObject({ status: "DONE", overdue: false, allowedTransitions: ["IN_PROGRESS"] });
    expect(await board(youssef, { overdueOnly: true })).toEqual([]);
    // Reopening finished work needs a reason, and then it is overdue again.
    expectBadInput(
      await changeStatus(lotte, { actionId: ids.late, version: 2, status: "IN_PROGRESS" }),
      "input.reason",
    );
    const reopened = ok(
      await changeStatus(lotte, {
        actionId: ids.late,
        version: 2,
        status: "IN_PROGRESS",
        reason: "Vader heeft nog niet getekend",
      }),
      "changeActionStatus",
    );
    expect(reopened.overdue).toBe(true);
  });

  it("filters by scope and status", async () => {
    const mine = await board(lotte, { scope: "MINE" });
    expect(mine.map((a) => a.id)).toEqual([ids.late]);
    const organisation = (await board(lotte, { scope: "ORGANISATION" })).map((a) => a.id);
    expect(organisation).toContain(ids.late);
    expect(organisation).toContain(ids.dueToday);
    expect(organisation).not.toContain(ids.ggz);
    expect(organisation).not.toContain(ids.school);
    // Lotte's organisation directs the case: ALL is every action.
    const all = (await board(lotte, { scope: "ALL" })).map((a) => a.id);
    expect(all).toEqual(expect.arrayContaining([ids.ggz, ids.school, ids.late, ids.dueToday]));
    expect(all).toHaveLength(await countItems("ACTION"));
    const cancelled = await board(lotte, { statuses: ["CANCELLED"] });
    expect(cancelled.map((a) => a.title)).toEqual(["Mediation aanvragen"]);
    const openOrBusy = await board(lotte, { statuses: ["OPEN", "IN_PROGRESS"] });
    expect(openOrBusy.every((a) => ["OPEN", "IN_PROGRESS"].includes(a.status))).toBe(true);
    expect(openOrBusy.map((a) => a.id)).toEqual(expect.arrayContaining([ids.ggz, ids.late, ids.school]));
    expect(await board(youssef, { scope: "MINE" })).toEqual([]);
  });
});

describe("results", () => {
  it("records a measurement against a goal the partner sees", async () => {
    const result = ok(
      await recordResult(karin, {
        goalId: goal.noor,
        measuredOn: "2025-03-01",
        score: 4,
        status: "IMPROVING",
        evidence: "Noor geeft zelf een 4 op de schaal van somberheid",
      }),
      "recordResult",
    );
    ids.result1 = result.id;
    expect(result).toMatchObject({
      kind: "RESULT",
      goalId: goal.noor,
      domain: "MENTAL_HEALTH",
      dataClass: "SPECIAL_CATEGORY",
      score: 4,
      status: "IMPROVING",
      subjects: [{ id: person.Noor }],
    });
    const later = ok(
      await recordResult(youssef, {
        goalId: goal.noor,
        measuredOn: today,
        status: "ACHIEVED",
        evidence: "Evaluatiegesprek met Noor en moeder",
      }),
      "recordResult",
    );
    ids.result2 = later.id;
    expect(later.score).toBeNull();
  });

  it("refuses bad input with typed errors, creating nothing", async () => {
    const before = await countItems("RESULT");
    const base = {
      goalId: goal.noor,
      measuredOn: "2025-03-01",
      status: "IN_PROGRESS",
      evidence: "Gesprek met Noor",
    };
    expectBadInput(await recordResult(karin, { ...base, score: 11 }), "input.score");
    expectBadInput(await recordResult(karin, { ...base, score: -1 }), "input.score");
    expectBadInput(await recordResult(karin, { ...base, measuredOn: inDays(3) }), "input.measuredOn");
    expectCode(await recordResult(karin, { ...base, measuredOn: "1 maart" }), "BAD_USER_INPUT");
    expectBadInput(await recordResult(karin, { ...base, evidence: "  " }), "input.evidence");
    expectCode(await recordResult(karin, { ...base, status: "SOMEWHAT" }), "BAD_USER_INPUT");
    expectCode(await recordResult(karin, { ...base, goalId: ids.ggz }), "NOT_FOUND");
    expectCode(await recordResult(petra, base), "CONSENT_REQUIRED");
    expect(await countItems("RESULT")).toBe(before);
  });
});

describe("referrals and the budget", () => {
  it("records referrals; the budget counts what runs today", async () => {
    const running = ok(
      await recordReferral(youssef, {
        goalId: goal.noor,
        care: "Jeugd-GGZ behandeling",
        providerName: "GGZ Lindehaven",
        startsOn: "2025-01-01",
        endsOn: inDays(200),
        costCents: 450_000,
        reference: "BS-2025-0012",
      }),
      "recordReferral",
    );
    ids.referralRunning = running.id;
    expect(running).toMatchObject({
      kind: "REFERRAL",
      domain: "YOUTH_CARE",
      dataClass: "SPECIAL_CATEGORY",
      goalId: goal.noor,
      referralKind: "DECISION",
      costCents: 450_000,
      subjects: [{ id: person.Noor }],
    });
    ids.referralEnded = ok(
      await recordReferral(youssef, { startsOn: "2024-01-01", endsOn: "2024-06-30", costCents: 120_000 }),
      "recordReferral",
    ).id;
    ids.referralGgz = ok(
      await recordReferral(youssef, {
        referralKind: "REFERRAL",
        domain: "MENTAL_HEALTH",
        care: "Verwijzing huisarts naar GGZ",
        startsOn: today,
        costCents: 0,
      }),
      "recordReferral",
    ).id;
    const res = await gql<any>(
      hub,
      `query($id: ID!) { case(id: $id) { referrals { id } budget { totalCostCents activeCostCents referralCount } } }`,
      { id: CASE },
      youssef,
    );
    expect(res.data.case.budget).toEqual({
      totalCostCents: 570_000,
      activeCostCents: 450_000,
      referralCount: 3,
    });
    expect(res.data.case.referrals.map((r: any) => r.id)).toEqual([
      ids.referralEnded,
      ids.referralRunning,
      ids.referralGgz,
    ]);
  });

  it("refuses bad input with typed errors, creating nothing", async () => {
    const before = await countItems("REFERRAL");
    expectBadInput(
      await recordReferral(youssef, { startsOn: "2025-03-01", endsOn: "2025-02-01" }),
      "input.endsOn",
    );
    expectBadInput(await recordReferral(youssef, { costCents: -1 }), "input.costCents");
    expectBadInput(await recordReferral(youssef, { costCents: 2_000_000_000 }), "input.costCents");
    expectCode(await recordReferral(youssef, { costCents: 10.5 }), "BAD_USER_INPUT");
    expectBadInput(await recordReferral(youssef, { care: "" }), "input.care");
    expectBadInput(await recordReferral(youssef, { providerName: " " }), "input.providerName");
    expectCode(await recordReferral(youssef, { startsOn: "2025-13-01" }), "BAD_USER_INPUT");
    expectBadInput(await recordReferral(youssef, { subjectPersonIds: [] }), "input.subjectPersonIds");
    expectBadInput(
      await recordReferral(youssef, { subjectPersonIds: [otherPersonId] }),
      "input.subjectPersonIds",
    );
    expectBadInput(await recordReferral(youssef, { goalId: ids.ggz }), "input.goalId");
    expectBadInput(await recordReferral(petra, { goalId: goal.noor, domain: "EDUCATION" }), "input.goalId");
    expectCode(await recordReferral(youssef, { caseId: DEMO.cases.veiligThuisMonitoring }), "NOT_FOUND");
    expect(await countItems("REFERRAL")).toBe(before);
  });

  it("a partner's budget counts only the referrals it may see", async () => {
    const res = await gql<any>(
      hub,
      `query($id: ID!) { case(id: $id) { referrals { id care } budget { totalCostCents activeCostCents referralCount } } }`,
      { id: CASE },
      karin,
    );
    expect(res.errors).toBeUndefined();
    // The GGZ's grant covers Noor's mental health, not her youth care.
    expect(res.data.case.referrals.map((r: any) => r.id)).toEqual([ids.referralGgz]);
    expect(res.data.case.budget).toEqual({ totalCostCents: 0, activeCostCents: 0, referralCount: 1 });
  });
});

describe("work across plan versions", () => {
  it("Goal.actions and Goal.results follow the goal into the next plan version", async () => {
    const v1 = (await item(youssef, planId, `... on Plan { version }`)).data.dossierItem;
    const agreed = ok(
      await mutate(
        youssef,
        "agreePlan",
        "AgreePlanInput",
        { planId, version: v1.version, agreedByPersonIds: [person.Miriam, person.Bart], agreedOn: today },
        "version",
      ),
      "agreePlan",
    );
    ok(
      await mutate(youssef, "approvePlan", "PlanVersionInput", { planId, version: agreed.version }, "status"),
      "approvePlan",
    );
    const v2 = ok(
      await mutate(
        youssef,
        "draftPlan",
        "DraftPlanInput",
        { caseId: CASE },
        "id goals { id lineageId familyWording }",
      ),
      "draftPlan",
    );
    const noorV2 = v2.goals.find((g: any) => g.familyWording === "Noor voelt zich minder somber");
    goal.parentsV2 = v2.goals.find((g: any) => g.familyWording.startsWith("Wij praten")).id;
    expect(noorV2.id).not.toBe(goal.noor);

    const GOAL_WORK = `... on Goal { lineageId actions { id } results { id status } latestResult { id status } }`;
    const inV1 = (await item(youssef, goal.noor, GOAL_WORK)).data.dossierItem;
    const inV2 = (await item(youssef, noorV2.id, GOAL_WORK)).data.dossierItem;
    expect(inV2.lineageId).toBe(inV1.lineageId);
    expect(inV2.actions).toEqual([{ id: ids.ggz }]);
    expect(inV2.results).toEqual([
      { id: ids.result1, status: "IMPROVING" },
      { id: ids.result2, status: "ACHIEVED" },
    ]);
    expect(inV2.latestResult).toEqual({ id: ids.result2, status: "ACHIEVED" });
    expect(inV1).toEqual(inV2);

    // Work added to the new version shows on the old one too; a goal without work has none.
    const next = ok(
      await addAction(karin, {
        goalId: noorV2.id,
        title: "Terugvalpreventieplan maken",
        ownerOrganisationId: O.ggz,
      }),
      "addAction",
    );
    const again = (await item(karin, goal.noor, GOAL_WORK)).data.dossierItem;
    expect(again.actions.map((a: any) => a.id)).toEqual([ids.ggz, next.id]);
    const sem = (await item(youssef, goal.sem, GOAL_WORK)).data.dossierItem;
    expect(sem.results).toEqual([]);
    expect(sem.latestResult).toBeNull();

    // Once the new version is approved the old one is superseded: new work goes to the current version.
    const v2Now = (await item(youssef, v2.id, `... on Plan { version }`)).data.dossierItem;
    const v2Agreed = ok(
      await mutate(
        youssef,
        "agreePlan",
        "AgreePlanInput",
        { planId: v2.id, version: v2Now.version, agreedByPersonIds: [person.Miriam], agreedOn: today },
        "version",
      ),
      "agreePlan",
    );
    ok(
      await mutate(
        youssef,
        "approvePlan",
        "PlanVersionInput",
        { planId: v2.id, version: v2Agreed.version },
        "status",
      ),
      "approvePlan",
    );
    const before = await countItems("ACTION");
    const res = await addAction(youssef, {
      goalId: goal.noor,
      title: "Nog een actie",
      ownerOrganisationId: O.ggz,
    });
    expectCode(res, "CONFLICT");
    expect(res.errors![0]!.message).toMatch(/huidige versie/);
    expect(await countItems("ACTION")).toBe(before);
  });
});

describe("consent on actions, results and referrals", () => {
  it("leaves items outside the grants out of every list", async () => {
    // Petra (De Regenboog) has a grant on Sem's education only.
    const res = await gql<any>(
      hub,
      `query($id: ID!) { case(id: $id) {
        actions { id } referrals { id } budget { totalCostCents referralCount } } }`,
      { id: CASE },
      petra,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.case.actions.map((a: any) => a.id)).toEqual([ids.school]);
    expect(res.data.case.referrals).toEqual([]);
    expect(res.data.case.budget).toEqual({ totalCostCents: 0, referralCount: 0 });
    const sem = (await item(petra, goal.sem, `... on Goal { redacted actions { id } results { id } }`)).data
      .dossierItem;
    expect(sem).toEqual({ redacted: false, actions: [{ id: ids.school }], results: [] });
    // Ahmed (Lindecollege) sees Noor's mental health, not the parents' goal and its actions.
    const ahmedsBoard = (await board(ahmed)).map((a) => a.id);
    expect(ahmedsBoard).toContain(ids.ggz);
    expect(ahmedsBoard).not.toContain(ids.late);
    expect(ahmedsBoard).not.toContain(ids.school);
  });

  it("returns redacted stubs by id, with CONSENT_REQUIRED on every content field", async () => {
    const action = await item(
      petra,
      ids.ggz,
      `... on Action { id redacted goalId title status overdue ownerOrganisation { id } }`,
    );
    expect(action.data.dossierItem).toEqual({
      id: ids.ggz,
      redacted: true,
      goalId: goal.noor,
      title: null,
      status: null,
      overdue: null,
      ownerOrganisation: null,
    });
    expect(action.errors!.every((e) => e.extensions.code === "CONSENT_REQUIRED")).toBe(true);
    const result = await item(petra, ids.result1, `... on Result { redacted goalId score evidence }`);
    expect(result.data.dossierItem).toEqual({
      redacted: true,
      goalId: goal.noor,
      score: null,
      evidence: null,
    });
    expectCode(result, "CONSENT_REQUIRED");
    const referral = await item(karin, ids.referralRunning, `... on Referral { redacted costCents care }`);
    expect(referral.data.dossierItem).toEqual({ redacted: true, costCents: null, care: null });
    expectCode(referral, "CONSENT_REQUIRED");
    // A partner who may change its own action but not see its goal gets the goal as a stub.
    const schoolOnParentsGoal = ok(
      await addAction(youssef, {
        goalId: goal.parentsV2,
        title: "Beide ouders uitnodigen voor het rapportgesprek van Sem",
        ownerOrganisationId: O.school,
        domain: "EDUCATION",
        subjectPersonIds: [person.Sem],
      }),
      "addAction",
    );
    const seen = await item(
      petra,
      schoolOnParentsGoal.id,
      `... on Action { redacted title goal { id redacted } }`,
    );
    expect(seen.errors).toBeUndefined();
    expect(seen.data.dossierItem).toEqual({
      redacted: false,
      title: "Beide ouders uitnodigen voor het rapportgesprek van Sem",
      goal: { id: goal.parentsV2, redacted: true },
    });
  });

  it("refuses a partner whose grant was withdrawn (CONSENT_REQUIRED), changing nothing", async () => {
    const grants = await hub.database.db
      .select({ id: tables.consentGrants.id })
      .from(tables.consentGrants)
      .where(
        and(eq(tables.consentGrants.caseId, CASE), eq(tables.consentGrants.granteeOrganisationId, O.school)),
      );
    for (const g of grants) {
      const res = await gql<any>(
        hub,
        `mutation($input: WithdrawAccessInput!) { withdrawAccess(input: $input) { id } }`,
        { input: { id: g.id, reason: "Ouders trekken de toestemming in" } },
        youssef,
      );
      expect(res.errors).toBeUndefined();
    }
    const version = (await item(youssef, ids.school, `... on Action { version }`)).data.dossierItem.version;
    expectCode(
      await changeStatus(petra, { actionId: ids.school, version, status: "IN_PROGRESS" }),
      "CONSENT_REQUIRED",
    );
    expect(await board(petra)).toEqual([]);
    const after = (await item(youssef, ids.school, `... on Action { status version }`)).data.dossierItem;
    expect(after).toEqual({ status: "OPEN", version });
  });
});
