import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { DEMO } from "@regiehub/db";
import { dutchDate } from "@regiehub/domain";
import { expectAccessible, launchBrowser, type TestBrowser } from "../support/browser";
import { gql, signIn, startTestHub, type TestHub } from "../support/hub";
import { casePersons, grant } from "../support/dossier";

// The case overview as a status page (issue 16, item 1). Sanne Bakker opens Gezin Koopmans (demo data with
// late actions) and sees them on top with their days late, the next evaluation, and changes the case title
// through "Gegevens wijzigen". The school (Ahmed Bouzid, Lindecollege, consent for Kim's education only)
// sees the status block with nothing outside its consent. axe; nothing scrolls sideways at 390 px.

const CASE = DEMO.cases.multiProblem;
const AHMED = DEMO.professionals.secondarySchoolProfessional;
const WIJKTEAM = DEMO.organisations.wijkteamNoord;
const SCHOOL_LATE = "Gesprek met mentor over aanwezigheid";
const HOUSING_LATE = "Betalingsregeling met verhuurder";
const HOUSING_SOON = "Huurtoeslag aanvragen";
const ACTIONS = `query($id: ID!) { case(id: $id) {
  actions { title dueOn overdue status ownerOrganisation { name } }
  evaluationSchedule { nextDueOn } evaluations { scheduledOn heldOn } } }`;

interface ApiAction {
  title: string | null;
  dueOn: string | null;
  overdue: boolean | null;
  status: string | null;
  ownerOrganisation: { name: string } | null;
}

let hub: TestHub;
let browser: TestBrowser;
let directorActions: ApiAction[];
let schoolActions: ApiAction[];
let nextEvaluationOn: string;

async function actionsOf(token: string) {
  const res = await gql<any>(hub, ACTIONS, { id: CASE }, token);
  if (!res.data?.case) throw new Error(JSON.stringify(res.errors));
  return res.data.case;
}

async function signInAs(b: Browser, name: RegExp, width = 1280): Promise<Page> {
  const context = await b.newContext({ viewport: { width, height: 900 }, locale: "nl-NL" });
  const page = await context.newPage();
  await page.goto(hub.url);
  await page.getByRole("button", { name }).click();
  await page.getByRole("navigation", { name: "Hoofdmenu" }).waitFor();
  return page;
}

async function openStatus(page: Page) {
  await page.goto(`${hub.url}/casussen/${CASE}`);
  const status = page.getByRole("region", { name: "Stand van zaken" });
  await status.waitFor();
  return status;
}

const daysLate = (dueOn: string) =>
  Math.round(
    (Date.parse(`${dutchDate(new Date())}T00:00:00Z`) - Date.parse(`${dueOn}T00:00:00Z`)) / 86_400_000,
  );

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

const inDays = (days: number) => dutchDate(new Date(Date.now() + days * 86_400_000));

beforeAll(async () => {
  hub = await startTestHub();
  const director = await signIn(hub, DEMO.professionals.casusregisseur);
  const persons = await casePersons(hub, director, CASE);
  const kim = persons.find((p) => p.givenName === "Kim")!.id;
  const parent = persons.find((p) => p.householdRole === "PARENT")!.id;
  await grant(hub, director, {
    caseId: CASE,
    granteeOrganisationId: DEMO.organisations.secondarySchool,
    subjectPersonIds: [kim],
    domains: ["EDUCATION"],
    dataClasses: ["GENERAL"],
  });
  // A plan with late actions: one for the school (inside its consent), one about housing (outside it).
  const plan = await made(director, "draftPlan", "DraftPlanInput", {
    caseId: CASE,
    perspective: "Rust in huis",
  });
  const school = await made(director, "addGoal", "AddGoalInput", {
    planId: plan.id,
    domain: "EDUCATION",
    subjectPersonIds: [kim],
    familyWording: "Kim gaat elke dag naar school",
    professionalWording: "Schoolgang herstellen",
  });
  const housing = await made(director, "addGoal", "AddGoalInput", {
    planId: plan.id,
    domain: "HOUSING",
    subjectPersonIds: [parent],
    familyWording: "We blijven in ons huis wonen",
    professionalWording: "Huurachterstand opgelost",
  });
  const action = (
    goalId: string,
    title: string,
    dueOn: string,
    organisation: string,
    professional?: string,
  ) =>
    made(director, "addAction", "AddActionInput", {
      goalId,
      title,
      dueOn,
      ownerOrganisationId: organisation,
      ...(professional ? { ownerProfessionalId: professional } : {}),
    });
  await action(school.id, SCHOOL_LATE, inDays(-3), DEMO.organisations.secondarySchool, AHMED);
  await action(housing.id, HOUSING_LATE, inDays(-8), WIJKTEAM, DEMO.professionals.casusregisseur);
  await action(housing.id, HOUSING_SOON, inDays(5), WIJKTEAM);
  const draft = (
    await gql<any>(hub, `query($id: ID!) { dossierItem(id: $id) { version } }`, { id: plan.id }, director)
  ).data.dossierItem;
  const agreed = await made(director, "agreePlan", "AgreePlanInput", {
    planId: plan.id,
    version: draft.version,
    agreedByPersonIds: [parent],
    agreedOn: inDays(0),
  });
  await made(director, "approvePlan", "PlanVersionInput", { planId: plan.id, version: agreed.version });

  const seen = await actionsOf(director);
  directorActions = seen.actions;
  const scheduled = (seen.evaluations as { scheduledOn: string | null; heldOn: string | null }[])
    .filter((e) => e.scheduledOn && !e.heldOn)
    .map((e) => e.scheduledOn!)
    .sort()[0];
  nextEvaluationOn = scheduled ?? seen.evaluationSchedule.nextDueOn;
  schoolActions = (await actionsOf(await signIn(hub, AHMED))).actions;
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

describe("the case overview as a status page", () => {
  it("the casusregisseur sees the late actions on top with their days late, and the next evaluation", async () => {
    const late = directorActions.filter((a) => a.overdue && a.status !== "DONE" && a.status !== "CANCELLED");
    expect(late.map((a) => a.title)).toEqual(expect.arrayContaining([SCHOOL_LATE, HOUSING_LATE]));
    expect(nextEvaluationOn).toBeTruthy();

    const page = await signInAs(browser.browser, /Sanne Bakker/);
    const status = await openStatus(page);
    const latePart = status.getByRole("region", { name: /^Te laat/ });
    const items = latePart.getByRole("listitem");
    await expect(items.count()).resolves.toBe(late.length);
    const text = await latePart.innerText();
    for (const action of late) {
      expect(text).toContain(action.title!);
      const days = daysLate(action.dueOn!);
      expect(text).toContain(days === 1 ? "1 dag te laat" : `${days} dagen te laat`);
    }
    // Most days late first.
    const mostLate = [...late].sort((a, b) => a.dueOn!.localeCompare(b.dueOn!))[0]!;
    await expect(items.first().innerText()).resolves.toContain(mostLate.title!);

    // The status block comes before the summary.
    const order = await page.evaluate(() => {
      const headings = Array.from(document.querySelectorAll("main h2"), (h) => h.textContent);
      return [headings.indexOf("Stand van zaken"), headings.indexOf("Samenvatting")];
    });
    expect(order[0]).toBeGreaterThanOrEqual(0);
    expect(order[0]).toBeLessThan(order[1]!);

    const evaluation = status.locator(`time[datetime="${nextEvaluationOn}"]`).first();
    await expect(evaluation.count()).resolves.toBeGreaterThan(0);
    await expect(status.innerText()).resolves.toContain("Evaluatie van het gezinsplan");

    await expectAccessible(page, "case overview as a status page");
    await page.context().close();
  });

  it("the casusregisseur changes the title in the dialog; a bad title changes nothing", async () => {
    const page = await signInAs(browser.browser, /Sanne Bakker/);
    await openStatus(page);
    // No open forms on the overview: editing sits behind buttons.
    await expect(page.getByLabel("Voornaam").count()).resolves.toBe(0);
    await expect(page.getByLabel("Nieuwe fase").count()).resolves.toBe(0);

    await page.getByRole("button", { name: "Gegevens wijzigen" }).click();
    const dialog = page.getByRole("dialog", { name: "Gegevens van de casus wijzigen" });
    await dialog.waitFor();
    await expectAccessible(page, "edit case dialog");
    await dialog.getByLabel("Naam casus").fill("");
    await dialog.getByRole("button", { name: "Opslaan" }).click();
    await dialog.getByRole("alert").or(dialog.locator("[aria-invalid=true]")).first().waitFor();
    await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toContain("Gezin Koopmans");

    await dialog.getByLabel("Naam casus").fill("Gezin Koopmans (statusproef)");
    await dialog.getByRole("button", { name: "Opslaan" }).click();
    await page.getByRole("heading", { level: 1, name: /Gezin Koopmans \(statusproef\)/ }).waitFor();
    await expect(dialog.isVisible()).resolves.toBe(false);
    await page.getByText("De gegevens van de casus zijn opgeslagen.").waitFor();
    await page.context().close();
  });

  it("the school sees the status block without anything outside its consent", async () => {
    const page = await signInAs(browser.browser, /Ahmed Bouzid/);
    const status = await openStatus(page);
    const text = await status.innerText();
    const visible = new Set(schoolActions.map((a) => a.title));
    const hidden = directorActions.filter((a) => a.title && !visible.has(a.title));
    expect(hidden.length).toBeGreaterThan(0);
    for (const action of hidden) expect(text).not.toContain(action.title!);
    expect(hidden.map((a) => a.title)).toEqual(expect.arrayContaining([HOUSING_LATE, HOUSING_SOON]));
    expect(text).toContain(SCHOOL_LATE);
    expect(text).toContain("3 dagen te laat");
    await expect(status.getByRole("region", { name: /^Wacht op u \(Lindecollege/ }).count()).resolves.toBe(1);
    await expect(page.getByRole("alert").count()).resolves.toBe(0);
    await expect(page.getByRole("button", { name: "Gegevens wijzigen" }).count()).resolves.toBe(0);
    await expectAccessible(page, "case overview as a partner");
    await page.context().close();
  });

  it("nothing scrolls sideways at 390 px", async () => {
    const page = await signInAs(browser.browser, /Sanne Bakker/, 390);
    await openStatus(page);
    await page.getByRole("table", { name: "Team" }).waitFor();
    await expect(
      page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).resolves.toBe(true);
    await page.context().close();
  });
});
