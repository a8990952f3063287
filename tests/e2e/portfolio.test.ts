import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO } from "@regiehub/db";
import { expectAccessible, launchBrowser, type TestBrowser } from "../support/browser";
import { casePersons, planWithOverdueAction } from "../support/dossier";
import { signIn, startTestHub, type TestHub } from "../support/hub";
import { dutchDaysFromToday } from "../support/dates";

// The procesregisseur (Marloes de Wit) signs in and lands on her portfolio: Gezin Koopmans, with an action a
// month overdue, is at the top with the reason in words; filtering on "te laat" keeps only it; the row opens the
// case. No dossier content on the page — the action's title is not shown.

const CASE = DEMO.cases.multiProblem;
const ACTION_TITLE = "Gesprek met de leerplichtambtenaar plannen";

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
    title: ACTION_TITLE,
    daysAgo: 30,
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

describe("the portfolio in the browser", () => {
  it("shows the procesregisseur her most urgent case first with its reasons, filters and opens it", async () => {
    const context = await browser.browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: "nl-NL",
    });
    const page = await context.newPage();
    await page.goto(hub.url);
    await page.getByRole("button", { name: /Marloes de Wit/ }).click();
    const table = page.getByRole("table", { name: "Portefeuille" });
    await table.waitFor();
    await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toBe("Portefeuille");
    const rows = table.getByRole("row");
    // The most urgent case comes first, with the reasons for its place in words.
    await expect(rows.nth(1).getByRole("listitem").count()).resolves.toBeGreaterThan(0);
    const koopmans = table.getByRole("row", { name: /Gezin Koopmans/ });
    await expect(koopmans.innerText()).resolves.toMatch(/1 actie \d+ dagen te laat/);
    await expect(page.content()).resolves.not.toContain(ACTION_TITLE);
    // The chart's figures as a table: Koopmans's phase counts at least one case.
    const phases = page.getByRole("table", { name: "Casussen per fase" });
    await phases.waitFor();
    await expect(phases.getByRole("row").count()).resolves.toBe(9); // the header and eight phases
    await expect(
      page.getByRole("img", { name: /Staafdiagram van de casussen per fase/ }).count(),
    ).resolves.toBe(1);
    await expectAccessible(page, "portfolio");

    // The filter lives in the address: the box is checked once the page follows the new URL.
    await page.getByLabel("Alleen casussen met acties te laat").click();
    await page.waitForURL(/te-laat=ja/);
    await expect.poll(() => page.getByLabel("Alleen casussen met acties te laat").isChecked()).toBe(true);
    await expect.poll(() => rows.count()).toBe(2); // the header and one case
    await expect(page.locator(".rh-result-count").innerText()).resolves.toBe("1 casus");

    // The same list as a file for a spreadsheet.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Exporteren (CSV)" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^portefeuille-.*\.csv$/);
    const csv = readFileSync((await download.path())!, "utf8");
    expect(csv).toMatch(/Kenmerk;Casus;Fase/);
    expect(csv.trimEnd().split("\r\n")).toHaveLength(2); // the header and Gezin Koopmans
    expect(csv).toContain("Gezin Koopmans");

    await table.getByRole("link", { name: "Gezin Koopmans" }).click();
    await page.waitForURL(new RegExp(`/casussen/${CASE}`));
    await page
      .getByRole("heading", { name: /Gezin Koopmans/ })
      .first()
      .waitFor();

    // The case list is still one click away in the menu.
    await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Casussen" }).click();
    await page.getByRole("table", { name: "Casussen" }).waitFor();
    await context.close();
  });

  it("lets the procesregisseur record a doorbraak on a goal, which the portfolio then follows", async () => {
    const context = await browser.browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: "nl-NL",
    });
    const page = await context.newPage();
    await page.goto(hub.url);
    await page.getByRole("button", { name: /Marloes de Wit/ }).click();
    await page
      .getByRole("table", { name: "Portefeuille" })
      .getByRole("link", { name: "Gezin Koopmans" })
      .click();
    await page
      .getByRole("navigation", { name: "Onderdelen van de casus" })
      .getByRole("link", { name: "Plan" })
      .click();
    await page.getByRole("button", { name: "Doorbraak vastleggen" }).first().click();
    const form = page.getByRole("form", { name: "Doorbraak" });
    await form.getByLabel("Wat moet er gebeuren").fill("Terugkeerplan school binnen twee weken");
    await form.getByLabel("Wie voert het uit").selectOption(DEMO.organisations.wijkteamNoord);
    await form.getByLabel("Uiterlijk klaar op").fill(dutchDaysFromToday(14));
    await form.getByLabel("Waarop berust de doorbraak").fill("Mandaat wethouder Jeugd");
    await form.getByLabel("Wie zijn er gehoord").fill("Sanne Bakker\nMoeder");
    await expectAccessible(page, "doorbraak form");
    await form.getByRole("button", { name: "Doorbraak vastleggen" }).click();
    await page.getByText(/De doorbraak is vastgelegd/).waitFor();
    await page.getByText("Doorbraak", { exact: true }).first().waitFor();

    await page
      .getByRole("navigation", { name: "Hoofdmenu" })
      .getByRole("link", { name: "Portefeuille" })
      .click();
    const row = page
      .getByRole("table", { name: "Portefeuille" })
      .getByRole("row", { name: /Gezin Koopmans/ });
    await expect.poll(() => row.innerText()).toContain("doorbraak open");
    await context.close();
  });

  it("is not offered to a partner, whose home page stays the case list", async () => {
    const context = await browser.browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: "nl-NL",
    });
    const page = await context.newPage();
    await page.goto(hub.url);
    await page.getByRole("button", { name: /Petra van Leeuwen/ }).click();
    await page.getByRole("table", { name: "Casussen" }).waitFor();
    await expect(
      page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Portefeuille" }).count(),
    ).resolves.toBe(0);
    await context.close();
  });
});
