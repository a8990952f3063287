import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { arrayContains, eq } from "drizzle-orm";
import { DEMO, tables } from "@regiehub/db";
import { dutchDate } from "@regiehub/domain";
import { expectCode, gql, signIn, startTestHub, type GraphQLResponse, type TestHub } from "../support/hub";
import { casePersons, grant } from "../support/dossier";

// The family plan and its evaluations through the API: versions DRAFT → AGREED → APPROVED → SUPERSEDED with
// copied goals, the youth-care approval rule, edits of a non-draft, stale versions, bad input (typed errors,
// nothing changed), consent on plans and goals, and the evaluation schedule.

const P = DEMO.professionals;
/** (b) Femke Visser (SKJ) is the casusregisseur; Daan Smit (no registration) a directing colleague. */
const CASE = DEMO.cases.veiligThuisMonitoring;
/** (c) Sanne Bakker directs; Lindewonen (woonconsulent) is a partner on the team. */
const PARTNER_CASE = DEMO.cases.multiProblem;
/** (a) no plan at all. */
const OTHER_CASE = DEMO.cases.separatedParents;

let hub: TestHub;
let femke: string;
let daan: string;
let priya: string;
let persons: { id: string; givenName: string; householdRole: string }[];
let otherPersonId: string;

const GOAL = `id version planId lineageId domain dataClass redacted familyWording professionalWording
  priority targetDate viewerCan subjects { id }`;
const PLAN = `id version number status redacted perspective agreedOn approvedOn supersededOn reopenReason
  allowedTransitions includesYouthCare approvalProblem domain dataClass legalBasis
  approvedBy { id } agreedBy { id } subjects { id } goals { ${GOAL} }`;
const EVALUATION = `id version planId status scheduledOn heldOn overdue participants conclusions domain dataClass
  subjects { id } ledToPlan { id number status }`;

const today = dutchDate(new Date());
const tomorrow = dutchDate(new Date(Date.now() + 36 * 3600 * 1000));

function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

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

async function caseView(token: string, caseId: string, fields: string) {
  const res = await gql<any>(hub, `query($id: ID!) { case(id: $id) { ${fields} } }`, { id: caseId }, token);
  if (!res.data?.case) throw new Error(JSON.stringify(res.errors));
  return res.data.case;
}

const plans = (token: string, caseId = CASE) =>
  caseView(token, caseId, `version plans { ${PLAN} } currentPlan { id number } draftPlan { id number }`);

async function planById(token: string, id: string) {
  const res = await gql<any>(
    hub,
    `query($id: ID!) { dossierItem(id: $id) { ... on Plan { ${PLAN} } } }`,
    { id },
    token,
  );
  if (!res.data?.dossierItem) throw new Error(JSON.stringify(res.errors));
  return res.data.dossierItem;
}

beforeAll(async () => {
  hub = await startTestHub();
  [femke, daan, priya] = await Promise.all([
    signIn(hub, P.casusregisseurFemke),
    signIn(hub, P.casusregisseurDaan),
    signIn(hub, P.wijkteamZuidProfessional),
  ]);
  persons = await casePersons(hub, femke, CASE);
  const marloes = await signIn(hub, P.procesregisseur);
  otherPersonId = (await casePersons(hub, marloes, OTHER_CASE))[0]!.id;
});

afterAll(async () => {
  await hub?.stop();
});

describe("the family plan", () => {
  let v1: any;
  const goals: Record<string, any> = {};

  it("refuses a plain team professional (FORBIDDEN) and bad input (BAD_USER_INPUT), creating nothing", async () => {
    expectCode(await mutate(priya, "draftPlan", "DraftPlanInput", { caseId: CASE }, "id"), "FORBIDDEN");
    expectBadInput(
      await mutate(
        femke,
        "draftPlan",
        "DraftPlanInput",
        { caseId: CASE, subjectPersonIds: [otherPersonId] },
        "id",
      ),
      "input.subjectPersonIds",
    );
    expectBadInput(
      await mutate(femke, "draftPlan", "DraftPlanInput", { caseId: CASE, perspective: "x" }, "id"),
      "input.perspective",
    );
    expectBadInput(
      await mutate(femke, "draftPlan", "DraftPlanInput", { caseId: CASE, subjectPersonIds: [] }, "id"),
      "input.subjectPersonIds",
    );
    expectCode(
      await mutate(femke, "draftPlan", "DraftPlanInput", { caseId: "not-a-case" }, "id"),
      "NOT_FOUND",
    );
    const view = await plans(femke);
    expect(view.plans).toEqual([]);
    expect(view.currentPlan).toBeNull();
    expect(view.draftPlan).toBeNull();
  });

  it("drafts version 1 about every person of the case; a second draft is a CONFLICT", async () => {
    v1 = ok(
      await mutate(
        femke,
        "draftPlan",
        "DraftPlanInput",
        { caseId: CASE, perspective: "Een veilig en rustig thuis voor de kinderen." },
        PLAN,
      ),
      "draftPlan",
    );
    expect(v1).toMatchObject({
      number: 1,
      status: "DRAFT",
      redacted: false,
      perspective: "Een veilig en rustig thuis voor de kinderen.",
      domain: "FAMILY_RELATIONS",
      dataClass: "GENERAL",
      allowedTransitions: ["AGREED"],
      includesYouthCare: false,
      goals: [],
      agreedOn: null,
      approvedOn: null,
    });
    expect(v1.subjects.map((s: any) => s.id).sort()).toEqual(persons.map((p) => p.id).sort());
    const again = await mutate(femke, "draftPlan", "DraftPlanInput", { caseId: CASE }, "id");
    expectCode(again, "CONFLICT");
    expect(again.errors![0]!.message).toMatch(/Versie 1 .* concept/);
    const view = await plans(femke);
    expect(view.plans.map((p: any) => p.number)).toEqual([1]);
    expect(view.draftPlan).toEqual({ id: v1.id, number: 1 });
  });

  it("adds goals (ordered by priority) and refuses bad goals", async () => {
    const child = persons.find((p) => p.householdRole === "CHILD") ?? persons[0]!;
    const add = (input: Record<string, unknown>) =>
      mutate(femke, "addGoal", "AddGoalInput", { planId: v1.id, ...input }, GOAL);
    goals.housing = ok(
      await add({
        domain: "HOUSING",
        familyWording: "We willen een eigen huis.",
        professionalWording: "Het gezin heeft stabiele huisvesting.",
        targetDate: "2030-06-30",
      }),
      "addGoal",
    );
    goals.safety = ok(
      await add({
        domain: "SAFETY",
        dataClass: "CHILD_SAFETY",
        subjectPersonIds: [child.id],
        priority: "HIGH",
        familyWording: "Geen ruzie meer waar de kinderen bij zijn.",
        professionalWording: "De kinderen groeien veilig op.",
      }),
      "addGoal",
    );
    expect(goals.housing).toMatchObject({
      planId: v1.id,
      priority: "MEDIUM",
      dataClass: "GENERAL",
      targetDate: "2030-06-30",
      version: 1,
    });
    expect(goals.housing.subjects).toHaveLength(persons.length);
    expect(goals.safety.subjects).toEqual([{ id: child.id }]);
    expect(goals.housing.lineageId).not.toBe(goals.safety.lineageId);
    // A goal of a plan in force-to-be: team members may record actions and results against it.
    expect(goals.housing.viewerCan).toEqual(expect.arrayContaining(["ADD_ACTION", "RECORD_RESULT"]));

    expectBadInput(
      await add({ domain: "HOUSING", familyWording: "", professionalWording: "Goed" }),
      "input.familyWording",
    );
    expectBadInput(
      await add({
        domain: "HOUSING",
        familyWording: "Wonen",
        professionalWording: "Wonen",
        subjectPersonIds: [otherPersonId],
      }),
      "input.subjectPersonIds",
    );
    expectCode(
      await add({ domain: "NOPE", familyWording: "Wonen", professionalWording: "Wonen" }),
      "BAD_USER_INPUT",
    );
    expectCode(
      await mutate(
        femke,
        "addGoal",
        "AddGoalInput",
        {
          planId: "00000000-0000-4000-8000-000000000000",
          domain: "HOUSING",
          familyWording: "Wonen",
          professionalWording: "Wonen",
        },
        "id",
      ),
      "NOT_FOUND",
    );
    expectCode(
      await mutate(
        priya,
        "addGoal",
        "AddGoalInput",
        {
          planId: v1.id,
          domain: "HOUSING",
          familyWording: "Wonen",
          professionalWording: "Wonen",
        },
        "id",
      ),
      "FORBIDDEN",
    );
    const plan = await planById(femke, v1.id);
    expect(plan.goals.map((g: any) => g.id)).toEqual([goals.safety.id, goals.housing.id]);
  });

  it("edits a draft: perspective and goals; a stale version is a CONFLICT and changes nothing", async () => {
    const stale = await mutate(
      femke,
      "updatePlan",
      "UpdatePlanInput",
      { planId: v1.id, version: 99, perspective: "Anders" },
      "id",
    );
    expectCode(stale, "CONFLICT");
    expectBadInput(
      await mutate(
        femke,
        "updatePlan",
        "UpdatePlanInput",
        { planId: v1.id, version: v1.version, perspective: " " },
        "id",
      ),
      "input.perspective",
    );
    expectCode(
      await mutate(
        priya,
        "updatePlan",
        "UpdatePlanInput",
        { planId: v1.id, version: v1.version, perspective: "Anders" },
        "id",
      ),
      "FORBIDDEN",
    );
    const updated = ok(
      await mutate(
        femke,
        "updatePlan",
        "UpdatePlanInput",
        {
          planId: v1.id,
          version: v1.version,
          perspective: "Een veilig thuis en een eigen huis.",
        },
        PLAN,
      ),
      "updatePlan",
    );
    expect(updated).toMatchObject({
      version: v1.version + 1,
      perspective: "Een veilig thuis en een eigen huis.",
    });
    v1 = updated;

    expectCode(
      await mutate(
        femke,
        "updateGoal",
        "UpdateGoalInput",
        { goalId: goals.housing.id, version: 7, priority: "LOW" },
        "id",
      ),
      "CONFLICT",
    );
    expectBadInput(
      await mutate(femke, "updateGoal", "UpdateGoalInput", { goalId: goals.housing.id, version: 1 }, "id"),
      "input",
    );
    expectBadInput(
      await mutate(
        femke,
        "updateGoal",
        "UpdateGoalInput",
        { goalId: goals.housing.id, version: 1, familyWording: "x" },
        "id",
      ),
      "input.familyWording",
    );
    const goal = ok(
      await mutate(
        femke,
        "updateGoal",
        "UpdateGoalInput",
        {
          goalId: goals.housing.id,
          version: 1,
          priority: "LOW",
          familyWording: "We willen een eigen huis met een tuin.",
        },
        GOAL,
      ),
      "updateGoal",
    );
    expect(goal).toMatchObject({
      version: 2,
      priority: "LOW",
      familyWording: "We willen een eigen huis met een tuin.",
      professionalWording: "Het gezin heeft stabiele huisvesting.",
      lineageId: goals.housing.lineageId,
    });
    goals.housing = goal;
  });

  it("records the family's agreement after refusing bad input; then only a reopen allows edits", async () => {
    const parent = persons.find((p) => p.householdRole !== "CHILD") ?? persons[0]!;
    const agree = (input: Record<string, unknown>, token = femke) =>
      mutate(token, "agreePlan", "AgreePlanInput", { planId: v1.id, version: v1.version, ...input }, PLAN);
    expectBadInput(await agree({ agreedByPersonIds: [parent.id], agreedOn: tomorrow }), "input.agreedOn");
    expectBadInput(await agree({ agreedByPersonIds: [], agreedOn: today }), "input.agreedByPersonIds");
    expectBadInput(
      await agree({ agreedByPersonIds: [otherPersonId], agreedOn: today }),
      "input.agreedByPersonIds",
    );
    expectCode(await agree({ agreedByPersonIds: [parent.id], agreedOn: "2025-02-30" }), "BAD_USER_INPUT");
    expectCode(await agree({ agreedByPersonIds: [parent.id], agreedOn: today, version: 1 }), "CONFLICT");
    expectCode(await agree({ agreedByPersonIds: [parent.id], agreedOn: today }, priya), "FORBIDDEN");
    expect(await planById(femke, v1.id)).toMatchObject({
      status: "DRAFT",
      version: v1.version,
      agreedOn: null,
    });

    v1 = ok(await agree({ agreedByPersonIds: [parent.id], agreedOn: today }), "agreePlan");
    expect(v1).toMatchObject({
      status: "AGREED",
      agreedOn: today,
      agreedBy: [{ id: parent.id }],
      allowedTransitions: ["APPROVED", "DRAFT"],
      approvalProblem: null,
    });

    const edit = await mutate(
      femke,
      "updatePlan",
      "UpdatePlanInput",
      { planId: v1.id, version: v1.version, perspective: "Anders dan eerst" },
      "id",
    );
    expectCode(edit, "CONFLICT");
    expect(edit.errors![0]!.message).toMatch(/afgesproken/);
    expectCode(
      await mutate(
        femke,
        "addGoal",
        "AddGoalInput",
        { planId: v1.id, domain: "WORK", familyWording: "Werk", professionalWording: "Werk" },
        "id",
      ),
      "CONFLICT",
    );
    expectCode(
      await mutate(
        femke,
        "updateGoal",
        "UpdateGoalInput",
        { goalId: goals.housing.id, version: goals.housing.version, priority: "HIGH" },
        "id",
      ),
      "CONFLICT",
    );
    expectCode(await agree({ agreedByPersonIds: [parent.id], agreedOn: today }), "CONFLICT");

    const reopen = (input: Record<string, unknown>) =>
      mutate(femke, "reopenPlan", "ReopenPlanInput", { planId: v1.id, version: v1.version, ...input }, PLAN);
    expectBadInput(await reopen({ reason: "nee" }), "input.reason");
    expectCode(
      await reopen({ reason: "Moeder wil het doel over wonen anders verwoorden", version: 1 }),
      "CONFLICT",
    );
    v1 = ok(await reopen({ reason: "Moeder wil het doel over wonen anders verwoorden" }), "reopenPlan");
    expect(v1).toMatchObject({
      status: "DRAFT",
      agreedOn: null,
      agreedBy: [],
      reopenReason: "Moeder wil het doel over wonen anders verwoorden",
    });
    expectCode(await reopen({ reason: "Nog een keer terug" }), "CONFLICT");
    // A draft cannot be approved.
    expectCode(
      await mutate(femke, "approvePlan", "PlanVersionInput", { planId: v1.id, version: v1.version }, "id"),
      "CONFLICT",
    );
    v1 = ok(await agree({ agreedByPersonIds: [parent.id], agreedOn: today }), "agreePlan");
  });

  it("approves version 1; a stale or repeated approval is a CONFLICT", async () => {
    expectCode(
      await mutate(
        femke,
        "approvePlan",
        "PlanVersionInput",
        { planId: v1.id, version: v1.version - 1 },
        "id",
      ),
      "CONFLICT",
    );
    expectCode(
      await mutate(priya, "approvePlan", "PlanVersionInput", { planId: v1.id, version: v1.version }, "id"),
      "FORBIDDEN",
    );
    v1 = ok(
      await mutate(femke, "approvePlan", "PlanVersionInput", { planId: v1.id, version: v1.version }, PLAN),
      "approvePlan",
    );
    expect(v1).toMatchObject({
      status: "APPROVED",
      approvedOn: today,
      approvedBy: { id: P.casusregisseurFemke },
      allowedTransitions: ["SUPERSEDED"],
    });
    expect(v1.approvalProblem).toMatch(/APPROVED kan niet naar APPROVED/);
    expectCode(
      await mutate(femke, "approvePlan", "PlanVersionInput", { planId: v1.id, version: v1.version }, "id"),
      "CONFLICT",
    );
    const view = await plans(femke);
    expect(view.currentPlan).toEqual({ id: v1.id, number: 1 });
    expect(view.draftPlan).toBeNull();
    // Every change reached the processing log (in its transaction).
    const log = await hub.database.db
      .select({
        operation: tables.processingLog.operation,
        fields: tables.processingLog.fields,
        detail: tables.processingLog.detail,
      })
      .from(tables.processingLog)
      .where(arrayContains(tables.processingLog.itemIds, [v1.id]));
    const changes = log.filter((e) => e.operation !== "READ");
    expect(changes.map((e) => e.detail)).toEqual(
      expect.arrayContaining(["plan version 1", "DRAFT -> AGREED", "AGREED -> APPROVED"]),
    );
    expect(
      changes.some(
        (e) => e.detail?.startsWith("AGREED -> DRAFT: ") && e.fields.includes("Plan.reopenReason"),
      ),
    ).toBe(true);
    expect(changes.some((e) => e.operation === "UPDATE" && e.fields.includes("Plan.perspective"))).toBe(true);
  });

  it("drafts version 2 with copies of the goals; approving it supersedes version 1, which stays readable", async () => {
    let v2 = ok(await mutate(femke, "draftPlan", "DraftPlanInput", { caseId: CASE }, PLAN), "draftPlan");
    expect(v2).toMatchObject({
      number: 2,
      status: "DRAFT",
      perspective: "Een veilig thuis en een eigen huis.",
    });
    expect(
      v2.goals.map((g: any) => [
        g.lineageId,
        g.familyWording,
        g.professionalWording,
        g.priority,
        g.domain,
        g.dataClass,
        g.targetDate,
      ]),
    ).toEqual(
      v1.goals.map((g: any) => [
        g.lineageId,
        g.familyWording,
        g.professionalWording,
        g.priority,
        g.domain,
        g.dataClass,
        g.targetDate,
      ]),
    );
    expect(v2.goals.map((g: any) => g.subjects)).toEqual(v1.goals.map((g: any) => g.subjects));
    expect(v2.goals.map((g: any) => g.id)).not.toEqual(v1.goals.map((g: any) => g.id));
    expect(v2.goals.every((g: any) => g.planId === v2.id)).toBe(true);

    // The copy is edited; the approved original does not change.
    const copy = v2.goals.find((g: any) => g.lineageId === goals.housing.lineageId);
    ok(
      await mutate(
        femke,
        "updateGoal",
        "UpdateGoalInput",
        {
          goalId: copy.id,
          version: copy.version,
          familyWording: "We wonen nu in een eigen huis; we willen er blijven.",
        },
        "id",
      ),
      "updateGoal",
    );
    expectCode(
      await mutate(
        femke,
        "updateGoal",
        "UpdateGoalInput",
        { goalId: goals.housing.id, version: goals.housing.version, priority: "HIGH" },
        "id",
      ),
      "CONFLICT",
    );
    ok(
      await mutate(
        femke,
        "addGoal",
        "AddGoalInput",
        {
          planId: v2.id,
          domain: "WORK",
          familyWording: "Vader wil weer werken.",
          professionalWording: "Vader vindt betaald werk.",
        },
        "id",
      ),
      "addGoal",
    );
    let view = await plans(femke);
    expect(view.currentPlan).toEqual({ id: v1.id, number: 1 });
    expect(view.draftPlan).toEqual({ id: v2.id, number: 2 });

    const parent = persons.find((p) => p.householdRole !== "CHILD") ?? persons[0]!;
    v2 = ok(
      await mutate(
        femke,
        "agreePlan",
        "AgreePlanInput",
        { planId: v2.id, version: v2.version, agreedByPersonIds: [parent.id], agreedOn: today },
        "id version",
      ),
      "agreePlan",
    );
    v2 = ok(
      await mutate(femke, "approvePlan", "PlanVersionInput", { planId: v2.id, version: v2.version }, PLAN),
      "approvePlan",
    );
    expect(v2.status).toBe("APPROVED");
    expect(v2.goals).toHaveLength(3);

    view = await plans(femke);
    expect(view.plans.map((p: any) => [p.number, p.status])).toEqual([
      [2, "APPROVED"],
      [1, "SUPERSEDED"],
    ]);
    expect(view.currentPlan).toEqual({ id: v2.id, number: 2 });
    const old = view.plans[1];
    expect(old).toMatchObject({ supersededOn: today, version: v1.version + 1, allowedTransitions: [] });
    expect(old.goals.map((g: any) => g.familyWording)).toEqual(v1.goals.map((g: any) => g.familyWording));
    expect(old.goals.find((g: any) => g.id === goals.housing.id).familyWording).toBe(
      "We willen een eigen huis met een tuin.",
    );
    // Nothing more is recorded against the goals of a superseded version.
    expect(
      old.goals.every(
        (g: any) => !g.viewerCan.includes("ADD_ACTION") && !g.viewerCan.includes("RECORD_RESULT"),
      ),
    ).toBe(true);
    expect(view.plans[0].goals.every((g: any) => g.viewerCan.includes("ADD_ACTION"))).toBe(true);
    v1 = old;
  });

  it("needs an SKJ/BIG registration to approve a plan with youth care (FORBIDDEN without)", async () => {
    let v3 = ok(await mutate(femke, "draftPlan", "DraftPlanInput", { caseId: CASE }, PLAN), "draftPlan");
    expect(v3.includesYouthCare).toBe(false);
    const child = persons.find((p) => p.householdRole === "CHILD") ?? persons[0]!;
    ok(
      await mutate(
        femke,
        "addGoal",
        "AddGoalInput",
        {
          planId: v3.id,
          domain: "YOUTH_CARE",
          dataClass: "SPECIAL_CATEGORY",
          subjectPersonIds: [child.id],
          familyWording: "Hulp voor onze zoon bij boosheid.",
          professionalWording: "Inzet ambulante jeugdhulp gericht op emotieregulatie.",
        },
        "id",
      ),
      "addGoal",
    );
    const parent = persons.find((p) => p.householdRole !== "CHILD") ?? persons[0]!;
    v3 = ok(
      await mutate(
        femke,
        "agreePlan",
        "AgreePlanInput",
        { planId: v3.id, version: v3.version, agreedByPersonIds: [parent.id], agreedOn: today },
        "id version includesYouthCare",
      ),
      "agreePlan",
    );
    expect(v3.includesYouthCare).toBe(true);

    const asDaan = await planById(daan, v3.id);
    expect(asDaan.approvalProblem).toMatch(/SKJ- of BIG-registratie/);
    expect((await planById(femke, v3.id)).approvalProblem).toBeNull();
    expect((await planById(priya, v3.id)).approvalProblem).toMatch(/Alleen de casusregisseur/);

    const refused = await mutate(
      daan,
      "approvePlan",
      "PlanVersionInput",
      { planId: v3.id, version: v3.version },
      "id",
    );
    expectCode(refused, "FORBIDDEN");
    expect(refused.errors![0]!.message).toBe(
      "Dit plan bevat jeugdhulp: alleen een professional met een SKJ- of BIG-registratie kan het vaststellen.",
    );
    let view = await plans(femke);
    expect(view.plans.map((p: any) => [p.number, p.status])).toEqual([
      [3, "AGREED"],
      [2, "APPROVED"],
      [1, "SUPERSEDED"],
    ]);

    const approved = ok(
      await mutate(femke, "approvePlan", "PlanVersionInput", { planId: v3.id, version: v3.version }, PLAN),
      "approvePlan",
    );
    expect(approved).toMatchObject({ status: "APPROVED", approvedBy: { id: P.casusregisseurFemke } });
    view = await plans(femke);
    expect(view.plans.map((p: any) => p.status)).toEqual(["APPROVED", "SUPERSEDED", "SUPERSEDED"]);
  });
});

describe("consent on the plan", () => {
  it("shows a partner without grants the plan's number and status, but no perspective and no goals", async () => {
    const sanne = await signIn(hub, P.casusregisseur);
    const housing = await signIn(hub, P.woonconsulent);
    const family = await casePersons(hub, sanne, PARTNER_CASE);
    const [first, second] = family;
    const plan = ok(
      await mutate(
        sanne,
        "draftPlan",
        "DraftPlanInput",
        { caseId: PARTNER_CASE, perspective: "Rust, een betaalbaar huis en de kinderen naar school." },
        "id",
      ),
      "draftPlan",
    );
    const add = (input: Record<string, unknown>) =>
      mutate(sanne, "addGoal", "AddGoalInput", { planId: plan.id, ...input }, "id");
    const housingGoal = ok(
      await add({
        domain: "HOUSING",
        subjectPersonIds: [first!.id],
        familyWording: "De huur op tijd betalen.",
        professionalWording: "Geen huurachterstand meer.",
      }),
      "addGoal",
    );
    ok(
      await add({
        domain: "YOUTH_CARE",
        dataClass: "SPECIAL_CATEGORY",
        subjectPersonIds: [second!.id],
        familyWording: "Hulp bij opvoeden.",
        professionalWording: "Opvoedondersteuning.",
      }),
      "addGoal",
    );

    const query = `query($id: ID!) { case(id: $id) { plans { id number status redacted includesYouthCare
      allowedTransitions goals { id familyWording } } draftPlan { id number } } }`;
    let res = await gql<any>(hub, query, { id: PARTNER_CASE }, housing);
    expect(res.errors).toBeUndefined();
    expect(res.data.case.plans).toEqual([
      {
        id: plan.id,
        number: 1,
        status: "DRAFT",
        redacted: true,
        includesYouthCare: true,
        allowedTransitions: ["AGREED"],
        goals: [],
      },
    ]);
    expect(res.data.case.draftPlan).toEqual({ id: plan.id, number: 1 });
    const perspective = await gql<any>(
      hub,
      `query($id: ID!) { case(id: $id) { draftPlan { number perspective } } }`,
      { id: PARTNER_CASE },
      housing,
    );
    expectCode(perspective, "CONSENT_REQUIRED");
    expect(perspective.data.case.draftPlan).toEqual({ number: 1, perspective: null });

    await grant(hub, sanne, {
      caseId: PARTNER_CASE,
      granteeOrganisationId: DEMO.organisations.woningcorporatie,
      subjectPersonIds: [first!.id],
      domains: ["HOUSING"],
      dataClasses: ["GENERAL"],
    });
    res = await gql<any>(hub, query, { id: PARTNER_CASE }, housing);
    expect(res.data.case.plans[0].goals).toEqual([
      { id: housingGoal.id, familyWording: "De huur op tijd betalen." },
    ]);
    // A partner may not manage the plan.
    expectCode(
      await mutate(
        housing,
        "addGoal",
        "AddGoalInput",
        {
          planId: plan.id,
          domain: "HOUSING",
          familyWording: "Wonen",
          professionalWording: "Wonen",
        },
        "id",
      ),
      "FORBIDDEN",
    );
  });
});

describe("evaluations", () => {
  let caseVersion: number;
  let current: any;
  let evaluation: any;

  const schedule = (token: string, input: Record<string, unknown>) =>
    mutate(token, "scheduleEvaluation", "ScheduleEvaluationInput", input, EVALUATION);
  const scheduleView = () =>
    caseView(
      femke,
      CASE,
      `version evaluationIntervalMonths evaluationSchedule { intervalMonths nextDueOn overdue plan { id number } }
       evaluations { ${EVALUATION} }`,
    );

  it("needs an approved plan", async () => {
    // Evaluations are the casusregisseur's (Youssef El Amrani directs OTHER_CASE); its procesregisseur
    // (Marloes de Wit) reads the schedule but is refused scheduling (tests/integration/phase-follows-work.test.ts).
    const [youssef, marloes] = await Promise.all([
      signIn(hub, P.casusregisseurYoussef),
      signIn(hub, P.procesregisseur),
    ]);
    expectCode(await schedule(marloes, { caseId: OTHER_CASE }), "FORBIDDEN");
    const res = await schedule(youssef, { caseId: OTHER_CASE });
    expectCode(res, "CONFLICT");
    expect(res.errors![0]!.message).toMatch(/vastgesteld gezinsplan/);
    const view = await caseView(
      marloes,
      OTHER_CASE,
      "evaluationSchedule { intervalMonths nextDueOn overdue plan { id } }",
    );
    expect(view.evaluationSchedule).toEqual({
      intervalMonths: 3,
      nextDueOn: null,
      overdue: false,
      plan: null,
    });
  });

  it("is due 3 months after approval by default, and schedules on that date", async () => {
    const view = await scheduleView();
    current = (await plans(femke)).currentPlan;
    caseVersion = view.version;
    expect(view.evaluationIntervalMonths).toBe(3);
    expect(view.evaluationSchedule).toEqual({
      intervalMonths: 3,
      nextDueOn: addMonths(today, 3),
      overdue: false,
      plan: current,
    });
    expectCode(await schedule(priya, { caseId: CASE }), "FORBIDDEN");
    expectBadInput(await schedule(femke, { caseId: CASE, scheduledOn: "2020-01-01" }), "input.scheduledOn");
    expectBadInput(await schedule(femke, { caseId: CASE, participants: [" "] }), "input.participants.0");
    expect((await scheduleView()).evaluations).toEqual([]);

    evaluation = ok(
      await schedule(femke, { caseId: CASE, participants: ["moeder", "casusregisseur"] }),
      "scheduleEvaluation",
    );
    const plan = await planById(femke, current.id);
    expect(evaluation).toMatchObject({
      planId: current.id,
      status: "SCHEDULED",
      scheduledOn: addMonths(today, 3),
      heldOn: null,
      overdue: false,
      participants: ["moeder", "casusregisseur"],
      domain: plan.domain,
      dataClass: plan.dataClass,
      ledToPlan: null,
    });
    expect(evaluation.subjects).toEqual(plan.subjects);
  });

  it("follows a custom interval per case (1–12 months, stale case version CONFLICT)", async () => {
    const set = (input: Record<string, unknown>, token = femke) =>
      mutate(
        token,
        "setEvaluationInterval",
        "SetEvaluationIntervalInput",
        { caseId: CASE, version: caseVersion, ...input },
        "id version evaluationIntervalMonths",
      );
    expectBadInput(await set({ months: 13 }), "input.months");
    expectBadInput(await set({ months: 0 }), "input.months");
    expectCode(await set({ months: 6, version: caseVersion - 1 }), "CONFLICT");
    expectCode(await set({ months: 6 }, priya), "FORBIDDEN");
    expect((await scheduleView()).evaluationIntervalMonths).toBe(3);
    const updated = ok(await set({ months: 6 }), "setEvaluationInterval");
    expect(updated).toEqual({ id: CASE, version: caseVersion + 1, evaluationIntervalMonths: 6 });
    caseVersion = updated.version;
    expect((await scheduleView()).evaluationSchedule).toMatchObject({
      intervalMonths: 6,
      nextDueOn: addMonths(today, 6),
      overdue: false,
    });
  });

  it("is overdue once the due date has passed without an evaluation held", async () => {
    await hub.database.db
      .update(tables.plans)
      .set({ approvedOn: "2024-01-10" })
      .where(eq(tables.plans.itemId, current.id));
    expect((await scheduleView()).evaluationSchedule).toMatchObject({
      nextDueOn: "2024-07-10",
      overdue: true,
    });
    const late = ok(await schedule(femke, { caseId: CASE, scheduledOn: "2024-07-01" }), "scheduleEvaluation");
    expect(late).toMatchObject({ status: "SCHEDULED", overdue: true, scheduledOn: "2024-07-01" });
    const listed = (await scheduleView()).evaluations.map((e: any) => e.scheduledOn);
    expect(listed).toEqual(["2024-07-01", addMonths(today, 3)]);
    evaluation = late;
  });

  it("holds an evaluation: refuses bad input and stale versions, then starts plan version n+1", async () => {
    const hold = (input: Record<string, unknown>, token = femke) =>
      mutate(
        token,
        "holdEvaluation",
        "HoldEvaluationInput",
        {
          evaluationId: evaluation.id,
          version: evaluation.version,
          heldOn: "2024-07-02",
          participants: ["moeder", "vader", "casusregisseur"],
          conclusions: "Wonen is op orde; de zorg over boosheid blijft.",
          ...input,
        },
        EVALUATION,
      );
    expectBadInput(await hold({ heldOn: tomorrow }), "input.heldOn");
    expectBadInput(await hold({ heldOn: "2023-12-31" }), "input.heldOn");
    expectBadInput(await hold({ participants: [] }), "input.participants");
    expectBadInput(await hold({ conclusions: "" }), "input.conclusions");
    expectCode(await hold({ version: evaluation.version + 1 }), "CONFLICT");
    expectCode(await hold({}, priya), "FORBIDDEN");
    const held = ok(await hold({ startNewPlanVersion: true }), "holdEvaluation");
    expect(held).toMatchObject({
      status: "HELD",
      heldOn: "2024-07-02",
      overdue: false,
      participants: ["moeder", "vader", "casusregisseur"],
      conclusions: "Wonen is op orde; de zorg over boosheid blijft.",
      version: evaluation.version + 1,
      ledToPlan: { number: current.number + 1, status: "DRAFT" },
    });
    const next = await planById(femke, held.ledToPlan.id);
    const inForce = await planById(femke, current.id);
    expect(next.goals.map((g: any) => g.lineageId)).toEqual(inForce.goals.map((g: any) => g.lineageId));
    expect((await plans(femke)).draftPlan).toEqual({ id: held.ledToPlan.id, number: current.number + 1 });

    let view = await scheduleView();
    // The cycle runs from the evaluation held: 2024-07-02 + 6 months.
    expect(view.evaluationSchedule).toMatchObject({ nextDueOn: "2025-01-02", overdue: true, plan: current });
    expectCode(await hold({ version: held.version }), "CONFLICT");

    // With a draft open, another evaluation cannot start a version too; nothing of it is recorded.
    const other = view.evaluations.find((e: any) => e.status === "SCHEDULED");
    const refused = await hold({ evaluationId: other.id, version: other.version, startNewPlanVersion: true });
    expectCode(refused, "CONFLICT");
    expect(refused.errors![0]!.message).toMatch(/concept/);
    view = await scheduleView();
    expect(view.evaluations.find((e: any) => e.id === other.id)).toEqual(other);
  });
});
