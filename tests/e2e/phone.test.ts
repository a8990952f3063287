import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { DEMO } from "@regiehub/db";
import { expectAccessible, launchBrowser, type TestBrowser } from "../support/browser";
import { startTestHub, type TestHub } from "../support/hub";

// On a phone (390 px wide, issue 16): no page scrolls sideways — wide tables scroll inside their own region,
// charts take the width there is —, the case's tabs are one menu button, the header is compact. Each role
// walks the pages it uses.

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

async function phone(name: RegExp): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.browser.newContext({
    viewport: { width: 390, height: 844 },
    locale: "nl-NL",
  });
  const page = await context.newPage();
  await page.goto(hub.url);
  await page.getByRole("button", { name }).click();
  await page.getByTestId("viewer").waitFor();
  return { context, page };
}

/** Opens a path in the app and waits until its main heading is there. */
async function visit(page: Page, path: string): Promise<void> {
  await page.goto(new URL(path, hub.url).href);
  await page.locator("main h1").first().waitFor();
  await page.waitForLoadState("networkidle");
}

async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

const CASE = DEMO.cases.multiProblem;
const CASE_PARTS = [
  "",
  "beeld",
  "analyse",
  "plan",
  "gezinsplan",
  "acties",
  "evaluaties",
  "overleg",
  "verwijzingen",
  "dossier",
];

const FAMILY = DEMO.cases.separatedParents;

/** Every page each role works with (issue 16): at 390 px nothing scrolls sideways and axe finds no violation. */
const ROLE_PAGES: { role: string; who: RegExp; paths: string[] }[] = [
  {
    role: "casusregisseur",
    who: /Sanne Bakker/,
    paths: [
      "/",
      "/casussen",
      "/casussen/nieuw",
      "/acties",
      "/meldingen",
      ...CASE_PARTS.map((p) => `/casussen/${CASE}/${p}`),
      `/casussen/${CASE}/toestemmingen`,
      `/casussen/${CASE}/verwerkingslog`,
      `/casussen/${CASE}/dossier/observatie-vastleggen`,
      `/casussen/${CASE}/dossier/gespreksverslag-vastleggen`,
    ],
  },
  {
    role: "procesregisseur",
    who: /Marloes de Wit/,
    paths: [
      "/portefeuille",
      "/casussen",
      "/meldingen",
      "/tafels",
      `/casussen/${CASE}`,
      `/casussen/${CASE}/beeld`,
    ],
  },
  {
    role: "school professional",
    who: /Petra van Leeuwen/,
    paths: [
      "/casussen",
      "/acties",
      "/meldingen",
      `/casussen/${FAMILY}`,
      `/casussen/${FAMILY}/dossier`,
      `/casussen/${FAMILY}/acties`,
      `/casussen/${FAMILY}/toestemmingen`,
    ],
  },
  { role: "privacy officer", who: /Inge Kuipers/, paths: ["/toezicht", "/noodtoegang", "/meldingen"] },
  { role: "administrator", who: /Thijs van Dam/, paths: ["/koppelingen"] },
];

describe("on a 390 px phone", () => {
  for (const { role, who, paths } of ROLE_PAGES) {
    it(`the ${role}'s pages do not scroll sideways and pass axe`, async () => {
      const { context, page } = await phone(who);
      for (const path of paths) {
        await visit(page, path);
        expect({ path, overflow: await sidewaysOverflow(page) }).toEqual({ path, overflow: 0 });
        await expectAccessible(page, `${path} at 390 px (${role})`);
      }
      await context.close();
      // Up to 17 pages, each loaded to network idle and checked by axe: about 3 s a page on this machine.
    }, 180_000);
  }

  it("the procesregisseur's portfolio with its charts does not scroll sideways", async () => {
    const { context, page } = await phone(/Marloes de Wit/);
    await visit(page, "/portefeuille");
    await page.locator(".rh-chart svg").first().waitFor();
    expect(await sidewaysOverflow(page)).toBe(0);
    const chartWidth = await page
      .locator(".rh-chart")
      .first()
      .evaluate((chart) => chart.getBoundingClientRect().width);
    expect(chartWidth).toBeLessThanOrEqual(390);
    await context.close();
  });

  it("the case's tabs are one menu: it names the current part, opens, navigates and closes", async () => {
    const { context, page } = await phone(/Sanne Bakker/);
    await visit(page, `/casussen/${CASE}`);
    const nav = page.getByRole("navigation", { name: "Onderdelen van de casus" });
    const toggle = nav.getByRole("button", { name: /Overzicht/ });
    await expect(toggle.getAttribute("aria-expanded")).resolves.toBe("false");
    await expect(nav.getByRole("link", { name: "Dossier" }).isVisible()).resolves.toBe(false);
    await toggle.click();
    await expect(toggle.getAttribute("aria-expanded")).resolves.toBe("true");
    await expectAccessible(page, "case page with its menu open, 390 px");
    await nav.getByRole("link", { name: "Dossier" }).click();
    await page.waitForURL(/\/dossier$/);
    // closed again, and naming the part now shown
    await nav.locator('button[aria-expanded="false"]', { hasText: "Dossier" }).waitFor();
    await expect(nav.getByRole("link", { name: "Overzicht" }).isVisible()).resolves.toBe(false);
    // the header is one compact band: brand, menu, and who is signed in on one line
    const header = await page.locator(".rh-header").evaluate((h) => h.getBoundingClientRect().height);
    expect(header).toBeLessThan(160);
    await context.close();
  });

  it("on a desktop the tabs are tabs (no menu button)", async () => {
    const context = await browser.browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: "nl-NL",
    });
    const page = await context.newPage();
    await page.goto(hub.url);
    await page.getByRole("button", { name: /Sanne Bakker/ }).click();
    await page.getByTestId("viewer").waitFor();
    await visit(page, `/casussen/${CASE}`);
    const nav = page.getByRole("navigation", { name: "Onderdelen van de casus" });
    await expect(nav.getByRole("link", { name: "Dossier" }).isVisible()).resolves.toBe(true);
    await expect(nav.getByRole("button").isVisible()).resolves.toBe(false);
    await context.close();
  });
});
