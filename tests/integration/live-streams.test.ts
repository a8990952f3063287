import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { DEMO, tables } from "@regiehub/db";
import { dutchDate } from "@regiehub/domain";
import { expectCode, gql, signIn, startTestHub, wsClient, type TestHub } from "../support/hub";
import { casePersons, grant } from "../support/dossier";
import { collect, lastSeq, sleep } from "../support/live";

// The two other streams (issue 5): `myActions`, the actions of the subscriber's organisation as they change,
// and `portfolioEvents`, case-level changes for an overview (a procesregisseur's cases): phase, escalation,
// acute risk and overdue actions — each filtered by the same policy as `caseEvents`.

const P = DEMO.professionals;
const O = DEMO.organisations;
const CASE = DEMO.cases.separatedParents; // Youssef directs, Marloes is the procesregisseur; GGZ, school on the team

const MY_ACTIONS = `subscription($afterSeq: Seq) { myActions(afterSeq: $afterSeq) {
  seq kind fields action { id title status ownerOrganisation { id } } case { id } } }`;
const PORTFOLIO = `subscription($afterSeq: Seq) { portfolioEvents(afterSeq: $afterSeq) {
  seq change case { id escalationLevel phase } item { id kind } } }`;

let hub: TestHub;
let youssef: string;
let karin: string; // GGZ
let petra: string; // school
let marloes: string; // procesregisseur of this case
let ruud: string; // a procesregisseur of none of the demo cases
let noor: string;
let goalId: string;

const ok = (res: any, name: string) => {
  if (res.errors?.length || !res.data?.[name]) throw new Error(`${name}: ${JSON.stringify(res.errors)}`);
  return res.data[name];
};
const mutate = async (
  token: string,
  name: string,
  type: string,
  input: Record<string, unknown>,
  fields = "id",
) =>
  ok(
    await gql(hub, `mutation($input: ${type}!) { ${name}(input: $input) { ${fields} } }`, { input }, token),
    name,
  );

async function caseVersion(): Promise<number> {
  const [row] = await hub.database.db
    .select({ version: tables.cases.version })
    .from(tables.cases)
    .where(eq(tables.cases.id, CASE));
  return row!.version;
}

beforeAll(async () => {
  hub = await startTestHub({ OVERDUE_CHECK_MS: "200" });
  [youssef, karin, petra, marloes, ruud] = await Promise.all([
    signIn(hub, P.casusregisseurYoussef),
    signIn(hub, P.ggzBehandelaar),
    signIn(hub, P.schoolProfessional),
    signIn(hub, P.procesregisseur),
    signIn(hub, P.procesregisseurRuud),
  ]);
  noor = (await casePersons(hub, youssef, CASE)).find((p) => p.givenName === "Noor")!.id;
  await grant(hub, youssef, {
    caseId: CASE,
    granteeOrganisationId: O.ggz,
    subjectPersonIds: [noor],
    domains: ["MENTAL_HEALTH"],
    dataClasses: ["SPECIAL_CATEGORY"],
  });
  const plan = await mutate(youssef, "draftPlan", "DraftPlanInput", {
    caseId: CASE,
    perspective: "Noor voelt zich beter",
  });
  goalId = (
    await mutate(youssef, "addGoal", "AddGoalInput", {
      planId: plan.id,
      domain: "MENTAL_HEALTH",
      dataClass: "SPECIAL_CATEGORY",
      subjectPersonIds: [noor],
      familyWording: "Noor voelt zich minder somber",
      professionalWording: "Somberheid neemt af",
    })
  ).id;
});
afterAll(async () => {
  await hub?.stop();
});

describe("myActions", () => {
  it("delivers the actions of the subscriber's organisation as they are added and change, and no others", async () => {
    const after = await lastSeq(hub, youssef);
    const ggzClient = wsClient(hub, karin);
    const schoolClient = wsClient(hub, petra);
    const ggz = collect(ggzClient, MY_ACTIONS, { afterSeq: after });
    const school = collect(schoolClient, MY_ACTIONS, { afterSeq: after });
    const action = await mutate(
      youssef,
      "addAction",
      "AddActionInput",
      {
        goalId,
        title: "Intake bij de GGZ plannen",
        ownerOrganisationId: O.ggz,
        dueOn: dutchDate(new Date(Date.now() + 7 * 86_400_000)),
      },
      "id version",
    );
    await mutate(karin, "changeActionStatus", "ChangeActionStatusInput", {
      actionId: action.id,
      version: action.version,
      status: "IN_PROGRESS",
    });
    const results = await ggz.until((r) => r.length >= 2);
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined]);
    // Each event carries the action as it is when delivered (here: already in progress).
    expect(results.map((r) => r.data.myActions.kind)).toEqual(["CREATED", "UPDATED"]);
    expect(results[1]!.data.myActions.fields).toContain("Action.status");
    expect(results[1]!.data.myActions.action.status).toBe("IN_PROGRESS");
    expect(results[0]!.data.myActions.action).toMatchObject({
      id: action.id,
      title: "Intake bij de GGZ plannen",
      ownerOrganisation: { id: O.ggz },
    });
    await sleep(200);
    expect(school.results).toEqual([]);
    await ggzClient.dispose();
    await schoolClient.dispose();
  });
});

describe("portfolioEvents", () => {
  it("tells the procesregisseur of the case about escalation, acute risk, phase and overdue actions", async () => {
    const after = await lastSeq(hub, youssef);
    const marloesClient = wsClient(hub, marloes);
    const ruudClient = wsClient(hub, ruud);
    const portfolio = collect(marloesClient, PORTFOLIO, { afterSeq: after });
    const elsewhere = collect(ruudClient, PORTFOLIO, { afterSeq: after });

    await mutate(youssef, "escalateCase", "EscalateCaseInput", {
      caseId: CASE,
      version: await caseVersion(),
      tableId: DEMO.escalationTables.jeugdbeschermingsplein,
      reason: "Ouders komen afspraken niet na; procesregie nodig",
    });
    await mutate(youssef, "recordSafetyAssessment", "RecordSafetyAssessmentInput", {
      caseId: CASE,
      subjectPersonIds: [noor],
      score: 1,
      riskLevel: "HIGH",
      acute: true,
      dangerStatements: [{ danger: "Noor uit suïcidale gedachten", safetyGoal: "Noor is veilig" }],
      assessedOn: dutchDate(new Date()),
    });
    // An action that is already past its due date: the hub signals it as overdue (once).
    const late = await mutate(youssef, "addAction", "AddActionInput", {
      goalId,
      title: "Huisarts informeren",
      ownerOrganisationId: O.wijkteamNoord,
      dueOn: dutchDate(new Date(Date.now() - 2 * 86_400_000)),
    });
    const results = await portfolio.until((r) =>
      ["ESCALATION", "ACUTE_RISK", "OVERDUE"].every((c) =>
        r.some((e) => e.data?.portfolioEvents?.change === c),
      ),
    );
    expect(results.every((r) => r.errors === undefined)).toBe(true);
    const byChange = Object.fromEntries(
      results.map((r) => [r.data.portfolioEvents.change, r.data.portfolioEvents]),
    );
    expect(byChange.ESCALATION).toMatchObject({ case: { id: CASE, escalationLevel: 2 }, item: null });
    expect(byChange.ACUTE_RISK.item).toMatchObject({ kind: "SAFETY_ASSESSMENT" });
    expect(byChange.OVERDUE.item).toMatchObject({ id: late.id, kind: "ACTION" });
    // Signalled once, though the check runs every 200 ms.
    await sleep(600);
    expect(results.filter((r) => r.data.portfolioEvents.change === "OVERDUE")).toHaveLength(1);
    // Ruud oversees none of these cases: nothing.
    expect(elsewhere.results).toEqual([]);
    await marloesClient.dispose();
    await ruudClient.dispose();
  });

  it("validates the step on the ladder, needs a reason and a case director", async () => {
    const ESCALATE = `mutation($input: EscalateCaseInput!) { escalateCase(input: $input) { id } }`;
    const base = { caseId: CASE, version: await caseVersion(), reason: "Reden" };
    const notHigher = await gql(
      hub,
      ESCALATE,
      { input: { ...base, tableId: DEMO.escalationTables.wijkteamoverleg } },
      youssef,
    );
    expectCode(notHigher, "BAD_USER_INPUT");
    const noReason = await gql(
      hub,
      ESCALATE,
      { input: { ...base, tableId: DEMO.escalationTables.zorgEnVeiligheidshuis, reason: " " } },
      youssef,
    );
    expectCode(noReason, "BAD_USER_INPUT");
    const partner = await gql(
      hub,
      ESCALATE,
      { input: { ...base, tableId: DEMO.escalationTables.zorgEnVeiligheidshuis } },
      karin,
    );
    expectCode(partner, "FORBIDDEN");
    expect(await caseVersion()).toBe(base.version);
  });
});
