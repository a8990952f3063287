import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, asc, eq } from "drizzle-orm";
import { DEMO, tables } from "@regiehub/db";
import { FIRST_PLAN_PHASE_REASON, dutchDate, type CasePhase } from "@regiehub/domain";
import { ConfigError, loadConfig } from "@regiehub/server";
import { expectCode, gql, signIn, startTestHub, wsClient, type TestHub } from "../support/hub";
import { collect } from "../support/live";

// The plan is the casusregisseur's, and the phase follows the work (issue 14):
// - approving a case's FIRST family plan moves a case in inventory, analysis or plan on to execution, in the
//   same transaction, one recorded transition per phase ("Eerste gezinsplan vastgesteld", by the approver),
//   each a PHASE_CHANGED change (processing log, live event); a later version, or a case already at work,
//   evaluated or before inventory, does not move;
// - the case says why its phase is what it is (`Case.phaseReason`, `Case.phaseHistory`);
// - the procesregisseur is refused editing and approving plans, goals, actions, results and evaluations by
//   default (he keeps reading, the doorbraak and the phase), and allowed them in a region that sets
//   PROCESREGISSEUR_EDITS_PLANS.
// Every case here is opened fresh (Sanne Bakker directs it, Marloes de Wit is its procesregisseur), so the demo
// region's own plans and phases do not matter.

const P = DEMO.professionals;
const today = dutchDate(new Date());

const TRANSITION = `from to reason at by { id name }`;
const CASE_PHASE = `id version phase phaseReason { ${TRANSITION} } phaseHistory { ${TRANSITION} }`;

interface Session {
  hub: TestHub;
  sanne: string;
  marloes: string;
}

async function call(s: Session, token: string, query: string, variables: Record<string, unknown>) {
  const res: any = await gql(s.hub, query, variables, token);
  return res;
}

async function must(s: Session, token: string, name: string, type: string, input: object, fields: string) {
  const res = await call(s, token, `mutation($input: ${type}!) { ${name}(input: $input) { ${fields} } }`, {
    input,
  });
  if (!res.data?.[name]) throw new Error(`${name}: ${JSON.stringify(res.errors)}`);
  return res.data[name];
}

async function caseView(s: Session, token: string, id: string, fields = CASE_PHASE) {
  const res = await call(s, token, `query($id: ID!) { case(id: $id) { ${fields} } }`, { id });
  if (!res.data?.case) throw new Error(JSON.stringify(res.errors));
  return res.data.case;
}

async function planVersion(s: Session, token: string, id: string): Promise<number> {
  const res = await call(s, token, `query($id: ID!) { dossierItem(id: $id) { version } }`, { id });
  return res.data.dossierItem.version;
}

/** A new case directed by Sanne Bakker with Marloes de Wit as procesregisseur, moved along `path`. */
async function openCase(s: Session, title: string, path: CasePhase[]) {
  const opened = await must(
    s,
    s.sanne,
    "openCase",
    "OpenCaseInput",
    { title, municipality: DEMO.municipality, procesregisseurId: P.procesregisseur },
    "id version",
  );
  const person = await must(
    s,
    s.sanne,
    "addPerson",
    "AddPersonInput",
    { caseId: opened.id, givenName: "Iris", familyName: title, householdRole: "PARENT" },
    "id",
  );
  let version = (await caseView(s, s.sanne, opened.id, "version")).version as number;
  for (const to of path) {
    version = (
      await must(s, s.sanne, "moveCasePhase", "MoveCasePhaseInput", { id: opened.id, version, to }, "version")
    ).version;
  }
  return { id: opened.id as string, personId: person.id as string };
}

/** Drafts a plan with one housing goal and records the family's agreement; returns the plan and goal ids. */
async function agreedPlan(s: Session, token: string, c: { id: string; personId: string }) {
  const plan = await must(s, token, "draftPlan", "DraftPlanInput", { caseId: c.id }, "id");
  const goal = await must(
    s,
    token,
    "addGoal",
    "AddGoalInput",
    {
      planId: plan.id,
      domain: "HOUSING",
      familyWording: "We willen in ons huis blijven wonen",
      professionalWording: "De huurachterstand is opgelost en de huur wordt op tijd betaald",
    },
    "id",
  );
  await must(
    s,
    token,
    "agreePlan",
    "AgreePlanInput",
    {
      planId: plan.id,
      version: await planVersion(s, token, plan.id),
      agreedByPersonIds: [c.personId],
      agreedOn: today,
    },
    "id",
  );
  return { planId: plan.id as string, goalId: goal.id as string };
}

async function approve(s: Session, token: string, planId: string) {
  return call(s, token, `mutation($input: PlanVersionInput!) { approvePlan(input: $input) { id status } }`, {
    input: { planId, version: await planVersion(s, token, planId) },
  });
}

async function transitionRows(s: Session, caseId: string) {
  return s.hub.database.db
    .select({
      from: tables.casePhaseTransitions.fromPhase,
      to: tables.casePhaseTransitions.toPhase,
      reason: tables.casePhaseTransitions.reason,
      by: tables.casePhaseTransitions.byProfessionalId,
    })
    .from(tables.casePhaseTransitions)
    .where(eq(tables.casePhaseTransitions.caseId, caseId))
    .orderBy(asc(tables.casePhaseTransitions.at), asc(tables.casePhaseTransitions.toPhase));
}

async function phaseLogDetails(s: Session, caseId: string) {
  const rows = await s.hub.database.db
    .select({ detail: tables.processingLog.detail })
    .from(tables.processingLog)
    .where(and(eq(tables.processingLog.caseId, caseId), eq(tables.processingLog.operation, "UPDATE")));
  return rows.map((r) => r.detail).filter((d): d is string => d?.startsWith("phase ") ?? false);
}

async function lastSeq(s: Session, token: string): Promise<number> {
  return (await call(s, token, `{ lastEventSeq }`, {})).data.lastEventSeq;
}

/** The case-level phase events of a case after `afterSeq`, as its live subscription replays them. */
async function phaseEvents(s: Session, token: string, caseId: string, afterSeq: number, count: number) {
  const client = wsClient(s.hub, token);
  const events = collect(
    client,
    `subscription($caseId: ID!, $afterSeq: Seq) {
      caseEvents(caseId: $caseId, afterSeq: $afterSeq) { seq kind fields itemId case { phase } } }`,
    { caseId, afterSeq },
  );
  try {
    const phaseOnly = (rs: typeof events.results) =>
      rs.filter((r) => r.data?.caseEvents?.fields.includes("Case.phase"));
    const results = await events.until((rs) => phaseOnly(rs).length >= count);
    return phaseOnly(results).map((r) => r.data.caseEvents);
  } finally {
    events.stop();
    await client.dispose();
  }
}

describe("the phase follows the work", () => {
  const s = {} as Session;

  beforeAll(async () => {
    s.hub = await startTestHub();
    [s.sanne, s.marloes] = await Promise.all([
      signIn(s.hub, P.casusregisseur),
      signIn(s.hub, P.procesregisseur),
    ]);
  }, 60_000);
  afterAll(async () => {
    await s.hub?.stop();
  });

  it("approving the first plan of a case in PLAN moves it to EXECUTION, recorded, logged and live", async () => {
    const c = await openCase(s, "Gezin Fase-Plan", ["INVENTORY", "ANALYSIS", "PLAN"]);
    const { planId } = await agreedPlan(s, s.sanne, c);
    const before = await caseView(s, s.sanne, c.id);
    expect(before.phase).toBe("PLAN");
    const seq = await lastSeq(s, s.sanne);

    const approved = await approve(s, s.sanne, planId);
    expect(approved.errors).toBeUndefined();
    expect(approved.data.approvePlan.status).toBe("APPROVED");

    const after = await caseView(s, s.sanne, c.id);
    expect(after.phase).toBe("EXECUTION");
    expect(after.version).toBe(before.version + 1);
    expect(after.phaseReason).toMatchObject({
      from: "PLAN",
      to: "EXECUTION",
      reason: FIRST_PLAN_PHASE_REASON,
      by: { id: P.casusregisseur, name: "Sanne Bakker" },
    });
    expect(after.phaseHistory.map((t: any) => `${t.from}>${t.to}`)).toEqual([
      "PLAN>EXECUTION",
      "ANALYSIS>PLAN",
      "INVENTORY>ANALYSIS",
      "SIGNAL>INVENTORY",
    ]);
    expect((await transitionRows(s, c.id)).at(-1)).toEqual({
      from: "PLAN",
      to: "EXECUTION",
      reason: FIRST_PLAN_PHASE_REASON,
      by: P.casusregisseur,
    });
    expect(await phaseLogDetails(s, c.id)).toContain(`phase PLAN -> EXECUTION: ${FIRST_PLAN_PHASE_REASON}`);
    const events = await phaseEvents(s, s.sanne, c.id, seq, 1);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ kind: "UPDATED", fields: ["Case.phase"], itemId: null });
  });

  it("approving the first plan of a case in INVENTORY walks it through ANALYSIS and PLAN to EXECUTION", async () => {
    const c = await openCase(s, "Gezin Fase-Inventarisatie", ["INVENTORY"]);
    const { planId } = await agreedPlan(s, s.sanne, c);
    const before = await caseView(s, s.sanne, c.id);
    expect(before.phase).toBe("INVENTORY");
    const seq = await lastSeq(s, s.sanne);

    expect((await approve(s, s.sanne, planId)).errors).toBeUndefined();

    const after = await caseView(s, s.sanne, c.id);
    expect(after.phase).toBe("EXECUTION");
    expect(after.version).toBe(before.version + 3);
    expect(after.phaseHistory.map((t: any) => [t.from, t.to, t.reason])).toEqual([
      ["PLAN", "EXECUTION", FIRST_PLAN_PHASE_REASON],
      ["ANALYSIS", "PLAN", FIRST_PLAN_PHASE_REASON],
      ["INVENTORY", "ANALYSIS", FIRST_PLAN_PHASE_REASON],
      ["SIGNAL", "INVENTORY", null],
    ]);
    expect(after.phaseReason).toMatchObject({ from: "PLAN", to: "EXECUTION", by: { id: P.casusregisseur } });
    expect((await transitionRows(s, c.id)).slice(1)).toEqual(
      [
        ["INVENTORY", "ANALYSIS"],
        ["ANALYSIS", "PLAN"],
        ["PLAN", "EXECUTION"],
      ].map(([from, to]) => ({ from, to, reason: FIRST_PLAN_PHASE_REASON, by: P.casusregisseur })),
    );
    expect(await phaseLogDetails(s, c.id)).toEqual(
      expect.arrayContaining([
        `phase INVENTORY -> ANALYSIS: ${FIRST_PLAN_PHASE_REASON}`,
        `phase ANALYSIS -> PLAN: ${FIRST_PLAN_PHASE_REASON}`,
        `phase PLAN -> EXECUTION: ${FIRST_PLAN_PHASE_REASON}`,
      ]),
    );
    const events = await phaseEvents(s, s.sanne, c.id, seq, 3);
    expect(events).toHaveLength(3);
    expect(events.every((e: any) => e.case.phase === "EXECUTION")).toBe(true);
  });

  it("a second plan version does not move the case, not even back in PLAN", async () => {
    const c = await openCase(s, "Gezin Fase-Tweede", ["INVENTORY", "ANALYSIS", "PLAN"]);
    const first = await agreedPlan(s, s.sanne, c);
    expect((await approve(s, s.sanne, first.planId)).errors).toBeUndefined();
    // After an evaluation the plan is adjusted: back to PLAN (with a reason), a second version approved.
    let version = (await caseView(s, s.sanne, c.id)).version;
    for (const [to, reason] of [
      ["EVALUATION", null],
      ["PLAN", "Het plan wordt bijgesteld na de evaluatie"],
    ] as const) {
      version = (
        await must(
          s,
          s.sanne,
          "moveCasePhase",
          "MoveCasePhaseInput",
          { id: c.id, version, to, reason },
          "version",
        )
      ).version;
    }
    const second = await agreedPlan(s, s.sanne, c);
    const before = await caseView(s, s.sanne, c.id);
    const rows = (await transitionRows(s, c.id)).length;

    const approved = await approve(s, s.sanne, second.planId);
    expect(approved.errors).toBeUndefined();
    expect(approved.data.approvePlan.status).toBe("APPROVED");

    const after = await caseView(s, s.sanne, c.id);
    expect(after.phase).toBe("PLAN");
    expect(after.version).toBe(before.version);
    expect(after.phaseReason).toMatchObject({
      from: "EVALUATION",
      to: "PLAN",
      reason: "Het plan wordt bijgesteld na de evaluatie",
    });
    expect(await transitionRows(s, c.id)).toHaveLength(rows);
  });

  for (const path of [
    ["INVENTORY", "ANALYSIS", "PLAN", "EXECUTION"],
    ["INVENTORY", "ANALYSIS", "PLAN", "EXECUTION", "EVALUATION"],
  ] as CasePhase[][]) {
    const phase = path.at(-1)!;
    it(`a case already in ${phase} stays there when its first plan is approved`, async () => {
      const c = await openCase(s, `Gezin Fase-${phase}`, path);
      const { planId } = await agreedPlan(s, s.sanne, c);
      const before = await caseView(s, s.sanne, c.id);
      expect((await approve(s, s.sanne, planId)).errors).toBeUndefined();
      const after = await caseView(s, s.sanne, c.id);
      expect(after.phase).toBe(phase);
      expect(after.version).toBe(before.version);
      expect(after.phaseHistory).toEqual(before.phaseHistory);
      expect(after.phaseReason.reason).toBeNull();
    });
  }

  it("tells a team member who moved the case and when, but not a director's reason", async () => {
    const c = await openCase(s, "Gezin Fase-Team", ["INVENTORY", "ANALYSIS"]);
    const { planId } = await agreedPlan(s, s.sanne, c);
    expect((await approve(s, s.sanne, planId)).errors).toBeUndefined();
    // Lotte Dekker works at wijkteam Noord (on the team) but does not direct the case.
    const lotte = await signIn(s.hub, P.wijkteamProfessional);
    const seen = await caseView(s, lotte, c.id);
    expect(seen.phase).toBe("EXECUTION");
    expect(seen.phaseReason).toMatchObject({
      from: "PLAN",
      to: "EXECUTION",
      reason: null,
      by: { id: P.casusregisseur },
    });
    expect(seen.phaseHistory.every((t: any) => t.reason === null)).toBe(true);
    expect((await caseView(s, s.marloes, c.id)).phaseReason.reason).toBe(FIRST_PLAN_PHASE_REASON);
  });

  it("refuses the procesregisseur the plan by default (FORBIDDEN, nothing changed), and keeps his own tools", async () => {
    const c = await openCase(s, "Gezin Fase-Regie", ["INVENTORY", "ANALYSIS", "PLAN"]);
    const PLAN_FIELDS = "id version status";
    const refused = async (name: string, type: string, input: object) =>
      expectCode(
        await call(s, s.marloes, `mutation($input: ${type}!) { ${name}(input: $input) { id } }`, { input }),
        "FORBIDDEN",
      );

    await refused("draftPlan", "DraftPlanInput", { caseId: c.id });
    const { planId, goalId } = await agreedPlan(s, s.sanne, c);
    const plan = await caseView(s, s.marloes, c.id, `plans { ${PLAN_FIELDS} approvalProblem }`);
    expect(plan.plans[0]).toMatchObject({ id: planId, status: "AGREED" });
    expect(plan.plans[0].approvalProblem).toMatch(/casusregisseur/);
    expect(plan.plans[0].approvalProblem).not.toMatch(/procesregisseur/);

    const version = await planVersion(s, s.marloes, planId);
    await refused("approvePlan", "PlanVersionInput", { planId, version });
    await refused("reopenPlan", "ReopenPlanInput", { planId, version, reason: "Nog een doel erbij" });
    await refused("addGoal", "AddGoalInput", {
      planId,
      domain: "FINANCES",
      familyWording: "Geen schulden meer",
      professionalWording: "Schulden in beeld",
    });
    await refused("addAction", "AddActionInput", {
      goalId,
      title: "Huurachterstand bespreken met de verhuurder",
      ownerOrganisationId: DEMO.organisations.wijkteamNoord,
    });
    await refused("recordResult", "RecordResultInput", {
      goalId,
      measuredOn: today,
      status: "IN_PROGRESS",
      evidence: "Huur van deze maand op tijd betaald",
    });
    await refused("scheduleEvaluation", "ScheduleEvaluationInput", { caseId: c.id });

    // Nothing changed: the plan is still agreed, the case still in PLAN.
    expect((await caseView(s, s.sanne, c.id, `phase plans { ${PLAN_FIELDS} }`)).plans).toEqual([
      { id: planId, version, status: "AGREED" },
    ]);
    const view = await caseView(s, s.marloes, c.id, `phase viewerCan`);
    expect(view.phase).toBe("PLAN");
    expect(view.viewerCan).not.toEqual(expect.arrayContaining(["MANAGE_PLAN"]));
    expect(view.viewerCan).not.toContain("APPROVE_PLAN");
    expect(view.viewerCan).not.toContain("MANAGE_EVALUATIONS");
    expect(view.viewerCan).toEqual(
      expect.arrayContaining(["MOVE_PHASE", "RECORD_DOORBRAAK", "MANAGE_ACTIONS"]),
    );
    const goal = await call(s, s.marloes, `query($id: ID!) { dossierItem(id: $id) { viewerCan } }`, {
      id: goalId,
    });
    expect(goal.data.dossierItem.viewerCan).not.toContain("ADD_ACTION");
    expect(goal.data.dossierItem.viewerCan).not.toContain("RECORD_RESULT");
  });

  it("reads the setting as a validated boolean, off by default", () => {
    const base = { NODE_ENV: "test", DATA_DIR: "memory://", AUTH_MODE: "dev" };
    expect(loadConfig(base).region).toMatchObject({ procesregisseurEditsPlans: false });
    expect(
      loadConfig({ ...base, PROCESREGISSEUR_EDITS_PLANS: "true" }).region.procesregisseurEditsPlans,
    ).toBe(true);
    expect(loadConfig({ ...base, PROCESREGISSEUR_EDITS_PLANS: "" }).region.procesregisseurEditsPlans).toBe(
      false,
    );
    expect(() => loadConfig({ ...base, PROCESREGISSEUR_EDITS_PLANS: "ja" })).toThrow(ConfigError);
  });
});

describe("a region where the procesregisseur edits plans (PROCESREGISSEUR_EDITS_PLANS=true)", () => {
  const s = {} as Session;

  beforeAll(async () => {
    s.hub = await startTestHub({ PROCESREGISSEUR_EDITS_PLANS: "true" });
    [s.sanne, s.marloes] = await Promise.all([
      signIn(s.hub, P.casusregisseur),
      signIn(s.hub, P.procesregisseur),
    ]);
  }, 60_000);
  afterAll(async () => {
    await s.hub?.stop();
  });

  it("lets the case's procesregisseur draft, agree and approve the plan, and the phase follows", async () => {
    const c = await openCase(s, "Gezin Fase-Regio", ["INVENTORY", "ANALYSIS", "PLAN"]);
    const view = await caseView(s, s.marloes, c.id, "viewerCan");
    expect(view.viewerCan).toEqual(
      expect.arrayContaining(["MANAGE_PLAN", "APPROVE_PLAN", "MANAGE_EVALUATIONS"]),
    );

    const { planId, goalId } = await agreedPlan(s, s.marloes, c);
    const goal = await call(s, s.marloes, `query($id: ID!) { dossierItem(id: $id) { viewerCan } }`, {
      id: goalId,
    });
    expect(goal.data.dossierItem.viewerCan).toEqual(expect.arrayContaining(["ADD_ACTION", "RECORD_RESULT"]));
    const approved = await approve(s, s.marloes, planId);
    expect(approved.errors).toBeUndefined();
    expect(approved.data.approvePlan.status).toBe("APPROVED");

    const after = await caseView(s, s.sanne, c.id);
    expect(after.phase).toBe("EXECUTION");
    expect(after.phaseReason).toMatchObject({
      to: "EXECUTION",
      reason: FIRST_PLAN_PHASE_REASON,
      by: { id: P.procesregisseur, name: "Marloes de Wit" },
    });
    await must(s, s.marloes, "scheduleEvaluation", "ScheduleEvaluationInput", { caseId: c.id }, "id");
  });

  it("still refuses a procesregisseur who does not direct the case (NOT_FOUND)", async () => {
    const c = await openCase(s, "Gezin Fase-Ander", ["INVENTORY"]);
    const ruud = await signIn(s.hub, P.procesregisseurRuud);
    expectCode(
      await call(s, ruud, `mutation($input: DraftPlanInput!) { draftPlan(input: $input) { id } }`, {
        input: { caseId: c.id },
      }),
      "NOT_FOUND",
    );
  });
});
