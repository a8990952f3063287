import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { DEMO } from "@regiehub/db";
import { expectAccessible, launchBrowser, type TestBrowser } from "../support/browser";
import { gql, signIn, startTestHub, type TestHub } from "../support/hub";

// The privacy officer (Inge Kuipers, gemeente) signs in and lands on her workplace, not on an empty case list:
// a break-glass access waits for her review; she searches the logs of the cases she supervises by organisation
// and period, pages past 50 lines with "Meer laden", and reads no English word or technical field name; axe
// finds nothing and nothing scrolls sideways on a 390 px phone.

const P = DEMO.professionals;
const CASE = DEMO.cases.multiProblem;

let hub: TestHub;
let browser: TestBrowser;

/** What must never be shown to her: field names, enum values, English words of the log. */
const TECHNICAL =
  /\b[A-Z][A-Za-z]+\.[a-z][A-Za-z]+\b|RH-PA-\d|LEGAL_TASK|SUCCESS|DENIED|FORBIDDEN|CONSENT_REQUIRED|NOT_FOUND|\brefused\b|\bmerged\b|PRIVACY_OFFICER|\bREAD\b/;

async function mainText(page: Page): Promise<string> {
  return page.locator("main").innerText();
}

async function noSidewaysScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

beforeAll(async () => {
  hub = await startTestHub();
  const school = await signIn(hub, P.schoolProfessional);
  const opened = await gql(
    hub,
    `mutation($input: BreakGlassInput!) { breakGlass(input: $input) { id } }`,
    {
      input: {
        caseId: DEMO.cases.separatedParents,
        justification: "Kind meldt vanochtend geweld thuis, acuut gevaar",
      },
    },
    school,
  );
  expect(opened.errors).toBeUndefined();
  const woonconsulent = await signIn(hub, P.woonconsulent);
  const read = `query($id: ID!) { case(id: $id) { title persons { givenName familyName } } }`;
  expect((await gql(hub, read, { id: CASE }, woonconsulent)).errors).toBeUndefined();
  // More than a page of requests by the directing organisation.
  const sanne = await signIn(hub, P.casusregisseur);
  for (let i = 0; i < 55; i++) {
    expect(
      (await gql(hub, `query($id: ID!) { case(id: $id) { title } }`, { id: CASE }, sanne)).errors,
    ).toBeUndefined();
  }
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

describe("the privacy officer's workplace", () => {
  it("shows her tasks, searches the log by organisation and period, pages past 50, all in Dutch", async () => {
    const context = await browser.browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: "nl-NL",
    });
    const page = await context.newPage();
    await page.goto(hub.url);
    await page.getByRole("button", { name: /Inge Kuipers/ }).click();
    await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toBe(
      "Toezicht op de verwerking",
    );
    await expect(mainText(page)).resolves.not.toContain("Er zijn nog geen casussen");
    await expect(page.getByRole("link", { name: "Casussen" }).count()).resolves.toBe(0);

    // Her task: the break-glass access of the school waits for review.
    await page.getByText("1 noodtoegang wacht op uw beoordeling.").waitFor();
    await expect(page.getByRole("link", { name: "Noodtoegang beoordelen" }).count()).resolves.toBeGreaterThan(
      0,
    );

    // The log across the cases she supervises, one line per request.
    const lines = page.getByRole("list", { name: "Verwerkingslog" }).locator(":scope > li");
    await lines.first().waitFor();
    await expectAccessible(page, "privacy officer's workplace");

    // By organisation and period (today).
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
    });
    await page.getByLabel("Organisatie").selectOption({ label: "Woonstichting Lindewonen" });
    await page.getByLabel("Van").fill(today);
    await page.getByLabel("Tot en met").fill(today);
    await page.getByRole("button", { name: "Zoeken" }).click();
    await expect.poll(() => page.locator(".rh-result-count").innerText()).toBe("1 regel getoond");
    const found = await lines.first().innerText();
    expect(found).toContain("Woonstichting Lindewonen");
    expect(found).toContain("Ingezien");
    expect(found).toMatch(/gezinslid \(voornaam, achternaam\)/);
    expect(await mainText(page)).not.toMatch(TECHNICAL);

    // The directing organisation's many requests: 50 lines, then more with "Meer laden".
    await page.getByLabel("Organisatie").selectOption({ label: "Wijkteam Lindehaven-Noord" });
    await page.getByRole("button", { name: "Zoeken" }).click();
    await expect.poll(() => page.locator(".rh-result-count").innerText()).toBe("50 regels getoond");
    await page.getByRole("button", { name: "Meer laden" }).click();
    await expect.poll(async () => lines.count()).toBeGreaterThan(50);
    expect(await mainText(page)).not.toMatch(TECHNICAL);
    await expectAccessible(page, "privacy officer's log search");

    // A search that finds nothing says so.
    await page.getByLabel("Persoon (naam of pseudoniem)").fill("Niemand-bestaat-zo");
    await page.getByRole("button", { name: "Zoeken" }).click();
    await page.getByText("Geen regels gevonden met deze zoekopdracht.").waitFor();
    await context.close();
  });

  it("fits a 390 px phone without sideways scrolling", async () => {
    const context = await browser.browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: "nl-NL",
    });
    const page = await context.newPage();
    await page.goto(hub.url);
    await page.getByRole("button", { name: /Inge Kuipers/ }).click();
    await page.getByRole("list", { name: "Verwerkingslog" }).locator(":scope > li").first().waitFor();
    await page.getByText("1 noodtoegang wacht op uw beoordeling.").waitFor();
    await expect(noSidewaysScroll(page)).resolves.toBe(true);
    await expectAccessible(page, "privacy officer's workplace at 390 px");
    await context.close();
  });
});
