import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { DEMO } from "@regiehub/db";
import { expectAccessible, launchBrowser, type TestBrowser } from "../support/browser";
import { startTestHub, type TestHub } from "../support/hub";
import { dutchToday } from "../support/dates";

// The procesregisseur (Marloes de Wit) filters her portfolio on stalled cases, opens Gezin Koopmans (no approved
// plan after many weeks), escalates it to the Zorg- en Veiligheidshuis with a reason and records the table's
// decision; the timeline on the case page shows both. Her portfolio, open in a second browser context, shows
// the new level without a reload (portfolioEvents).

const CASE = DEMO.cases.multiProblem;

let hub: TestHub;
let browser: TestBrowser;

beforeAll(async () => {
  hub = await startTestHub();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

async function signInAsMarloes(b: Browser): Promise<Page> {
  const context = await b.newContext({ viewport: { width: 1280, height: 900 }, locale: "nl-NL" });
  const page = await context.newPage();
  await page.goto(hub.url);
  await page.getByRole("button", { name: /Marloes de Wit/ }).click();
  await page.getByRole("table", { name: "Portefeuille" }).waitFor();
  return page;
}

describe("the escalation ladder in the browser", () => {
  it("escalates a stalled case to a table from the case page, and the portfolio elsewhere follows live", async () => {
    // A second context: the same portfolio, left open.
    const watcher = await signInAsMarloes(browser.browser);
    const watchedRow = watcher
      .getByRole("table", { name: "Portefeuille" })
      .getByRole("row", { name: /Gezin Koopmans/ });
    await expect(watchedRow.innerText()).resolves.toContain("2 – ");
    await watcher.evaluate(() => ((window as unknown as { rhMark: number }).rhMark = 1));

    const page = await signInAsMarloes(browser.browser);
    await page.getByLabel("Alleen vastgelopen casussen").click();
    await page.waitForURL(/vastgelopen=ja/);
    const row = page
      .getByRole("table", { name: "Portefeuille" })
      .getByRole("row", { name: /Gezin Koopmans/ });
    await expect.poll(() => row.innerText()).toMatch(/geen vastgesteld plan/);
    await row.getByRole("link", { name: "Gezin Koopmans" }).click();
    await page.waitForURL(new RegExp(`/casussen/${CASE}`));

    const section = page.getByRole("region", { name: "Escalatieladder en kader" });
    await section.waitFor();
    await expect(section.innerText()).resolves.toContain("Jeugdbeschermingsplein Lindehaven");
    const timeline = section.getByRole("list", { name: "Tijdlijn" });
    await expect(timeline.getByRole("listitem").count()).resolves.toBe(2); // the seeded climb: 0 → 1 → 2

    // Without a table and a reason nothing is sent; the fields say what is missing.
    const climb = section.getByRole("form", { name: "Op- of afschalen" });
    await climb.getByRole("button", { name: "Vastleggen" }).click();
    await climb.getByText("Kies naar welke tafel de casus gaat.").waitFor();
    await expectAccessible(page, "escalation form with errors");

    await climb
      .getByLabel("Naar tafel")
      .selectOption({ label: "Opschalen naar Zorg- en Veiligheidshuis Lindehaven (niveau 3)" });
    await climb
      .getByLabel("Reden")
      .fill("Politie betrokken na incident thuis; zorg en veiligheid lopen door elkaar.");
    await climb.getByRole("button", { name: "Vastleggen" }).click();
    await section.getByText("De casus is opgeschaald naar Zorg- en Veiligheidshuis Lindehaven.").waitFor();
    await expect.poll(() => timeline.getByRole("listitem").count()).toBe(3);
    await expect(timeline.getByRole("listitem").last().innerText()).resolves.toMatch(
      /Opgeschaald van niveau 2 naar 3: Zorg- en Veiligheidshuis Lindehaven \(door Marloes de Wit\)/,
    );

    // Once the table has met: its decision.
    const decision = section.getByRole("form", { name: /Besluit van Zorg- en Veiligheidshuis/ });
    await decision
      .getByLabel("Besluit", { exact: true })
      .fill("Gezamenlijk plan van aanpak; politie en wijkteam trekken samen op.");
    await decision.getByLabel("Datum van het besluit").fill(dutchToday());
    await decision.getByRole("button", { name: "Besluit vastleggen" }).click();
    await expect
      .poll(() => timeline.getByRole("listitem").last().innerText())
      .toContain("Besluit van de tafel");
    await expectAccessible(page, "case page with the escalation timeline");

    // The portfolio in the other context moved without a reload.
    await expect.poll(() => watchedRow.innerText(), { timeout: 15_000 }).toContain("3 – ");
    await expect(watcher.evaluate(() => (window as unknown as { rhMark?: number }).rhMark)).resolves.toBe(1);
    await page.context().close();
    await watcher.context().close();
  });

  it("shows the ladder but no controls to a partner on the team", async () => {
    const context = await browser.browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: "nl-NL",
    });
    const page = await context.newPage();
    await page.goto(hub.url);
    await page.getByRole("button", { name: /Ahmed Bouzid/ }).click();
    // Signed in once his home page (the case list) is there; then open the case.
    await page.getByRole("table", { name: "Casussen" }).waitFor();
    await page.goto(`${hub.url}/casussen/${CASE}`);
    const section = page.getByRole("region", { name: "Escalatieladder en kader" });
    await section.waitFor();
    await expect(section.getByRole("form").count()).resolves.toBe(0);
    await context.close();
  });
});
