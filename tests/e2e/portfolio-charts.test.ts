import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { DEMO, invalidatePortfolioStandings } from "@regiehub/db";
import { expectAccessible, launchBrowser, type TestBrowser } from "../support/browser";
import { casePersons, planWithOverdueAction } from "../support/dossier";
import { signIn, startTestHub, type TestHub } from "../support/hub";

// The procesregisseur opens "Grafieken" on her portfolio: the stalled trend, time in phase, budget use and
// timeliness per chain partner, each a chart with its figures in words and the same figures as a table.

const CASE = DEMO.cases.multiProblem;

let hub: TestHub;
let browser: TestBrowser;

beforeAll(async () => {
  hub = await startTestHub();
  const sanne = await signIn(hub, DEMO.professionals.casusregisseur);
  const kim = (await casePersons(hub, sanne, CASE)).find((p) => p.givenName === "Kim")!.id;
  await planWithOverdueAction(hub, sanne, {
    caseId: CASE,
    personId: kim,
    ownerOrganisationId: DEMO.organisations.wijkteamNoord,
    title: "Gesprek met de leerplichtambtenaar plannen",
    daysAgo: 30,
  });
  await hub.database.db.execute(sql`update cases set budget_cents = 250000 where id = ${CASE}`);
  await invalidatePortfolioStandings(hub.database.db, [CASE]); // written without an event
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

describe("the portfolio charts in the browser", () => {
  it("shows each chart with its figures as a table, on request", async () => {
    const context = await browser.browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: "nl-NL",
    });
    const page = await context.newPage();
    await page.goto(hub.url);
    await page.getByRole("button", { name: /Marloes de Wit/ }).click();
    await page.getByRole("table", { name: "Portefeuille" }).waitFor();
    await page.getByRole("heading", { level: 2, name: "Grafieken" }).waitFor();
    // Folded in until asked for.
    await expect(page.getByRole("table", { name: "Tijd in fase" }).count()).resolves.toBe(0);
    await page.getByText(/^Grafieken tonen/).click();

    const stalled = page.getByRole("table", { name: "Vastgelopen casussen per week" });
    await stalled.waitFor();
    await expect(stalled.getByRole("row").count()).resolves.toBe(27); // the header and 26 weeks
    const phases = page.getByRole("table", { name: "Tijd in fase" });
    await expect(phases.getByRole("row").count()).resolves.toBe(8); // the header and seven open phases

    const budget = page.getByRole("table", { name: "Budgetgebruik per casus" });
    // Gezin Koopmans's budget of € 2.500 (the demo sets none), nothing committed or spent.
    await expect(budget.getByRole("row").filter({ hasText: "2.500,00" }).count()).resolves.toBe(1);

    const partners = page.getByRole("table", { name: "Tijdigheid per ketenpartner" });
    const wijkteam = partners.getByRole("row", { name: /Wijkteam Lindehaven-Noord/ });
    await expect(wijkteam.innerText()).resolves.toMatch(/dagen/);

    for (const name of [
      /^Lijndiagram van het aantal vastgelopen casussen per week/,
      /^Staafdiagram van de tijd in de huidige fase/,
      /^Staafdiagram van het budgetgebruik per casus/,
      /^Staafdiagram van de tijdigheid van acties per ketenpartner\. .*Wijkteam Lindehaven-Noord/,
    ]) {
      await expect(page.getByRole("img", { name }).count(), String(name)).resolves.toBe(1);
    }
    // No dossier content in the charts.
    await expect(page.content()).resolves.not.toContain("leerplichtambtenaar");
    await expectAccessible(page, "portfolio charts");
    await context.close();
  });
});
