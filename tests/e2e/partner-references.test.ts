import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { DEMO } from "@regiehub/db";
import { expectAccessible, launchBrowser, type TestBrowser } from "../support/browser";
import { startTestHub, type TestHub } from "../support/hub";

// A partner's own references in the browser: the school (Ahmed Bouzid, Lindecollege) adds its student number to
// Kim on the case page ("Eigen kenmerken"), finds Gezin Koopmans by it on the case list ("Zoek op eigen
// kenmerk") and removes it again; the directing casusregisseur never sees it.

const CASE = DEMO.cases.multiProblem;
const REFERENCE = "LL-2024-0815";

let hub: TestHub;
let browser: TestBrowser;

async function signInAs(b: Browser, name: RegExp): Promise<Page> {
  const context = await b.newContext({ viewport: { width: 1280, height: 900 }, locale: "nl-NL" });
  const page = await context.newPage();
  await page.goto(hub.url);
  await page.getByRole("button", { name }).click();
  await page.getByRole("table", { name: "Casussen" }).waitFor();
  return page;
}

async function ownReferences(page: Page) {
  await page.goto(`${hub.url}/casussen/${CASE}`);
  const section = page.getByRole("region", { name: "Eigen kenmerken" });
  await section.getByRole("table", { name: "Eigen kenmerken" }).waitFor();
  return section;
}

beforeAll(async () => {
  hub = await startTestHub();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

describe("own references in the browser", () => {
  it("the school attaches its student number to Kim and finds the case by it", async () => {
    const page = await signInAs(browser.browser, /Ahmed Bouzid/);
    const section = await ownReferences(page);
    const kimRow = section.getByRole("row").filter({ hasText: "Kim Koopmans" });
    await expect(kimRow.innerText()).resolves.toContain("Geen");

    // A bad reference first: the message is at the field, nothing is added.
    await section.getByLabel("Gezinslid").selectOption({ label: "Kim Koopmans" });
    await section.getByLabel("Kenmerk", { exact: true }).fill("x".repeat(65));
    await section.getByRole("button", { name: "Kenmerk toevoegen" }).click();
    await section.getByText("Maximaal 64 tekens", { exact: true }).waitFor();
    await expect(kimRow.innerText()).resolves.toContain("Geen");

    await section.getByLabel("Kenmerk", { exact: true }).fill(REFERENCE);
    await section.getByLabel("Omschrijving (niet verplicht)").fill("leerlingnummer");
    await section.getByRole("button", { name: "Kenmerk toevoegen" }).click();
    await section
      .getByText(`Kenmerk ${REFERENCE} (leerlingnummer) is toegevoegd bij Kim Koopmans.`)
      .waitFor();
    await expect(kimRow.innerText()).resolves.toContain(REFERENCE);

    // The same again is refused at the field.
    await section.getByLabel("Gezinslid").selectOption({ label: "Kim Koopmans" });
    await section.getByLabel("Kenmerk", { exact: true }).fill(REFERENCE);
    await section.getByRole("button", { name: "Kenmerk toevoegen" }).click();
    await section.getByText("Dit kenmerk staat al bij dit gezinslid.").waitFor();
    await section.screenshot({ path: "/tmp/own-references.png" });
    await expectAccessible(page, "own references on the case page");

    // Found from the case list by the reference.
    await page.goto(`${hub.url}/casussen`);
    await page.getByRole("table", { name: "Casussen" }).waitFor();
    const search = page.getByRole("search", { name: "Zoek op eigen kenmerk" });
    await search.getByLabel("Eigen kenmerk").fill(` ${REFERENCE} `);
    await search.getByRole("button", { name: "Zoek op kenmerk" }).click();
    const results = page.getByRole("list", { name: "Gevonden met eigen kenmerk" });
    await results.waitFor();
    await expect(results.innerText()).resolves.toContain("Kim Koopmans");
    await page.screenshot({ path: "/tmp/find-by-reference.png" });
    await expectAccessible(page, "case list with a reference found");
    await results.getByRole("link", { name: "Gezin Koopmans" }).click();
    await page.waitForURL(`${hub.url}/casussen/${CASE}`);

    // A reference not attached finds nothing.
    await page.goto(`${hub.url}/casussen`);
    await page.getByRole("table", { name: "Casussen" }).waitFor();
    await search.getByLabel("Eigen kenmerk").fill("LL-0000-0000");
    await search.getByRole("button", { name: "Zoek op kenmerk" }).click();
    await page.getByText("Geen casus gevonden met het eigen kenmerk ‘LL-0000-0000’.").waitFor();
    await page.context().close();
  });

  it("the directing casusregisseur does not see the school's reference", async () => {
    const page = await signInAs(browser.browser, /Sanne Bakker/);
    const section = await ownReferences(page);
    await expect(section.innerText()).resolves.toContain("Wijkteam Lindehaven-Noord");
    const main = await page.locator("main").innerText();
    expect(main).not.toContain(REFERENCE);
    await page.context().close();
  });

  it("the school removes it again", async () => {
    const page = await signInAs(browser.browser, /Ahmed Bouzid/);
    const section = await ownReferences(page);
    await section.getByRole("button", { name: `Verwijderen kenmerk ${REFERENCE} van Kim Koopmans` }).click();
    await section
      .getByText(`Kenmerk ${REFERENCE} (leerlingnummer) is verwijderd bij Kim Koopmans.`)
      .waitFor();
    const kimRow = section.getByRole("row").filter({ hasText: "Kim Koopmans" });
    await expect(kimRow.innerText()).resolves.not.toContain(REFERENCE);
    await page.context().close();
  });
});
