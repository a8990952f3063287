import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO } from "@regiehub/db";
import { calendarDate, dateInWords, nextEvaluationDue } from "@regiehub/domain";
import { casePersons, grant } from "../support/dossier";
import { readPdf } from "../support/pdf";
import { expectCode, gql, signIn, startTestHub, type TestHub } from "../support/hub";

// The family plan as a PDF (Query.familyPlanDocument): built through the API as a casusregisseur would, read
// back with pdf.js. It holds only what the viewer may see (a school with an EDUCATION grant gets the school
// goal, not the mental-health goal), and every document handed out is an EXPORT in the processing log.

let hub: TestHub;
const P = DEMO.professionals;
const O = DEMO.organisations;
const CASE = DEMO.cases.multiProblem; // Gezin Koopmans: casusregisseur Sanne Bakker; the Lindecollege on the team
const tokens: Record<string, string> = {};
const ids: Record<string, string> = {};
let approvedOn: string;

const PERSPECTIVE = "Over een jaar wonen we nog in ons huis en gaat Kim elke dag naar school.";
const SCHOOL_GOAL = "Kim gaat weer elke dag naar school";
const MOOD_GOAL = "Linda voelt zich minder somber";
const SCHOOL_ACTION = "Rooster maken met de mentor";
const MOOD_ACTION = "Gesprek met de huisarts plannen";

const DOCUMENT = `query($caseId: ID!, $planId: ID) {
  familyPlanDocument(caseId: $caseId, planId: $planId) { fileName mediaType contentBase64 } }`;

async function call<T = any>(name: string, query: string, input: Record<string, unknown>): Promise<T> {
  const res = await gql(hub, query, { input }, tokens.director);
  if (!res.data?.[name]) throw new Error(`${name}: ${JSON.stringify(res.errors)}`);
  return res.data[name] as T;
}

async function documentFor(token: string | undefined, caseId = CASE, planId?: string) {
  return gql(hub, DOCUMENT, { caseId, planId }, token);
}

beforeAll(async () => {
  hub = await startTestHub();
  tokens.director = await signIn(hub, P.casusregisseur);
  tokens.school = await signIn(hub, P.secondarySchoolProfessional);
  tokens.outsider = await signIn(hub, P.huisarts);
  tokens.privacyOfficer = await signIn(hub, P.privacyOfficer);
  const persons = await casePersons(hub, tokens.director, CASE);
  const person = (name: string) => persons.find((p) => p.givenName === name)!.id;
  ids.kim = person("Kim");
  ids.linda = person("Linda");

  // The school may see Kim's school matters (and so carry an action on them).
  ids.grant = (
    await grant(hub, tokens.director, {
      caseId: CASE,
      granteeOrganisationId: O.secondarySchool,
      subjectPersonIds: [ids.kim],
      domains: ["EDUCATION"],
      dataClasses: ["GENERAL"],
    })
  ).id;

  const plan = await call(
    "draftPlan",
    `mutation($input: DraftPlanInput!) { draftPlan(input: $input) { id version } }`,
    { caseId: CASE, perspective: PERSPECTIVE },
  );
  ids.plan = plan.id;
  const addGoal = (input: Record<string, unknown>) =>
    call("addGoal", `mutation($input: AddGoalInput!) { addGoal(input: $input) { id } }`, {
      planId: ids.plan,
      ...input,
    });
  ids.schoolGoal = (
    await addGoal({
      domain: "EDUCATION",
      subjectPersonIds: [ids.kim],
      familyWording: SCHOOL_GOAL,
      professionalWording: "Terugleiding naar school met een aangepast rooster",
      priority: "HIGH",
      targetDate: "2027-02-01",
    })
  ).id;
  ids.moodGoal = (
    await addGoal({
      domain: "MENTAL_HEALTH",
      dataClass: "SPECIAL_CATEGORY",
      subjectPersonIds: [ids.linda],
      familyWording: MOOD_GOAL,
      professionalWording: "Behandeling van depressieve klachten",
      priority: "MEDIUM",
    })
  ).id;
  const addAction = (input: Record<string, unknown>) =>
    call("addAction", `mutation($input: AddActionInput!) { addAction(input: $input) { id } }`, input);
  ids.schoolAction = (
    await addAction({
      goalId: ids.schoolGoal,
      title: SCHOOL_ACTION,
      ownerOrganisationId: O.secondarySchool,
      ownerProfessionalId: P.secondarySchoolProfessional,
      dueOn: "2027-01-15",
    })
  ).id;
  ids.moodAction = (
    await addAction({
      goalId: ids.moodGoal,
      title: MOOD_ACTION,
      ownerOrganisationId: O.wijkteamNoord,
      status: "IN_PROGRESS",
    })
  ).id;
});

afterAll(async () => {
  await hub?.stop();
});

describe("familyPlanDocument", () => {
  it("gives the draft as a concept when no plan is approved yet", async () => {
    const res = await documentFor(tokens.director);
    expect(res.errors).toBeUndefined();
    const { text } = await readPdf(res.data.familyPlanDocument.contentBase64);
    expect(text).toContain("Dit plan is nog een concept.");
    expect(text).toContain("Wanneer kijken we samen hoe het gaat? Dat spreken we nog af.");
  });

  it("renders the approved plan in plain Dutch for the family", async () => {
    const draft = await gql(
      hub,
      `query($id: ID!) { case(id: $id) { draftPlan { id version } } }`,
      { id: CASE },
      tokens.director,
    );
    expect(draft.data.case.draftPlan.id).toBe(ids.plan);
    const agreed = await call(
      "agreePlan",
      `mutation($input: AgreePlanInput!) { agreePlan(input: $input) { id version status } }`,
      {
        planId: ids.plan,
        version: draft.data.case.draftPlan.version,
        agreedByPersonIds: [ids.linda],
        agreedOn: calendarDate(new Date()),
      },
    );
    expect(agreed.status).toBe("AGREED");
    const approved = await call(
      "approvePlan",
      `mutation($input: PlanVersionInput!) { approvePlan(input: $input) { status approvedOn number } }`,
      { planId: ids.plan, version: agreed.version },
    );
    expect(approved.status).toBe("APPROVED");
    approvedOn = approved.approvedOn;

    const res = await documentFor(tokens.director);
    expect(res.errors).toBeUndefined();
    const doc = res.data.familyPlanDocument;
    expect(doc.mediaType).toBe("application/pdf");
    expect(doc.fileName).toMatch(/^gezinsplan-[A-Za-z0-9-]+-v1\.pdf$/);
    const pdf = await readPdf(doc.contentBase64);
    expect(pdf.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.info.Title).toMatch(/^Ons gezinsplan – Gezin Koopmans/);
    expect(pdf.info.Language).toBe("nl-NL");

    const { text } = pdf;
    expect(text).toContain("Ons gezinsplan");
    expect(text).not.toContain("Dit plan is nog een concept.");
    expect(text).toContain(`Het plan geldt vanaf ${dateInWords(approvedOn)}.`);
    expect(text).toContain(`Wat willen jullie bereiken? ${PERSPECTIVE}`);
    expect(text).toContain(`Doel: ${SCHOOL_GOAL}`);
    expect(text).toContain("Dit doel gaat over: School en leren.");
    expect(text).toContain(
      `Lindecollege (vmbo) (Ahmed Bouzid) – ${SCHOOL_ACTION} – vóór ${dateInWords("2027-01-15")} – nog niet begonnen`,
    );
    expect(text).toContain(`Doel: ${MOOD_GOAL}`);
    expect(text).toContain(`Wijkteam Lindehaven-Noord – ${MOOD_ACTION} – bezig`);
    // Next evaluation: the default three months after approval, in words.
    const due = nextEvaluationDue(approvedOn, 3);
    expect(text).toContain(`Wanneer kijken we samen hoe het gaat? Dat doen we op ${dateInWords(due)}.`);
    expect(text).toMatch(/Jullie contactpersoon is Sanne Bakker van Wijkteam Lindehaven-Noord\./);
    expect(text).toContain(`Pagina 1 van ${pdf.numPages}`);
    // No personal details beyond the plan: no BSN (the 9999… test range) or birth dates.
    expect(text).not.toMatch(/9999\d{5}/);
  });

  it("shows a scheduled evaluation date rather than the due date", async () => {
    const scheduled = await call(
      "scheduleEvaluation",
      `mutation($input: ScheduleEvaluationInput!) { scheduleEvaluation(input: $input) { id scheduledOn } }`,
      { caseId: CASE, scheduledOn: "2027-01-20", participants: ["Gezin Koopmans", "Sanne Bakker"] },
    );
    ids.evaluation = scheduled.id;
    const res = await documentFor(tokens.director);
    const { text } = await readPdf(res.data.familyPlanDocument.contentBase64);
    expect(text).toContain("Dat doen we op 20 januari 2027.");
  });

  it("holds only what the viewer may see: the school gets the school goal, not the mental-health goal", async () => {
    const res = await documentFor(tokens.school);
    expect(res.errors).toBeUndefined();
    const { text } = await readPdf(res.data.familyPlanDocument.contentBase64);
    expect(text).toContain(`Doel: ${SCHOOL_GOAL}`);
    expect(text).toContain(SCHOOL_ACTION);
    expect(text).not.toContain(MOOD_GOAL);
    expect(text).not.toContain("somber");
    expect(text).not.toContain("depressieve");
    expect(text).not.toContain(MOOD_ACTION);
    expect(text).not.toContain("Hoe je je voelt");
    // The perspective is a FAMILY_RELATIONS item the grant does not cover.
    expect(text).not.toContain(PERSPECTIVE);
    expect(text).not.toContain("Wat willen jullie bereiken?");
    expect(text).toContain("Niet alle doelen staan hierin.");
  });

  it("logs every document handed out as EXPORT with its subjects and items", async () => {
    const log = await gql(
      hub,
      `query($id: ID!) { processingLog(caseId: $id, filter: { operations: [EXPORT] }, first: 100) {
        edges { node { operation subjects { id } itemIds fields legalBasis processingActivityId
          actor { id } organisation { id } outcome } } } }`,
      { id: CASE },
      tokens.privacyOfficer,
    );
    expect(log.errors).toBeUndefined();
    const entries = log.data.processingLog.edges
      .map((e: { node: any }) => e.node)
      .filter((n: any) => n.fields.includes("FamilyPlanDocument"));
    // Draft, approved, with the evaluation (by the director) and the school's: one entry each.
    expect(entries).toHaveLength(4);
    const director = entries.filter((e: any) => e.actor?.id === P.casusregisseur);
    const latest = director.find((e: any) => e.itemIds.includes(ids.evaluation));
    expect(latest).toBeDefined();
    expect(latest.operation).toBe("EXPORT");
    expect(latest.outcome).toBe("SUCCESS");
    expect(latest.legalBasis).toBe("LEGAL_TASK");
    expect(latest.processingActivityId).toBe("RH-PA-01");
    expect([...latest.itemIds].sort()).toEqual(
      [ids.plan, ids.schoolGoal, ids.moodGoal, ids.schoolAction, ids.moodAction, ids.evaluation].sort(),
    );
    expect(latest.subjects.map((s: { id: string }) => s.id)).toEqual(
      expect.arrayContaining([ids.kim, ids.linda]),
    );
    expect(latest.fields).toEqual(
      expect.arrayContaining([
        "FamilyPlanDocument",
        "Plan.perspective",
        "Goal.familyWording",
        "Action.title",
      ]),
    );

    const school = entries.filter((e: any) => e.organisation?.id === O.secondarySchool);
    expect(school).toHaveLength(1);
    expect([...school[0].itemIds].sort()).toEqual([ids.schoolGoal, ids.schoolAction].sort());
    expect(school[0].subjects).toEqual([{ id: ids.kim }]);
    expect(school[0].legalBasis).toBe("CONSENT");
    expect(school[0].fields).not.toContain("Plan.perspective");
  });

  it("leaves the school's goal out at once when the grant is withdrawn", async () => {
    const withdrawn = await gql(
      hub,
      `mutation($input: WithdrawAccessInput!) { withdrawAccess(input: $input) { id isActive } }`,
      { input: { id: ids.grant, reason: "Gezin trekt toestemming in" } },
      tokens.director,
    );
    expect(withdrawn.errors).toBeUndefined();
    const res = await documentFor(tokens.school);
    expect(res.errors).toBeUndefined();
    const { text } = await readPdf(res.data.familyPlanDocument.contentBase64);
    expect(text).not.toContain(SCHOOL_GOAL);
    expect(text).not.toContain(SCHOOL_ACTION);
    expect(text).toContain("Onze doelen Hier staan geen doelen.");
    expect(text).toContain("Niet alle doelen staan hierin.");
  });

  it("gives a named plan version, and NOT_FOUND for a plan that is not of this case", async () => {
    const res = await documentFor(tokens.director, CASE, ids.plan);
    expect(res.errors).toBeUndefined();
    expect(res.data.familyPlanDocument.fileName).toMatch(/-v1\.pdf$/);
    expectCode(await documentFor(tokens.director, CASE, ids.schoolGoal), "NOT_FOUND");
    expectCode(await documentFor(tokens.director, CASE, "not-a-uuid"), "NOT_FOUND");
  });

  it("is NOT_FOUND for a case the viewer cannot see, and for a case without a plan", async () => {
    const outsider = await documentFor(tokens.outsider);
    expectCode(outsider, "NOT_FOUND");
    expect(outsider.data?.familyPlanDocument ?? null).toBeNull();
    // Gezin Veenstra has no plan yet (Sanne Bakker is on its team).
    expectCode(await documentFor(tokens.director, DEMO.cases.separatedParents), "NOT_FOUND");
  });

  it("needs a signed-in user", async () => {
    const res = await documentFor(undefined);
    expectCode(res, "UNAUTHENTICATED");
    expect(res.data?.familyPlanDocument ?? null).toBeNull();
  });
});
