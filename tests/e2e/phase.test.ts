import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { DEMO } from "@regiehub/db";
import { calendarDate, dateInWords } from "@regiehub/domain";
import { expectAccessible, launchBrowser, type TestBrowser } from "../support/browser";
import { gql, signIn, startTestHub, type TestHub } from "../support/hub";

// "The phase follows the work" in the browser: Sanne Bakker (casusregisseur) approves the first family plan of
// a case in phase Plan, and the case page says the case is in Uitvoering since today, why and by whom. Marloes
// de Wit (procesregisseur of the case) is offered no plan editing; Lotte Dekker (team member, no director)
// sees since when and by whom, without the reason.

const P = DEMO.professionals;
const TITLE = "Gezin Fasevolger";
const today = calendarDate(new Date());

let hub: TestHub;
let browser: TestBrowser;
let caseId: string;

async function must(token: string, name: string, type: string, input: object, fields = "id version") {
  const res: any = await gql(
    hub,
    `mutation($input: ${type}!) { ${name}(input: $input) { ${fields} } }`,
    {
      input,
    },
    token,
  );
  if (!res.data?.[name]) throw new Error(`${name}: ${JSON.stringify(res.errors)}`);
  return res.data[name];
}

async function signInAs(b: Browser, name: RegExp): Promise<Page> {
  const context = await b.newContext({ viewport: { width: 1280, height: 900 }, locale: "nl-NL" });
  const page = await context.newPage();
  await page.goto(hub.url);
  await page.getByRole("button", { name }).click();
  // A procesregisseur's home page is the portfolio, everyone else's the case list.
  await page.getByRole("table", { name: /^(Casussen|Portefeuille)$/ }).waitFor();
  return page;
}

async function summary(page: Page): Promise<string> {
  await page.goto(`${hub.url}/casussen/${caseId}`);
  const region = page.getByRole("region", { name: "Samenvatting" });
  await region.waitFor();
  return region.innerText();
}

beforeAll(async () => {
  hub = await startTestHub();
  // A case in phase Plan with an agreed first plan, made over the API by its casusregisseur.
  const sanne = await signIn(hub, P.casusregisseur);
  const opened = await must(sanne, "openCase", "OpenCaseInput", {
    title: TITLE,
    municipality: DEMO.municipality,
    procesregisseurId: P.procesregisseur,
  });
  caseId = opened.id;
  const person = await must(sanne, "addPerson", "AddPersonInput", {
    caseId,
    givenName: "Noor",
    familyName: "Fasevolger",
    householdRole: "PARENT",
  });
  let version = (await gql<any>(hub, `query($id: ID!) { case(id: $id) { version } }`, { id: caseId }, sanne))
    .data.case.version;
  for (const to of ["INVENTORY", "ANALYSIS", "PLAN"]) {
    version = (await must(sanne, "moveCasePhase", "MoveCasePhaseInput", { id: caseId, version, to })).version;
  }
  const plan = await must(sanne, "draftPlan", "DraftPlanInput", { caseId });
  await must(sanne, "addGoal", "AddGoalInput", {
    planId: plan.id,
    domain: "HOUSING",
    familyWording: "We willen in ons huis blijven wonen",
    professionalWording: "De huurachterstand is opgelost",
  });
  const draft = (
    await gql<any>(hub, `query($id: ID!) { dossierItem(id: $id) { version } }`, { id: plan.id }, sanne)
  ).data.dossierItem;
  await must(sanne, "agreePlan", "AgreePlanInput", {
    planId: plan.id,
    version: draft.version,
    agreedByPersonIds: [person.id],
    agreedOn: today,
  });
  browser = await launchBrowser();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

describe("the phase follows the work", () => {
  it("the procesregisseur is offered no plan editing", async () => {
    const page = await signInAs(browser.browser, /Marloes de Wit/);
    await page.goto(`${hub.url}/casussen/${caseId}/plan`);
    await page.getByRole("region", { name: /In voorbereiding: versie 1/ }).waitFor();
    for (const name of ["Vaststellen", "Terug naar concept", "Nieuwe versie opstellen", "Doel toevoegen"]) {
      await expect(page.getByRole("button", { name, exact: true }).count()).resolves.toBe(0);
    }
    await expect(page.getByRole("button", { name: "Actie toevoegen", exact: true }).count()).resolves.toBe(0);
    await page.context().close();
  });

  it("approving the first plan moves the case to Uitvoering, and the case page says why", async () => {
    const page = await signInAs(browser.browser, /Sanne Bakker/);
    expect(await summary(page)).toContain(`Plan sinds ${dateInWords(today)} (door Sanne Bakker)`);

    await page.goto(`${hub.url}/casussen/${caseId}/plan`);
    const draft = page.getByRole("region", { name: /In voorbereiding: versie 1/ });
    await draft.getByRole("button", { name: "Vaststellen", exact: true }).click();
    await page
      .getByRole("form", { name: "Plan vaststellen" })
      .getByRole("button", { name: "Versie 1 vaststellen" })
      .click();
    await page.getByText("Versie 1 is vastgesteld en is nu het geldende plan.").waitFor();

    const text = await summary(page);
    expect(text).toContain(
      `Uitvoering sinds ${dateInWords(today)}: Eerste gezinsplan vastgesteld (door Sanne Bakker)`,
    );
    await expect(
      page.getByRole("region", { name: "Samenvatting" }).locator("time").first().getAttribute("datetime"),
    ).resolves.toMatch(/^\d{4}-\d{2}-\d{2}T/);
    await expectAccessible(page, "case overview with the phase reason");
    await page.context().close();
  });

  it("a team member sees since when and by whom, not the director's reason", async () => {
    const page = await signInAs(browser.browser, /Lotte Dekker/);
    const text = await summary(page);
    expect(text).toContain(`Uitvoering sinds ${dateInWords(today)} (door Sanne Bakker)`);
    expect(text).not.toContain("Eerste gezinsplan vastgesteld");
    await page.context().close();
  });
});
