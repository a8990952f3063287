import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { DEMO } from "@regiehub/db";
import { expectAccessible, launchBrowser, type TestBrowser } from "../support/browser";
import { startTestHub, type TestHub } from "../support/hub";

// Scenario thinking in the browser (issue 17): on the Plan page the casusregisseur of Gezin Veenstra sets two
// uncertain factors and the four scenarios with their signals, marks a signal observed — the scenario becomes
// the current one, in words — and adjusts the plan: a new draft version that carries the reason. A school
// professional on the team sees no scenarios at all. axe on each view.

const CASE = DEMO.cases.separatedParents;

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
  await page.getByRole("table", { name: "Casussen" }).waitFor();
  return page;
}

describe("scenarios on the plan page", () => {
  it("are set, a signal is observed and the plan is adjusted with the reason", async () => {
    const page = await signInAs(browser.browser, /Youssef El Amrani/);
    await page.goto(`${hub.url}/casussen/${CASE}/plan`);
    const section = page.getByRole("region", { name: "Scenario's" });
    await section.getByText(/Er zijn nog geen scenario's/).waitFor();
    await expectAccessible(page, "plan page without scenarios");

    await section.getByRole("button", { name: "Scenario's opstellen" }).click();
    const form = section.getByRole("form", { name: "Scenario's opstellen" });
    const factor1 = form.getByRole("group", { name: "Onzekere factor 1" });
    await factor1.getByLabel("Vraag").fill("Gaat moeder meewerken?");
    await factor1.getByLabel("Uitkomst 1").fill("Moeder werkt mee");
    await factor1.getByLabel("Uitkomst 2").fill("Moeder werkt niet mee");
    const factor2 = form.getByRole("group", { name: "Onzekere factor 2" });
    await factor2.getByLabel("Vraag").fill("Lukt het de ouders om samen afspraken te maken?");
    await factor2.getByLabel("Uitkomst 1").fill("Afspraken lukken");
    await factor2.getByLabel("Uitkomst 2").fill("Afspraken lukken niet");
    const responses = [
      "Samen optrekken; de casusregisseur blijft aanspreekpunt.",
      "Het plan uitvoeren en over drie maanden evalueren.",
      "Opschalen naar de volgende tafel.",
      "Direct overleg met de procesregisseur.",
    ];
    const groups = form.getByRole("group", { name: /^Scenario: / });
    await expect(groups.count()).resolves.toBe(4);
    for (let i = 0; i < 4; i++) {
      await groups.nth(i).getByLabel("Afgesproken aanpak").fill(responses[i]!);
    }
    await groups
      .nth(1)
      .getByLabel("Signalen")
      .fill("Afspraken worden nagekomen zonder herinnering\nMoeder komt op elk gesprek");
    await expectAccessible(page, "scenario form");
    await form.getByRole("button", { name: "Scenario's opslaan" }).click();
    await section.getByText("De scenario's zijn opgeslagen.").waitFor();

    const quadrant = section.getByRole("table", { name: /Gaat moeder meewerken\? \(rijen\)/ });
    await expect(quadrant.getByRole("columnheader").allInnerTexts()).resolves.toEqual([
      "Afspraken lukken",
      "Afspraken lukken niet",
    ]);
    await expect(quadrant.getByText("Huidig scenario").count()).resolves.toBe(0);
    await expectAccessible(page, "scenario quadrant");

    await quadrant
      .getByRole("button", { name: "Signaal waargenomen: Afspraken worden nagekomen zonder herinnering" })
      .click();
    const current = quadrant.locator("td", { hasText: "Huidig scenario" });
    await current.waitFor();
    await expect(current.getAttribute("data-scenario")).resolves.toBe("0-1");
    await expect(current.innerText()).resolves.toMatch(/waargenomen .* door Youssef El Amrani/);

    await section.getByText(/Past het gezinsplan nog\?/).waitFor();
    await section.getByRole("button", { name: "Plan aanpassen" }).click();
    await section.getByText(/Versie 1 van het plan is gestart als concept, met deze reden\./).waitFor();
    // The plan page now shows the draft version.
    await page
      .getByRole("heading", { name: /In voorbereiding/ })
      .first()
      .waitFor();
    await expectAccessible(page, "plan page after the adjustment");
    await page.context().close();
  }, 120_000);

  it("are not shown to a partner on the team", async () => {
    const page = await signInAs(browser.browser, /Petra van Leeuwen/);
    await page.goto(`${hub.url}/casussen/${CASE}/plan`);
    await page.getByRole("heading", { name: "Gezinsplan", exact: true }).waitFor();
    await page.waitForLoadState("networkidle");
    await expect(page.getByRole("region", { name: "Scenario's" }).count()).resolves.toBe(0);
    await expect(page.getByText("Gaat moeder meewerken?").count()).resolves.toBe(0);
    await page.context().close();
  });
});
