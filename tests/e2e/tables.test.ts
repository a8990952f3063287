import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Locator, Page } from "playwright-core";
import { DEMO } from "@regiehub/db";
import { calendarDate } from "@regiehub/domain";
import { expectAccessible, launchBrowser, type TestBrowser } from "../support/browser";
import { gql, signIn, startTestHub, type TestHub } from "../support/hub";

// Table sessions in the browser (issue 17): the procesregisseur Marloes de Wit plans a session of the
// Jeugdbeschermingsplein on "Mijn tafels" and, as a director of Gezin Koopmans and Gezin Veenstra, puts both
// cases on its agenda from their case overviews; Mark Dijkstra (Raad, a member of the table, not on the team)
// reads the preparation summaries; the chair Ruud Verhoeven runs each case through the phases (question, image
// forming, judgement, decision) and records "Drang" for both — for Veenstra, in the voluntary framework, that
// is the table's framework decision; then Mark sees the outcomes, no longer the summaries, and hears of them
// under "Uitkomsten van tafels" on Meldingen. axe on /tafels.

const CASE = DEMO.cases.multiProblem;
const TABLE = "Jeugdbeschermingsplein Lindehaven";
const QUESTION = "Volstaat vrijwillige hulp, of is drang nodig?";
const SUMMARY = "Moeder werkt wisselend mee; Kim verzuimt; de vraag is of drang nodig is.";
const SECOND = DEMO.cases.separatedParents;
const QUESTION_2 = "Zijn de afspraken over de omgang zonder drang vol te houden?";
const SUMMARY_2 = "Ouders houden zich wisselend aan de omgangsregeling; de kinderen raken klem.";
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

/** A case on the agenda of the planned session, as shown on "Mijn tafels". */
const entryOn = (page: Page, question = QUESTION) =>
  page
    .getByTestId("table-session")
    .filter({ hasText: TABLE })
    .getByRole("article")
    .filter({ hasText: question });

/** Puts a case on the planned session's agenda from its case overview. */
async function putOnAgenda(page: Page, caseId: string, question: string, summary: string): Promise<void> {
  await page.goto(`${hub.url}/casussen/${caseId}`);
  const section = page.getByRole("region", { name: "Tafels" });
  const form = section.getByRole("form", { name: "Op de agenda van een tafel zetten" });
  await selectContaining(form.getByLabel("Zitting"), TABLE);
  await form.getByLabel("Vraag").fill(question);
  await form.getByLabel("Voorbereiding voor de tafel").fill(summary);
  await expect(form.getByLabel("Grondslag").inputValue()).resolves.toBe("LEGAL_TASK");
  await form.getByRole("button", { name: "Op de agenda zetten" }).click();
  await form.getByText("De casus staat op de agenda van de tafel.").waitFor();
  await section.getByTestId("case-agenda-entry").filter({ hasText: question }).waitFor();
}

/** The chair runs a case from its question to the decision phase, then records "Drang". */
async function decideDrang(chair: Page, question: string, decision: string, absent?: string): Promise<void> {
  const entry = entryOn(chair, question);
  await expect(entry.getByRole("form").count()).resolves.toBe(0);
  for (const [button, phase] of [
    ["Naar beeldvorming", "Beeldvorming"],
    ["Naar oordeelsvorming", "Oordeelsvorming"],
    ["Naar besluitvorming", "Besluitvorming"],
  ] as const) {
    await entry.getByRole("button", { name: button }).click();
    await entry.locator('[aria-current="step"]', { hasText: phase }).waitFor();
  }
  const form = entry.getByRole("form", { name: /^Uitkomst vastleggen/ });
  await form.getByRole("radio", { name: "Drang", exact: true }).check();
  await form.getByLabel("Besluit").fill(decision);
  await selectContaining(form.getByLabel("Wie neemt het over"), "Sanne Bakker");
  // Who was there: the whole table at first; one may be left out.
  await expect(form.getByRole("checkbox", { name: /Mark Dijkstra/ }).isChecked()).resolves.toBe(true);
  if (absent) await form.getByRole("checkbox", { name: new RegExp(absent) }).uncheck();
  await form.getByRole("button", { name: "Uitkomst vastleggen" }).click();
  await entry.getByText("Sanne Bakker").waitFor();
  await expect(entry.getByRole("form").count()).resolves.toBe(0);
  const present = entry.getByText(/Ruud Verhoeven, .*Mark Dijkstra/);
  await present.waitFor();
  if (absent) await expect(present.textContent()).resolves.not.toContain(absent);
}

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

    await putOnAgenda(page, CASE, QUESTION, SUMMARY);
    await putOnAgenda(page, SECOND, QUESTION_2, SUMMARY_2);
    await expectAccessible(page, "case overview with its table");
    await page.context().close();
  }, 120_000);

  it("shows a member the preparation summaries while the cases are open", async () => {
    const page = await signInAs(browser.browser, /Mark Dijkstra/);
    await openMyTables(page);
    const entry = entryOn(page);
    await entry.getByText(SUMMARY).waitFor();
    await entryOn(page, QUESTION_2).getByText(SUMMARY_2).waitFor();
    await expect(entry.getByRole("form").count()).resolves.toBe(0);
    await expect(entry.getByRole("button").count()).resolves.toBe(0);

    // The page follows the session: the chair moves the case on (and back), and the member sees it without
    // reloading.
    const ruud = await signIn(hub, DEMO.professionals.procesregisseurRuud);
    const entryId = (await gql(hub, `{ mySessions { agenda { id question } } }`, {}, ruud)).data.mySessions
      .flatMap((x: any) => x.agenda)
      .find((e: any) => e.question === QUESTION).id;
    const moveTo = async (phase: string) =>
      expect(
        (
          await gql(
            hub,
            `mutation($input: MoveAgendaPhaseInput!) { moveAgendaPhase(input: $input) { id } }`,
            { input: { entryId, phase } },
            ruud,
          )
        ).errors,
      ).toBeUndefined();
    await entry.locator('[aria-current="step"]', { hasText: "Vraagstelling" }).waitFor();
    await moveTo("IMAGE_FORMING");
    await entry.locator('[aria-current="step"]', { hasText: "Beeldvorming" }).waitFor({ timeout: 30_000 });
    await moveTo("QUESTION");
    await entry.locator('[aria-current="step"]', { hasText: "Vraagstelling" }).waitFor({ timeout: 30_000 });
    await expectAccessible(page, "my tables of a member");
    await page.context().close();
  }, 60_000);

  it("ends in the chair's outcome, after which the member sees the outcome and no longer the summary", async () => {
    const chair = await signInAs(browser.browser, /Ruud Verhoeven/);
    await openMyTables(chair);
    await expectAccessible(chair, "the chair's session");
    await decideDrang(
      chair,
      QUESTION,
      "Drang met doelen en monitoring; over drie maanden terug aan tafel.",
      "Esther Koster",
    );
    await decideDrang(chair, QUESTION_2, "Drang: de omgangsafspraken met doelen en monitoring vastleggen.");
    // Veenstra was in the voluntary framework: the table's outcome put it in drang.
    await entryOn(chair, QUESTION_2).getByText("Kader nu").waitFor();
    await expect(entryOn(chair).getByText("Kader nu").count()).resolves.toBe(0);
    await chair.context().close();

    const page = await signInAs(browser.browser, /Mark Dijkstra/);
    await openMyTables(page);
    const entry = entryOn(page);
    await entry.getByText("Niet (meer) in te zien").waitFor();
    await expect(entry.getByText("Drang", { exact: true }).count()).resolves.toBe(1);
    await expect(page.getByText(SUMMARY).count()).resolves.toBe(0);
    await expect(page.getByText(SUMMARY_2).count()).resolves.toBe(0);
    await expect(page.getByRole("alert").count()).resolves.toBe(0);
    await expectAccessible(page, "my tables after the outcome");

    // Meldingen: the outcomes of the table for the cases Mark cannot open, the outcome only.
    await page.goto(`${hub.url}/meldingen`);
    const outcomes = page.getByRole("region", { name: "Uitkomsten van tafels" });
    const notices = outcomes.getByTestId("table-outcome-notice");
    await notices.first().waitFor();
    await expect(notices.count()).resolves.toBe(2);
    await expect(outcomes.getByText(SUMMARY_2).count()).resolves.toBe(0);
    await expectAccessible(page, "table outcomes on Meldingen");
    const first = notices.first();
    await first.getByRole("button", { name: /^Markeer als gelezen/ }).click();
    await expect(first.getByRole("button").count()).resolves.toBe(0);
    await page.context().close();
  }, 60_000);
});
