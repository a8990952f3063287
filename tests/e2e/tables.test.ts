import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Locator, Page } from "playwright-core";
import { DEMO } from "@regiehub/db";
import { calendarDate } from "@regiehub/domain";
import { expectAccessible, launchBrowser, type TestBrowser } from "../support/browser";
import { startTestHub, type TestHub } from "../support/hub";

// Table sessions in the browser (issue 17): the procesregisseur Marloes de Wit plans a session of the
// Jeugdbeschermingsplein on "Mijn tafels" and, as a director of Gezin Koopmans, puts the case on its agenda from
// the case overview; Mark Dijkstra (Raad, a member of the table, not on the team) reads the preparation summary;
// the chair Ruud Verhoeven records "Drang"; then Mark sees the outcome and no longer the summary. axe on /tafels.

const CASE = DEMO.cases.multiProblem;
const TABLE = "Jeugdbeschermingsplein Lindehaven";
const QUESTION = "Volstaat vrijwillige hulp, of is drang nodig?";
const SUMMARY = "Moeder werkt wisselend mee; Kim verzuimt; de vraag is of drang nodig is.";
const tomorrow = calendarDate(new Date(Date.now() + 86_400_000));

let hub: TestHub;
let browser: TestBrowser;

beforeAll(async () => {
  hub = await startTestHub();
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

async function signInAs(b: Browser, name: RegExp): Promise<Page> {
  const context = await b.newContext({ viewport: { width: 1280, height: 900 }, locale: "nl-NL" });
  const page = await context.newPage();
  await page.goto(hub.url);
  await page.getByRole("button", { name }).click();
  await page.getByTestId("viewer").waitFor();
  return page;
}

async function openMyTables(page: Page): Promise<void> {
  await page.getByRole("link", { name: "Mijn tafels" }).click();
  await page.getByRole("heading", { name: "Mijn tafels", level: 1 }).waitFor();
  await page.waitForLoadState("networkidle");
}

/** Selects the option whose text contains `text` (labels carry dates and organisations). */
async function selectContaining(select: Locator, text: string): Promise<void> {
  const value = await select.locator("option", { hasText: text }).first().getAttribute("value");
  await select.selectOption(value!);
}

/** The case on the agenda of the planned session, as shown on "Mijn tafels". */
const entryOn = (page: Page) =>
  page
    .getByTestId("table-session")
    .filter({ hasText: TABLE })
    .getByRole("article")
    .filter({ hasText: QUESTION });

describe("a table session", () => {
  it("is planned and gets a case on its agenda from the procesregisseur", async () => {
    const page = await signInAs(browser.browser, /Marloes de Wit/);
    await openMyTables(page);
    await expectAccessible(page, "my tables before planning");
    const plan = page.getByRole("form", { name: "Zitting plannen" });
    await plan.getByLabel("Tafel").selectOption({ label: TABLE });
    await plan.getByLabel("Datum").fill(tomorrow);
    await plan.getByRole("button", { name: "Zitting plannen" }).click();
    await plan.getByText(/De zitting van Jeugdbeschermingsplein Lindehaven op .* is gepland\./).waitFor();
    await page.getByRole("heading", { name: new RegExp(`^${TABLE}, `), level: 2 }).waitFor();

    await page.goto(`${hub.url}/casussen/${CASE}`);
    const section = page.getByRole("region", { name: "Tafels" });
    const form = section.getByRole("form", { name: "Op de agenda van een tafel zetten" });
    await selectContaining(form.getByLabel("Zitting"), TABLE);
    await form.getByLabel("Vraag").fill(QUESTION);
    await form.getByLabel("Voorbereiding voor de tafel").fill(SUMMARY);
    await expect(form.getByLabel("Grondslag").inputValue()).resolves.toBe("LEGAL_TASK");
    await form.getByRole("button", { name: "Op de agenda zetten" }).click();
    await form.getByText("De casus staat op de agenda van de tafel.").waitFor();
    await section.getByTestId("case-agenda-entry").filter({ hasText: QUESTION }).waitFor();
    await expectAccessible(page, "case overview with its table");
    await page.context().close();
  }, 120_000);

  it("shows a member the preparation summary while the case is open", async () => {
    const page = await signInAs(browser.browser, /Mark Dijkstra/);
    await openMyTables(page);
    const entry = entryOn(page);
    await entry.getByText(SUMMARY).waitFor();
    await expect(entry.getByRole("form").count()).resolves.toBe(0);
    await expectAccessible(page, "my tables of a member");
    await page.context().close();
  }, 60_000);

  it("ends in the chair's outcome, after which the member sees the outcome and no longer the summary", async () => {
    const chair = await signInAs(browser.browser, /Ruud Verhoeven/);
    await openMyTables(chair);
    const form = entryOn(chair).getByRole("form", { name: /^Uitkomst vastleggen/ });
    await form.getByRole("radio", { name: "Drang", exact: true }).check();
    await form
      .getByLabel("Besluit")
      .fill("Drang met doelen en monitoring; over drie maanden terug aan tafel.");
    await selectContaining(form.getByLabel("Wie neemt het over"), "Sanne Bakker");
    await expectAccessible(chair, "outcome form");
    await form.getByRole("button", { name: "Uitkomst vastleggen" }).click();
    await entryOn(chair).getByText("Sanne Bakker").waitFor();
    await expect(entryOn(chair).getByRole("form").count()).resolves.toBe(0);
    await chair.context().close();

    const page = await signInAs(browser.browser, /Mark Dijkstra/);
    await openMyTables(page);
    const entry = entryOn(page);
    await entry.getByText("Niet (meer) in te zien").waitFor();
    await expect(entry.getByText("Drang", { exact: true }).count()).resolves.toBe(1);
    await expect(page.getByText(SUMMARY).count()).resolves.toBe(0);
    await expect(page.getByRole("alert").count()).resolves.toBe(0);
    await expectAccessible(page, "my tables after the outcome");
    await page.context().close();
  }, 60_000);
});
