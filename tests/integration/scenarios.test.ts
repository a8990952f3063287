import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { DEMO, resultRows } from "@regiehub/db";
import { expectCode, gql, signIn, startTestHub, type TestHub } from "../support/hub";

// Scenario thinking (issue 17): two uncertain factors span four scenarios with responses and signals; a
// director marks a signal observed — its scenario becomes the current one, the other director is notified —
// and adjusts the plan with a new draft version that carries the reason. The directors' tool only.

const P = DEMO.professionals;
const CASE = DEMO.cases.separatedParents; // Youssef directs, Marloes oversees; Petra (school) on the team

const SCENARIOS = `scenarios { version factors { question outcomes }
  scenarios { key firstOutcome secondOutcome response current signals { id description observedAt observedBy { id } } }
  current { key } }`;
const SET = `mutation($input: SetCaseScenariosInput!) { setCaseScenarios(input: $input) { id ${SCENARIOS} } }`;
const OBSERVE = `mutation($id: ID!) { observeScenarioSignal(signalId: $id) { id ${SCENARIOS} } }`;
const READ = `query($id: ID!) { case(id: $id) { id viewerCan ${SCENARIOS} } }`;

const factors = [
  { question: "Gaat moeder meewerken?", outcomes: ["Moeder werkt mee", "Moeder werkt niet mee"] },
  { question: "Wat beslist de rechter?", outcomes: ["Ondertoezichtstelling", "Geen maatregel"] },
];
const scenarios = [
  {
    key: "0-0",
    response: "Samenwerken met de gezinsvoogd binnen de OTS.",
    signals: ["Moeder belt zelf de gezinsvoogd"],
  },
  {
    key: "0-1",
    response: "Vrijwillige hulp voortzetten met het gezinsplan.",
    signals: ["Moeder komt op elk gesprek"],
  },
  {
    key: "1-0",
    response: "De gezinsvoogd neemt de regie; wij sluiten aan.",
    signals: ["Moeder zegt afspraken af"],
  },
  {
    key: "1-1",
    response: "Terug naar het Jeugdbeschermingsplein.",
    signals: ["Moeder zegt afspraken af", "Kinderen verzuimen school"],
  },
];

let hub: TestHub;
let youssef: string;
let marloes: string;
let petra: string;
let huisarts: string;

const counts = async () =>
  resultRows<{ factors: string; scenarios: number; signals: string; notifications: number }>(
    await hub.database.db.execute(sql`select
      (select string_agg(case_id || ':' || version, ',') from case_scenario_factors) as factors,
      (select count(*)::int from case_scenarios) as scenarios,
      (select string_agg(description || ':' || coalesce(observed_at::text, '-'), ',' order by description) from scenario_signals) as signals,
      (select count(*)::int from notifications) as notifications`),
  )[0]!;

async function unchanged(run: () => Promise<unknown>): Promise<void> {
  const before = await counts();
  await run();
  expect(await counts()).toEqual(before);
}

beforeAll(async () => {
  hub = await startTestHub();
  [youssef, marloes, petra, huisarts] = await Promise.all([
    signIn(hub, P.casusregisseurYoussef),
    signIn(hub, P.procesregisseur),
    signIn(hub, P.schoolProfessional),
    signIn(hub, P.huisarts),
  ]);
}, 60_000);
afterAll(async () => {
  await hub?.stop();
});

describe("a case's scenarios", () => {
  let version: number;
  let signalId: string;

  it("are set by a director: two factors, four scenarios with responses and signals", async () => {
    const none = await gql(hub, READ, { id: CASE }, youssef);
    expect(none.errors).toBeUndefined();
    expect(none.data.case.scenarios).toBeNull();
    expect(none.data.case.viewerCan).toContain("MANAGE_SCENARIOS");

    const res = await gql(hub, SET, { input: { caseId: CASE, factors, scenarios } }, youssef);
    expect(res.errors).toBeUndefined();
    const set = res.data.setCaseScenarios.scenarios;
    version = set.version;
    expect(set.scenarios.map((s: any) => [s.key, s.firstOutcome, s.secondOutcome])).toEqual([
      ["0-0", "Moeder werkt mee", "Ondertoezichtstelling"],
      ["0-1", "Moeder werkt mee", "Geen maatregel"],
      ["1-0", "Moeder werkt niet mee", "Ondertoezichtstelling"],
      ["1-1", "Moeder werkt niet mee", "Geen maatregel"],
    ]);
    expect(set.current).toBeNull();
    signalId = set.scenarios[3].signals.find((s: any) => s.description === "Kinderen verzuimen school").id;
  });

  it("refuse bad input, other roles and a stale version, changing nothing", async () => {
    const set = (token: string, input: Record<string, unknown>) =>
      gql(hub, SET, { input: { caseId: CASE, version, factors, scenarios, ...input } }, token);
    await unchanged(async () => {
      expectCode(
        await set(youssef, { factors: [factors[0], { question: "Wat nog?", outcomes: ["Ja", "ja "] }] }),
        "BAD_USER_INPUT",
      );
      expectCode(await set(youssef, { factors: [factors[0], factors[0]] }), "BAD_USER_INPUT");
      expectCode(await set(youssef, { factors: [factors[0]] }), "BAD_USER_INPUT");
      expectCode(await set(youssef, { scenarios: scenarios.slice(0, 3) }), "BAD_USER_INPUT");
      expectCode(
        await set(youssef, { scenarios: [scenarios[0], scenarios[0], scenarios[1], scenarios[2]] }),
        "BAD_USER_INPUT",
      );
      expectCode(
        await set(youssef, { scenarios: [{ ...scenarios[0], key: "2-2" }, ...scenarios.slice(1)] }),
        "BAD_USER_INPUT",
      );
      expectCode(await set(youssef, { version: version + 3 }), "CONFLICT");
      expectCode(await set(petra, {}), "FORBIDDEN");
      expectCode(await set(huisarts, {}), "NOT_FOUND");
      expectCode(await gql(hub, OBSERVE, { id: signalId }, petra), "FORBIDDEN");
      expectCode(await gql(hub, OBSERVE, { id: signalId }, huisarts), "NOT_FOUND");
      expectCode(
        await gql(hub, OBSERVE, { id: "00000000-0000-4000-8000-000000000000" }, youssef),
        "NOT_FOUND",
      );
    });
    // A team member who does not direct the case sees no scenarios: null with CONSENT_REQUIRED.
    const partner = await gql(hub, READ, { id: CASE }, petra);
    expect(partner.data.case.scenarios).toBeNull();
    expectCode(partner, "CONSENT_REQUIRED");
    expect(JSON.stringify(partner)).not.toContain("Moeder werkt");
  });

  it("a signal observed makes its scenario current, notifies the other director, and stays on a re-set", async () => {
    const res = await gql(hub, OBSERVE, { id: signalId }, youssef);
    expect(res.errors).toBeUndefined();
    const after = res.data.observeScenarioSignal.scenarios;
    expect(after.current).toEqual({ key: "1-1" });
    const signal = after.scenarios[3].signals.find((s: any) => s.id === signalId);
    expect(signal.observedBy).toEqual({ id: P.casusregisseurYoussef });
    expect(signal.observedAt).not.toBeNull();

    const notes = await gql(hub, `{ myNotifications { kind case { id } } }`, {}, marloes);
    expect(notes.errors).toBeUndefined();
    expect(notes.data.myNotifications.map((n: any) => [n.kind, n.case.id])).toContainEqual([
      "SCENARIO_SIGNAL",
      CASE,
    ]);
    await unchanged(async () => expectCode(await gql(hub, OBSERVE, { id: signalId }, marloes), "CONFLICT"));

    // Setting the scenarios again keeps an observed signal that stays (same scenario, same text).
    const reset = await gql(
      hub,
      SET,
      {
        input: {
          caseId: CASE,
          version,
          factors,
          scenarios: scenarios.map((s) => ({ ...s, response: `${s.response} (bijgesteld)` })),
        },
      },
      marloes,
    );
    expect(reset.errors).toBeUndefined();
    expect(reset.data.setCaseScenarios.scenarios.current).toEqual({ key: "1-1" });
    expect(reset.data.setCaseScenarios.scenarios.version).toBe(version + 1);
  });

  it("a plan adjustment carries its reason on the new draft version", async () => {
    const res = await gql(
      hub,
      `mutation($input: DraftPlanInput!) { draftPlan(input: $input) { id status draftReason } }`,
      { input: { caseId: CASE, reason: "Signaal waargenomen: kinderen verzuimen school" } },
      youssef,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.draftPlan).toMatchObject({
      status: "DRAFT",
      draftReason: "Signaal waargenomen: kinderen verzuimen school",
    });
  });
});
