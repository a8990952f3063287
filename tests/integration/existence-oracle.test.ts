import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, demoUuid } from "@regiehub/db";
import { grant, recordObservation } from "../support/dossier";
import { gql, signIn, startTestHub, type TestHub } from "../support/hub";

// An outsider — a professional whose organisation is not on the case team — must learn nothing about what
// exists in that case: every id-taking root field answers an id of an existing object in the case exactly as
// it answers a random UUID (same code, same message), and probing writes no more to the processing log than a
// bounded number of merged DENIED entries.

const P = DEMO.professionals;
const CASE = DEMO.cases.multiProblem;

interface Ids {
  case: string;
  person: string;
  observation: string;
  note: string;
  grant: string;
  teamMember: string;
  plan: string;
  goal: string;
  action: string;
  /** A step of the case on the escalation ladder. */
  escalation: string;
}

/** Each root field the finding named (and the case-level reads), as a call with the ids to probe. */
const PROBES: [string, string, (ids: Ids) => Record<string, unknown>][] = [
  ["case", `query($id: ID!) { case(id: $id) { id } }`, (i) => ({ id: i.case })],
  ["dossierItem", `query($id: ID!) { dossierItem(id: $id) { id } }`, (i) => ({ id: i.observation })],
  [
    "dossierItemHistory",
    `query($id: ID!) { dossierItemHistory(id: $id) { version } }`,
    (i) => ({ id: i.note }),
  ],
  [
    "updatePerson",
    `mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { id } }`,
    (i) => ({ input: { id: i.person, version: 1, givenName: "X" } }),
  ],
  [
    "updateObservation",
    `mutation($input: UpdateObservationInput!) { updateObservation(input: $input) { id } }`,
    (i) => ({
      input: {
        id: i.observation,
        version: 1,
        reason: "Correctie na gesprek met moeder",
        statement: "Hij komt de laatste weken vaak te laat op school",
      },
    }),
  ],
  [
    "updateNote",
    `mutation($input: UpdateNoteInput!) { updateNote(input: $input) { id } }`,
    (i) => ({
      input: {
        id: i.note,
        version: 1,
        reason: "Correctie na gesprek met moeder",
        body: "Verslag van het gesprek met de ouders",
      },
    }),
  ],
  [
    "addOwnStatement",
    `mutation($input: AddOwnStatementInput!) { addOwnStatement(input: $input) { id } }`,
    (i) => ({ input: { itemId: i.observation, personId: i.person, statement: "Dat klopt niet" } }),
  ],
  [
    "withdrawAccess",
    `mutation($input: WithdrawAccessInput!) { withdrawAccess(input: $input) { id } }`,
    (i) => ({ input: { id: i.grant, reason: "ingetrokken" } }),
  ],
  [
    "removeTeamMember",
    `mutation($id: ID!) { removeTeamMember(id: $id) { id } }`,
    (i) => ({ id: i.teamMember }),
  ],
  [
    "updatePlan",
    `mutation($input: UpdatePlanInput!) { updatePlan(input: $input) { id } }`,
    (i) => ({ input: { planId: i.plan, version: 1, perspective: "Het gezin wil samen verder" } }),
  ],
  [
    "agreePlan",
    `mutation($input: AgreePlanInput!) { agreePlan(input: $input) { id } }`,
    (i) => ({ input: { planId: i.plan, version: 1, agreedByPersonIds: [i.person], agreedOn: "2026-01-01" } }),
  ],
  [
    "approvePlan",
    `mutation($input: PlanVersionInput!) { approvePlan(input: $input) { id } }`,
    (i) => ({ input: { planId: i.plan, version: 1 } }),
  ],
  [
    "reopenPlan",
    `mutation($input: ReopenPlanInput!) { reopenPlan(input: $input) { id } }`,
    (i) => ({ input: { planId: i.plan, version: 1, reason: "Nieuwe afspraken nodig na evaluatie" } }),
  ],
  [
    "addGoal",
    `mutation($input: AddGoalInput!) { addGoal(input: $input) { id } }`,
    (i) => ({
      input: {
        planId: i.plan,
        domain: "EDUCATION",
        familyWording: "Elke dag naar school",
        professionalWording: "Schoolgang herstellen",
      },
    }),
  ],
  [
    "addAction",
    `mutation($input: AddActionInput!) { addAction(input: $input) { id } }`,
    (i) => ({
      input: {
        goalId: i.goal,
        title: "Afspraak maken met de mentor",
        ownerOrganisationId: DEMO.organisations.wijkteamNoord,
      },
    }),
  ],
  [
    "changeActionStatus",
    `mutation($input: ChangeActionStatusInput!) { changeActionStatus(input: $input) { id } }`,
    (i) => ({ input: { actionId: i.action, version: 1, status: "DONE" } }),
  ],
  [
    "recordResult",
    `mutation($input: RecordResultInput!) { recordResult(input: $input) { id } }`,
    (i) => ({
      input: {
        goalId: i.goal,
        measuredOn: "2026-01-01",
        status: "IMPROVING",
        evidence: "Aanwezigheid volgens school",
      },
    }),
  ],
  // Case-level fields: the case id is the probe.
  [
    "updateCase",
    `mutation($input: UpdateCaseInput!) { updateCase(input: $input) { id } }`,
    (i) => ({ input: { id: i.case, version: 1, title: "Gezin X" } }),
  ],
  [
    "moveCasePhase",
    `mutation($input: MoveCasePhaseInput!) { moveCasePhase(input: $input) { id } }`,
    (i) => ({ input: { id: i.case, version: 1, to: "ANALYSIS" } }),
  ],
  [
    "escalateCase",
    `mutation($input: EscalateCaseInput!) { escalateCase(input: $input) { id } }`,
    (i) => ({
      input: {
        caseId: i.case,
        version: 1,
        tableId: DEMO.escalationTables.zorgEnVeiligheidshuis,
        reason: "Zorgen over de veiligheid",
      },
    }),
  ],
  [
    "decideFramework",
    `mutation($input: DecideFrameworkInput!) { decideFramework(input: $input) { id } }`,
    (i) => ({
      input: {
        caseId: i.case,
        version: 1,
        tableId: DEMO.escalationTables.jeugdbeschermingsplein,
        to: "COMPULSORY",
        decision: "Verzoek tot onderzoek door de Raad",
        decidedOn: "2026-01-05",
        casusregisseurId: P.casusregisseurJeugdbescherming,
      },
    }),
  ],
  [
    "recordTableDecision",
    `mutation($input: RecordTableDecisionInput!) { recordTableDecision(input: $input) { id } }`,
    (i) => ({ input: { escalationId: i.escalation, decision: "Besluit", decidedOn: "2026-01-05" } }),
  ],
  [
    "addPerson",
    `mutation($input: AddPersonInput!) { addPerson(input: $input) { id } }`,
    (i) => ({ input: { caseId: i.case, givenName: "Anna", familyName: "Jansen", householdRole: "CHILD" } }),
  ],
  [
    "addTeamMember",
    `mutation($input: AddTeamMemberInput!) { addTeamMember(input: $input) { id } }`,
    (i) => ({ input: { caseId: i.case, organisationId: DEMO.organisations.huisarts } }),
  ],
  [
    "draftPlan",
    `mutation($input: DraftPlanInput!) { draftPlan(input: $input) { id } }`,
    (i) => ({ input: { caseId: i.case, perspective: "Samen verder" } }),
  ],
  [
    "breakGlass",
    `mutation($input: BreakGlassInput!) { breakGlass(input: $input) { id } }`,
    (i) => ({ input: { caseId: i.case, justification: "Acute zorg om de veiligheid van het kind" } }),
  ],
  [
    "recordDoorbraak",
    `mutation($input: RecordDoorbraakInput!) { recordDoorbraak(input: $input) { id } }`,
    (i) => ({
      input: {
        goalId: i.goal,
        title: "Terugkeerplan school",
        ownerOrganisationId: DEMO.organisations.wijkteamNoord,
        dueOn: "2099-01-01",
        authority: "Mandaat wethouder",
        heard: ["Moeder"],
      },
    }),
  ],
  [
    "exportPersonData",
    `mutation($id: ID!) { exportPersonData(personId: $id) { json } }`,
    (i) => ({ id: i.person }),
  ],
  [
    "familyPlanDocument",
    `query($id: ID!) { familyPlanDocument(caseId: $id) { fileName } }`,
    (i) => ({ id: i.case }),
  ],
  [
    "processingLog",
    `query($id: ID!) { processingLog(caseId: $id) { edges { cursor } } }`,
    (i) => ({ id: i.case }),
  ],
];

function randomIds(): Ids {
  return {
    case: randomUUID(),
    person: randomUUID(),
    observation: randomUUID(),
    note: randomUUID(),
    grant: randomUUID(),
    teamMember: randomUUID(),
    plan: randomUUID(),
    goal: randomUUID(),
    action: randomUUID(),
    escalation: randomUUID(),
  };
}

describe("no existence oracle for an outsider", () => {
  let hub: TestHub;
  let outsider: string;
  let member: string;
  let ids: Ids;

  beforeAll(async () => {
    hub = await startTestHub();
    member = await signIn(hub, P.casusregisseur);
    outsider = await signIn(hub, P.huisarts);
    const res = await gql(
      hub,
      `query($id: ID!) { case(id: $id) {
        id persons { id } team { id }
      } }`,
      { id: CASE },
      member,
    );
    const c = res.data.case;
    // Objects in the case, made by its casusregisseur: an observation, a note, a plan with a goal and an action.
    const person = c.persons[0].id;
    const made = async (name: string, input: string, variables: Record<string, unknown>) => {
      const r = await gql(
        hub,
        `mutation($input: ${input}!) { ${name}(input: $input) { id } }`,
        { input: variables },
        member,
      );
      if (!r.data?.[name]) throw new Error(`${name}: ${JSON.stringify(r.errors)}`);
      return r.data[name].id as string;
    };
    const item = { caseId: CASE, domain: "EDUCATION", dataClass: "GENERAL", subjectPersonIds: [person] };
    const observation = (await recordObservation(hub, member, { ...item, statement: "Komt vaak te laat" }))
      .id;
    const note = await made("recordNote", "RecordNoteInput", {
      ...item,
      title: "Gesprek",
      body: "Verslag",
      occurredOn: "2026-11-02",
      legalBasis: "LEGAL_TASK",
    });
    const consent = await grant(hub, member, {
      caseId: CASE,
      granteeOrganisationId: DEMO.organisations.secondarySchool,
      subjectPersonIds: [person],
      domains: ["EDUCATION"],
      dataClasses: ["GENERAL"],
    });
    const plan = await made("draftPlan", "DraftPlanInput", { caseId: CASE, perspective: "Samen verder" });
    const goal = await made("addGoal", "AddGoalInput", {
      planId: plan,
      ...item,
      caseId: undefined,
      familyWording: "Elke dag naar school",
      professionalWording: "Schoolgang herstellen",
    });
    const action = await made("addAction", "AddActionInput", {
      goalId: goal,
      title: "Gesprek met school",
      ownerOrganisationId: DEMO.organisations.wijkteamNoord,
    });
    ids = {
      case: c.id,
      person,
      observation,
      note,
      grant: consent.id,
      teamMember: c.team[0].id,
      plan,
      goal,
      action,
      // The case's second seeded step up the ladder (to the Jeugdbeschermingsplein).
      escalation: demoUuid("escalation:koopmans:2"),
    };
    expect(c.id).toBe(CASE);
  }, 60_000);

  afterAll(async () => {
    await hub?.stop();
  });

  it("answers an existing id in the case as it answers a random one, on every id-taking root field", async () => {
    const differences: string[] = [];
    for (const [name, query, variables] of PROBES) {
      const existing = await gql(hub, query, variables(ids), outsider);
      const unknown = await gql(hub, query, variables(randomIds()), outsider);
      const shape = (r: typeof existing) => ({
        status: r.status,
        data: r.data ? Object.values(r.data).map((v) => (v === null ? null : typeof v)) : r.data,
        errors: (r.errors ?? []).map((e) => `${e.extensions.code}: ${e.message}`),
      });
      expect(shape(existing).errors.join(), name).not.toMatch(/INTERNAL|BAD_USER_INPUT/);
      if (JSON.stringify(shape(existing)) !== JSON.stringify(shape(unknown))) {
        differences.push(`${name}: ${JSON.stringify(shape(existing))} vs ${JSON.stringify(shape(unknown))}`);
      }
    }
    expect(differences).toEqual([]);
  });

  it("writes a bounded number of DENIED entries however often an outsider probes a case", async () => {
    const privacy = await signIn(hub, P.privacyOfficer);
    const countDenied = async () => {
      await hub.logSealer.sealNow();
      const res = await gql(
        hub,
        `query($caseId: ID!) { processingLog(caseId: $caseId, filter: { operations: [DENIED] }, first: 100) { edges { node { detail } } } }`,
        { caseId: CASE },
        privacy,
      );
      expect(res.errors).toBeUndefined();
      return res.data.processingLog.edges.length as number;
    };
    const before = await countDenied();
    for (let i = 0; i < 200; i++) {
      const res = await gql(
        hub,
        `query($id: ID!) { dossierItem(id: $id) { id } }`,
        { id: ids.observation },
        outsider,
      );
      expect(res.errors?.[0]?.extensions.code).toBe("NOT_FOUND");
    }
    // The probes of the test above opened this actor's window on the case: all 200 are merged into it.
    expect((await countDenied()) - before).toBeLessThanOrEqual(1);
  });
});
