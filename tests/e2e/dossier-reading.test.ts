import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { DEMO } from "@regiehub/db";
import { expectAccessible, launchBrowser, type TestBrowser } from "../support/browser";
import { gql, signIn, startTestHub, type TestHub } from "../support/hub";
import { casePersons, grant, planWithOverdueAction, recordObservation } from "../support/dossier";

// Reading the dossier: the school (granted Kim's education) sees its items first, grouped by day, and what
// lies outside its consent as one collapsed line; it filters by domain and searches a word. The
// casusregisseur switches to the plan bookkeeping. Every page passes axe and does not scroll sideways at 390 px.

const CASE = DEMO.cases.multiProblem;
const VISIBLE_1 = "Kim komt vaak te laat door de slechte busverbinding.";
const VISIBLE_2 = "Kim heeft een nieuwe mentor en gaat mee op schoolreis.";
const HIDDEN_HEALTH = "Kim is aangemeld bij de jeugd-GGZ.";
const HIDDEN_DYLAN = "Dylan volgt een zeilkamp-traject in de jeugdinrichting.";
const HIDDEN_HOUSING = "Het gezin heeft een huurachterstand van drie maanden.";
const ACTION = "Gesprek met de mentor over de busverbinding";

let hub: TestHub;
let browser: TestBrowser;

async function signInAs(b: Browser, name: RegExp, width = 1280): Promise<Page> {
  const context = await b.newContext({ viewport: { width, height: 900 }, locale: "nl-NL" });
  const page = await context.newPage();
  await page.goto(hub.url);
  await page.getByRole("button", { name }).click();
  await page.getByRole("table", { name: /^(Casussen|Portefeuille)$/ }).waitFor();
  return page;
}

async function openDossier(page: Page): Promise<void> {
  await page.goto(`${hub.url}/casussen/${CASE}/dossier`);
  await page.getByRole("heading", { name: "Dossier", level: 2 }).waitFor();
  await page.locator(".rh-result-count").filter({ hasText: /item/ }).waitFor();
}

async function noSidewaysScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

const redactedLine = (page: Page) => page.locator("details.rh-redacted-line");

beforeAll(async () => {
  hub = await startTestHub();
  const director = await signIn(hub, DEMO.professionals.casusregisseur);
  const persons = Object.fromEntries(
    (await casePersons(hub, director, CASE)).map((p) => [p.givenName, p.id]),
  );
  const observe = (domain: string, dataClass: string, who: string, statement: string) =>
    recordObservation(hub, director, {
      caseId: CASE,
      domain,
      dataClass,
      subjectPersonIds: [persons[who]!],
      statement,
    });
  await observe("EDUCATION", "GENERAL", "Kim", VISIBLE_1);
  await observe("MENTAL_HEALTH", "SPECIAL_CATEGORY", "Kim", HIDDEN_HEALTH);
  await observe("EDUCATION", "GENERAL", "Dylan", HIDDEN_DYLAN);
  await observe("HOUSING", "GENERAL", "Linda", HIDDEN_HOUSING);
  await observe("EDUCATION", "GENERAL", "Kim", VISIBLE_2);
  const me: any = await gql(hub, `{ me { organisation { id } } }`, {}, director);
  await planWithOverdueAction(hub, director, {
    caseId: CASE,
    personId: persons.Kim!,
    ownerOrganisationId: me.data.me.organisation.id,
    title: ACTION,
    daysAgo: 2,
  });
  await grant(hub, director, {
    caseId: CASE,
    granteeOrganisationId: DEMO.organisations.secondarySchool,
    subjectPersonIds: [persons.Kim],
    domains: ["EDUCATION"],
    dataClasses: ["GENERAL"],
  });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

describe("reading the dossier", () => {
  it("the school sees its visible items first, by day, and one collapsed line for the rest", async () => {
    const page = await signInAs(browser.browser, /Ahmed Bouzid/);
    await openDossier(page);
    await page.getByRole("heading", { name: new RegExp(`^Feit\\s*:\\s*${VISIBLE_2}`) }).waitFor();
    const main = page.locator("main");
    // Dossier content by default: both education observations, not the plan's action.
    const text = await main.innerText();
    expect(text).toContain(VISIBLE_1);
    expect(text).not.toContain(ACTION);
    for (const hidden of [HIDDEN_HEALTH, HIDDEN_DYLAN, HIDDEN_HOUSING]) expect(text).not.toContain(hidden);
    // One heading per day (today).
    await expect(page.locator(".rh-timeline-day__heading").count()).resolves.toBe(1);
    // One collapsed line, after the visible items, with the number of items outside the grant.
    await expect(redactedLine(page).count()).resolves.toBe(1);
    await expect(redactedLine(page).locator("summary").innerText()).resolves.toMatch(
      /^\d+ items? buiten uw toestemming \(afgeschermd\)$/,
    );
    const count = Number((await redactedLine(page).locator("summary").innerText()).split(" ")[0]);
    expect(count).toBeGreaterThanOrEqual(3);
    await expect(redactedLine(page).evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(false);
    const lastItem = await page.locator("article.rh-item").last().boundingBox();
    const line = await redactedLine(page).boundingBox();
    expect(line!.y).toBeGreaterThan(lastItem!.y);
    // No break-glass button in sight until the line is opened; then one secondary action, explained.
    await expect(page.getByRole("button", { name: /Noodtoegang/ }).count()).resolves.toBe(0);
    await expectAccessible(page, "dossier as a partner");
    await redactedLine(page).locator("summary").click();
    await expect(page.getByRole("button", { name: /Noodtoegang/ }).count()).resolves.toBe(1);
    await expect(redactedLine(page).innerText()).resolves.toContain("privacyfunctionaris");
    await expect(redactedLine(page).innerText()).resolves.toContain("Geestelijke gezondheid");
    await expectAccessible(page, "dossier as a partner, the line opened");
    await page.context().close();
  });

  it("the school filters by domain and searches a word", async () => {
    const page = await signInAs(browser.browser, /Ahmed Bouzid/);
    await openDossier(page);
    await page.getByLabel("Leefgebied").selectOption({ label: "Geestelijke gezondheid" });
    await page.getByText("Geen items gevonden met deze zoekterm of dit filter.").waitFor();
    await redactedLine(page)
      .locator("summary")
      .filter({ hasText: /^1 item buiten/ })
      .waitFor();
    await page.getByLabel("Leefgebied").selectOption({ label: "Onderwijs" });
    await page.getByRole("heading", { name: new RegExp(`^Feit\\s*:\\s*${VISIBLE_1}`) }).waitFor();
    expect(page.url()).toContain("leefgebied=EDUCATION");

    await page.getByLabel("Leefgebied").selectOption({ label: "Alle leefgebieden" });
    await page.getByLabel("Zoeken in de inhoud").fill("busverbinding");
    await page.getByRole("button", { name: "Zoeken" }).click();
    await page
      .locator(".rh-result-count")
      .filter({ hasText: /^1 item/ })
      .waitFor();
    await expect(page.locator("article.rh-item").count()).resolves.toBe(1);
    await expect(page.locator("main").innerText()).resolves.toContain(VISIBLE_1);
    // A search looks at content: nothing outside the grant matches, and there is no line to count it.
    await expect(redactedLine(page).count()).resolves.toBe(0);

    await page.getByLabel("Zoeken in de inhoud").fill("zeilkamp");
    await page.getByRole("button", { name: "Zoeken" }).click();
    await page.getByText("Geen items gevonden met deze zoekterm of dit filter.").waitFor();
    await expect(redactedLine(page).count()).resolves.toBe(0);
    await expect(page.locator("main").innerText()).resolves.not.toContain(HIDDEN_DYLAN);

    await page.getByLabel("Zoeken in de inhoud").fill("k");
    await page.getByRole("button", { name: "Zoeken" }).click();
    await page.getByText("Zoek op minstens 2 tekens.").waitFor();
    await expectAccessible(page, "dossier search");
    await page.context().close();
  });

  it("the casusregisseur switches to the plan bookkeeping", async () => {
    const page = await signInAs(browser.browser, /Sanne Bakker/);
    await openDossier(page);
    await page.getByRole("heading", { name: new RegExp(`^Feit\\s*:\\s*${HIDDEN_DYLAN}`) }).waitFor();
    // Nothing lies outside her view: no line.
    await expect(redactedLine(page).count()).resolves.toBe(0);
    // A click, not check(): the choice moves to the address and the list renders again, so the radio that was
    // clicked may be a new element by the time check() looks at its state.
    await page.getByLabel("Plan en voortgang").click();
    await page.getByRole("heading", { name: ACTION }).waitFor();
    await expect(page.getByLabel("Plan en voortgang").isChecked()).resolves.toBe(true);
    const text = await page.locator("main").innerText();
    expect(text).toContain("Gezinsplan versie 1 (concept)");
    expect(text).not.toContain(HIDDEN_DYLAN);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(page.url()).toContain("weergave=plan");
    await expectAccessible(page, "plan bookkeeping in the dossier");
    await page.context().close();
  });

  it("nothing scrolls sideways at 390 px", async () => {
    for (const who of [/Ahmed Bouzid/, /Sanne Bakker/]) {
      const page = await signInAs(browser.browser, who, 390);
      await openDossier(page);
      await page.locator("article.rh-item").first().waitFor();
      expect(await noSidewaysScroll(page)).toBe(true);
      if (await redactedLine(page).count()) {
        await redactedLine(page).locator("summary").click();
        await page.getByRole("button", { name: /Noodtoegang/ }).click();
        await page.getByLabel("Noodtoegang tot").waitFor();
        expect(await noSidewaysScroll(page)).toBe(true);
      }
      await expectAccessible(page, "dossier at 390 px");
      await page.context().close();
    }
  });
});
