import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { DEMO } from "@regiehub/db";
import { expectAccessible, launchBrowser, type TestBrowser } from "../support/browser";
import { gql, signIn, startTestHub, type TestHub } from "../support/hub";

// The walking skeleton through a real browser: sign in, find a case, see its family members, open a case,
// add a family member with a server-side validation message at the field. axe-core on every page.

let hub: TestHub;
let browser: TestBrowser;
let page: Page;
let family: { title: string; reference: string; persons: { fullName: string }[] };

beforeAll(async () => {
  hub = await startTestHub();
  const token = await signIn(hub, DEMO.professionals.casusregisseur);
  const res: any = await gql(
    hub,
    `query($id: ID!) { case(id: $id) { title reference persons { fullName } } }`,
    { id: DEMO.cases.multiProblem },
    token,
  );
  family = res.data.case;
  browser = await launchBrowser();
  const context = await browser.browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: "nl-NL",
  });
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

describe("walking skeleton in the browser", () => {
  it("signs in as a casusregisseur with the picker", async () => {
    await page.goto(hub.url);
    await page.getByRole("heading", { name: /Aanmelden als/ }).waitFor();
    await expectAccessible(page, "sign-in");
    await page.getByRole("button", { name: /Sanne Bakker/ }).click();
    await page.getByRole("table", { name: "Casussen" }).waitFor();
    await expect(page.getByText("Sanne Bakker").first().isVisible()).resolves.toBe(true);
    await expectAccessible(page, "case list");
  });

  it("finds a case by name and sees its family members", async () => {
    await page.getByLabel("Zoek op naam of kenmerk").fill(family.title.replace("Gezin ", ""));
    await page.getByLabel("Zoek op naam of kenmerk").press("Enter");
    const link = page.getByRole("link", { name: new RegExp(family.title) }).first();
    await link.waitFor();
    await link.click();
    await page.getByRole("heading", { level: 1, name: new RegExp(family.title) }).waitFor();
    const members = page.getByRole("table", { name: "Gezinsleden" });
    await members.waitFor();
    for (const person of family.persons) {
      await expect(members.getByText(person.fullName, { exact: true }).count()).resolves.toBeGreaterThan(0);
    }
    await expectAccessible(page, "case page");
  });

  it("opens a new case and adds a family member, showing the server's message at the field", async () => {
    await page.goto(`${hub.url}/casussen/nieuw`);
    await page.getByLabel("Naam casus").fill("Gezin Browsertest");
    await page.getByLabel("Gemeente").fill("Lindehaven");
    await expectAccessible(page, "open-case form");
    await page.getByRole("button", { name: /Casus openen|Openen|Aanmaken/ }).click();
    await page.getByRole("heading", { level: 1, name: /Gezin Browsertest/ }).waitFor();

    // Adding a family member sits behind a button: the overview shows no open form.
    await page.getByRole("button", { name: "Gezinslid toevoegen", expanded: false }).click();
    const form = page.getByRole("form", { name: "Gezinslid toevoegen" });
    await form.getByLabel("Voornaam").fill("Noor");
    await form.getByLabel("Achternaam").fill("Browsertest");
    await form.getByLabel(/BSN/).fill("123456789");
    await form.getByRole("button", { name: "Gezinslid toevoegen" }).click();
    const message = page.getByText("Geen geldig BSN (9 cijfers, elfproef)");
    await message.waitFor();
    await expect(form.getByLabel(/BSN/).getAttribute("aria-invalid")).resolves.toBe("true");
    await expectAccessible(page, "case page with a field error");

    await form.getByLabel(/BSN/).fill("");
    await form.getByRole("button", { name: "Gezinslid toevoegen" }).click();
    await page.getByRole("table", { name: "Gezinsleden" }).getByText("Noor Browsertest").first().waitFor();
  });
});
