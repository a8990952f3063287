import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Locator, Page } from "playwright-core";
import { DEMO } from "@regiehub/db";
import { calendarDate } from "@regiehub/domain";
import { expectAccessible, launchBrowser, type TestBrowser } from "../support/browser";
import { gql, signIn, startTestHub, type TestHub } from "../support/hub";
import { casePersons, grant } from "../support/dossier";

// A case meeting (overleg, issue 17) in the browser. The casusregisseur of Gezin Veenstra (Youssef El Amrani,
// wijkteam Noord) plans a meeting with the school (Petra van Leeuwen) and moves it to image forming. Petra,
// in a second browser, opens it and adds information, which appears on Youssef's page without reload.
// Youssef proposes something while the picture is still being formed and sees it flagged; he moves on to
// judgement and decision and records the decision with one action on a goal of the plan, which then shows
// on the case's action board. axe-core on every view; nothing scrolls sideways at 390 px.

const P = DEMO.professionals;
const O = DEMO.organisations;
const CASE = DEMO.cases.separatedParents;
const SCHOOL_NAME = "Basisschool De Regenboog";
const QUESTION = "Hoe krijgen Noor en Sem rust bij het wisselen tussen beide huizen?";
const INFORMATION = "Sem is op maandag na het wisselen vaak moe in de klas.";
const PROPOSAL = "De wisseldag naar vrijdag verplaatsen.";
const DECISION = "Wisseldag naar vrijdag; school en ouders stemmen de overdracht af.";
const ACTION_TITLE = "Wisseldag met beide ouders naar vrijdag verplaatsen";
const FAMILY_WORDING = "Sem is na het wisselen uitgerust op school";

let hub: TestHub;
let browser: TestBrowser;
let goalId: string;
/** The meeting page's address, once planned. */
let meetingUrl = "";

/** A text as a regular expression that matches it literally. */
function literally(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
}

function inDays(days: number): string {
  return calendarDate(new Date(Date.now() + days * 86_400_000));
}

async function signInAs(b: Browser, name: RegExp, width = 1280): Promise<Page> {
  const context = await b.newContext({ viewport: { width, height: 900 }, locale: "nl-NL" });
  const page = await context.newPage();
  await page.goto(hub.url);
  await page.getByRole("button", { name }).click();
  await page.getByRole("table", { name: "Casussen" }).waitFor();
  return page;
}

async function waitForLive(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('[data-testid="live-indicator"]')?.textContent?.trim().endsWith("Live"),
    undefined,
    { timeout: 15_000 },
  );
}

/** The step of the phase stepper marked `aria-current="step"`. */
function currentStep(page: Page): Locator {
  return page.getByRole("list", { name: "Fase", exact: true }).locator('[aria-current="step"]');
}

async function expectCurrentStep(page: Page, phase: string): Promise<void> {
  await expect
    .poll(() => currentStep(page).innerText(), { timeout: 10_000 })
    .toMatch(new RegExp(`${phase}\\s*\\(huidige fase\\)`));
}

beforeAll(async () => {
  hub = await startTestHub();
  // The school may see Sem's education (so it can carry an action there); the plan in preparation has a goal
  // on it, for the decision's action.
  const youssef = await signIn(hub, P.casusregisseurYoussef);
  const persons = Object.fromEntries((await casePersons(hub, youssef, CASE)).map((p) => [p.givenName, p.id]));
  await grant(hub, youssef, {
    caseId: CASE,
    granteeOrganisationId: O.school,
    subjectPersonIds: [persons.Sem],
    domains: ["EDUCATION"],
    dataClasses: ["GENERAL"],
  });
  const draft = await gql(
    hub,
    `mutation($input: DraftPlanInput!) { draftPlan(input: $input) { id } }`,
    {
      input: {
        caseId: CASE,
        perspective: "Rust en regelmaat voor Noor en Sem",
        subjectPersonIds: [persons.Noor, persons.Sem],
      },
    },
    youssef,
  );
  if (!draft.data) throw new Error(JSON.stringify(draft.errors));
  const goal = await gql(
    hub,
    `mutation($input: AddGoalInput!) { addGoal(input: $input) { id } }`,
    {
      input: {
        planId: draft.data.draftPlan.id,
        domain: "EDUCATION",
        subjectPersonIds: [persons.Sem],
        familyWording: FAMILY_WORDING,
        professionalWording: "Overdracht tussen ouders en school op wisseldagen",
      },
    },
    youssef,
  );
  if (!goal.data) throw new Error(JSON.stringify(goal.errors));
  goalId = goal.data.addGoal.id;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

describe("a case meeting in the browser", () => {
  it("goes from question to decision, with a partner contributing live and the action on the board", async () => {
    const page = await signInAs(browser.browser, /Youssef El Amrani/);
    await page.goto(`${hub.url}/casussen/${CASE}/overleg`);
    await page.getByRole("heading", { level: 2, name: "Overleg", exact: true }).waitFor();
    await expect(
      page.getByRole("navigation", { name: "Onderdelen van de casus" }).innerText(),
    ).resolves.toMatch(/Evaluaties\s+Overleg\s+Verwijzingen/);
    await expectAccessible(page, "meetings page");

    // Plan: the question, today, Youssef chairs, the school takes part, Noor (13) and her mother are there;
    // Sem (9) is not offered.
    await page.getByRole("button", { name: "Overleg plannen" }).click();
    const planForm = page.getByRole("form", { name: "Overleg plannen" });
    await planForm.getByLabel("Vraagstelling").fill(QUESTION);
    await expect(planForm.getByLabel("Voorzitter").inputValue()).resolves.toBe(P.casusregisseurYoussef);
    await planForm
      .getByRole("group", { name: "Deelnemers" })
      .getByLabel(/Petra van Leeuwen/)
      .check();
    const family = planForm.getByRole("group", { name: /Gezinsleden aanwezig/ });
    await expect(family.innerText()).resolves.toContain("Kinderen kunnen bij het overleg zijn vanaf 12 jaar");
    await expect(family.getByLabel(/^Sem/).count()).resolves.toBe(0);
    await family.getByLabel(/^Noor/).check();
    await family.getByLabel(/^Miriam/).check();
    await expectAccessible(page, "plan meeting form");
    await planForm.getByRole("button", { name: "Overleg plannen" }).click();
    await page.getByText(/^Het overleg van .+ is gepland\.$/).waitFor();

    const row = page
      .getByRole("table", { name: "Overleggen" })
      .getByRole("row", { name: literally(QUESTION) });
    await row.waitFor();
    const rowText = await row.innerText();
    expect(rowText).toContain("Vraagstelling");
    expect(rowText).toContain("Youssef El Amrani");
    expect(rowText).toContain("Nee, nog niet");
    await row.getByRole("link", { name: QUESTION }).click();
    await page.waitForURL(/\/overleg\/[0-9a-f-]{36}$/);
    meetingUrl = page.url();

    // The question phase; the chair moves it to image forming.
    await page.getByText(QUESTION).first().waitFor();
    await expectCurrentStep(page, "Vraagstelling");
    await expect(
      page.getByRole("list", { name: "Fase", exact: true }).getByRole("listitem").count(),
    ).resolves.toBe(4);
    await expectAccessible(page, "meeting in the question phase");
    await page.getByRole("button", { name: "Naar beeldvorming" }).click();
    await page.getByText("Het overleg is nu in de fase beeldvorming.").waitFor();
    await expectCurrentStep(page, "Beeldvorming");
    await page.getByRole("button", { name: "Terug naar vraagstelling" }).waitFor();

    // Left open: a contribution by the school must appear without reload.
    await waitForLive(page);
    await page.evaluate(() => ((window as unknown as { rhMark: number }).rhMark = 1));

    // The school, in another browser, opens the meeting from the list and adds information.
    const school = await signInAs(browser.browser, /Petra van Leeuwen/);
    await school.goto(`${hub.url}/casussen/${CASE}/overleg`);
    await school.getByRole("table", { name: "Overleggen" }).getByRole("link", { name: QUESTION }).click();
    await school.waitForURL(meetingUrl);
    await expectCurrentStep(school, "Beeldvorming");
    await expect(school.getByRole("button", { name: /^Naar / }).count()).resolves.toBe(0);
    const schoolForm = school.getByRole("form", { name: "Bijdrage toevoegen" });
    await expect(
      schoolForm.getByRole("radiogroup", { name: "Soort bijdrage" }).getByLabel("Informatie").isChecked(),
    ).resolves.toBe(true);
    await schoolForm.getByLabel("Uw bijdrage").fill(INFORMATION);
    await schoolForm.getByLabel("Leefgebied").selectOption("EDUCATION");
    await schoolForm.getByRole("group", { name: "Over wie" }).getByLabel(/^Sem/).check();
    await schoolForm.getByRole("button", { name: "Bijdrage vastleggen" }).click();
    await schoolForm.getByText("Uw bijdrage is vastgelegd.").waitFor();
    const schoolList = school.getByRole("list", { name: "Bijdragen" });
    await schoolList.getByRole("article").filter({ hasText: INFORMATION }).waitFor();
    await expectAccessible(school, "meeting page of a participant");

    // On the chair's page, without reload.
    const contributions = page.getByRole("list", { name: "Bijdragen" });
    const info = contributions.getByRole("article").filter({ hasText: INFORMATION });
    await info.waitFor({ timeout: 15_000 });
    await expect(info.innerText()).resolves.toMatch(/Informatie[\s\S]*Basisschool De Regenboog/);
    await expect(info.getByText("Voorstel tijdens beeldvorming").count()).resolves.toBe(0);
    await expect(page.evaluate(() => (window as unknown as { rhMark?: number }).rhMark)).resolves.toBe(1);

    // A proposal while the picture is still being formed: recorded, and flagged.
    const form = page.getByRole("form", { name: "Bijdrage toevoegen" });
    await form.getByRole("radiogroup", { name: "Soort bijdrage" }).getByLabel("Voorstel").check();
    await form.getByLabel("Uw bijdrage").fill(PROPOSAL);
    await form.getByLabel("Leefgebied").selectOption("FAMILY_RELATIONS");
    await form.getByRole("button", { name: "Bijdrage vastleggen" }).click();
    await form
      .getByText("Uw bijdrage is vastgelegd, met de markering ‘voorstel tijdens beeldvorming’.")
      .waitFor();
    const proposal = contributions.getByRole("article").filter({ hasText: PROPOSAL });
    await proposal.waitFor();
    await proposal.getByText("Voorstel tijdens beeldvorming", { exact: true }).waitFor();
    await expect(proposal.innerText()).resolves.toContain(
      "Dit voorstel kwam voordat het beeld compleet was.",
    );
    await expect(page.getByTestId("premature-warning").innerText()).resolves.toContain(
      "1 voorstel of oordeel tijdens de beeldvorming: eerst het beeld compleet.",
    );
    await expectAccessible(page, "meeting with a flagged proposal");

    // Judgement, then decision.
    await page.getByRole("button", { name: "Naar oordeelsvorming" }).click();
    await expectCurrentStep(page, "Oordeelsvorming");
    await page.getByRole("button", { name: "Terug naar beeldvorming" }).waitFor();
    await page.getByRole("button", { name: "Naar besluitvorming" }).click();
    await expectCurrentStep(page, "Besluitvorming");

    // The decision, with everyone present and one action on the goal, carried by the school.
    const decisionForm = page.getByRole("form", { name: "Besluit vastleggen" });
    await decisionForm.getByLabel("Besluit", { exact: true }).fill(DECISION);
    const present = decisionForm.getByRole("group", { name: "Aanwezig", exact: true });
    await expect(present.getByLabel(/Petra van Leeuwen/).isChecked()).resolves.toBe(true);
    await expect(present.getByLabel(/Youssef El Amrani/).isChecked()).resolves.toBe(true);
    await decisionForm.getByRole("button", { name: "Actie toevoegen" }).click();
    const action = decisionForm.getByRole("group", { name: "Actie 1" });
    await action.getByLabel("Wat wordt er gedaan").fill(ACTION_TITLE);
    await action.getByLabel("Doel", { exact: true }).selectOption(goalId);
    await action.getByLabel("Uitvoerende organisatie").selectOption(O.school);
    await action.getByLabel("Uiterlijk klaar op (niet verplicht)").fill(inDays(14));
    await expectAccessible(page, "decision form with an action");
    await decisionForm.getByRole("button", { name: "Besluit vastleggen" }).click();
    await page
      .getByText("Het besluit is vastgelegd met 1 actie in het plan; het overleg is gesloten.")
      .waitFor();

    const decided = page.getByRole("region", { name: "Besluit", exact: true });
    await decided.waitFor();
    const decidedText = await decided.innerText();
    expect(decidedText).toContain(DECISION);
    expect(decidedText).toContain("Petra van Leeuwen");
    expect(decidedText).toContain(ACTION_TITLE);
    expect(decidedText).toContain(SCHOOL_NAME);
    await expect(page.getByTestId("meeting-phase").innerText()).resolves.toContain("Besloten op");
    await expect(currentStep(page).count()).resolves.toBe(0);
    await expect(page.getByRole("form", { name: "Bijdrage toevoegen" }).count()).resolves.toBe(0);
    await expectAccessible(page, "decided meeting");

    // The minutes, for the family and for the team, as PDF downloads.
    for (const [button, suffix] of [
      ["Verslag voor het gezin (PDF)", "-gezin.pdf"],
      ["Verslag voor het team (PDF)", "-team.pdf"],
    ] as const) {
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: button }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`^verslag-.*${suffix.replace(".", "\\.")}$`));
      await page
        .getByText(new RegExp(`is gedownload als ${download.suggestedFilename().replace(".", "\\.")}`))
        .waitFor();
    }

    // The action is on the case's action board.
    await decided.getByRole("link", { name: "Naar de acties van de casus" }).click();
    await page.waitForURL(new RegExp(`/casussen/${CASE}/acties`));
    const card = page.getByRole("article", { name: ACTION_TITLE });
    await card.waitFor();
    await expect(card.innerText()).resolves.toContain(SCHOOL_NAME);
    await expectAccessible(page, "action board with the meeting's action");

    // The meeting list says it is decided.
    await page.goto(`${hub.url}/casussen/${CASE}/overleg`);
    await expect
      .poll(() =>
        page
          .getByRole("table", { name: "Overleggen" })
          .getByRole("row", { name: literally(QUESTION) })
          .innerText(),
      )
      .toContain("Ja, besloten");

    await school.context().close();
    await page.context().close();
  }, 120_000);

  it("does not scroll sideways at 390 px, decided or with the decision form open", async () => {
    expect(meetingUrl).not.toBe("");
    // A second meeting, planned and moved to the decision phase through the API.
    const youssef = await signIn(hub, P.casusregisseurYoussef);
    const MEETING = "id version";
    const planned = await gql(
      hub,
      `mutation($input: PlanMeetingInput!) { planMeeting(input: $input) { ${MEETING} } }`,
      {
        input: {
          caseId: CASE,
          question: "Wie neemt de overdracht op wisseldagen op zich, en hoe houden we dat vol?",
          heldOn: calendarDate(new Date()),
          participantProfessionalIds: [P.schoolProfessional, P.ggzBehandelaar],
        },
      },
      youssef,
    );
    if (!planned.data) throw new Error(JSON.stringify(planned.errors));
    let meeting = planned.data.planMeeting as { id: string; version: number };
    for (const phase of ["IMAGE_FORMING", "JUDGEMENT", "DECISION"]) {
      const moved = await gql(
        hub,
        `mutation($input: MoveMeetingPhaseInput!) { moveMeetingPhase(input: $input) { ${MEETING} } }`,
        { input: { meetingId: meeting.id, version: meeting.version, phase } },
        youssef,
      );
      if (!moved.data) throw new Error(JSON.stringify(moved.errors));
      meeting = moved.data.moveMeetingPhase;
    }

    const page = await signInAs(browser.browser, /Youssef El Amrani/, 390);
    const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

    await page.goto(meetingUrl);
    await page.getByRole("region", { name: "Besluit", exact: true }).waitFor();
    await expect(fits()).resolves.toBe(true);
    await expectAccessible(page, "decided meeting at 390 px");

    await page.goto(`${hub.url}/casussen/${CASE}/overleg/${meeting.id}`);
    const decisionForm = page.getByRole("form", { name: "Besluit vastleggen" });
    await decisionForm.getByRole("button", { name: "Actie toevoegen" }).click();
    await decisionForm.getByRole("group", { name: "Actie 1" }).waitFor();
    await expect(fits()).resolves.toBe(true);
    await expectAccessible(page, "meeting in the decision phase at 390 px");

    await page.goto(`${hub.url}/casussen/${CASE}/overleg`);
    await page.getByRole("table", { name: "Overleggen" }).waitFor();
    await expect(fits()).resolves.toBe(true);
    await page.context().close();
  });
});
