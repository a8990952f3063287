import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { DEMO } from "@regiehub/db";
import { expectAccessible, launchBrowser, type TestBrowser } from "../support/browser";
import { signIn, startTestHub, type TestHub } from "../support/hub";
import { casePersons, recordObservation } from "../support/dossier";

// A school professional sees only the education items of the child the school is granted — and the
// casusregisseur sees that access in the processing log ("wie heeft dit dossier ingezien").

const CASE = DEMO.cases.multiProblem;
const KIM_EDUCATION = "Kim is sinds september niet op school geweest.";
const DYLAN_EDUCATION = "Dylan volgt onderwijs in de jeugdinrichting.";
const KIM_HEALTH = "Kim is aangemeld bij de jeugd-GGZ.";

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

beforeAll(async () => {
  hub = await startTestHub();
  const director = await signIn(hub, DEMO.professionals.casusregisseur);
  const persons = Object.fromEntries(
    (await casePersons(hub, director, CASE)).map((p) => [p.givenName, p.id]),
  );
  await recordObservation(hub, director, {
    caseId: CASE,
    domain: "EDUCATION",
    dataClass: "GENERAL",
    subjectPersonIds: [persons.Kim!],
    statement: KIM_EDUCATION,
  });
  await recordObservation(hub, director, {
    caseId: CASE,
    domain: "EDUCATION",
    dataClass: "GENERAL",
    subjectPersonIds: [persons.Dylan!],
    statement: DYLAN_EDUCATION,
  });
  await recordObservation(hub, director, {
    caseId: CASE,
    domain: "MENTAL_HEALTH",
    dataClass: "SPECIAL_CATEGORY",
    subjectPersonIds: [persons.Kim!],
    statement: KIM_HEALTH,
  });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

describe("consent in the browser", () => {
  it("the casusregisseur grants the school access to Kim's education", async () => {
    const page = await signInAs(browser.browser, /Sanne Bakker/);
    await page.goto(`${hub.url}/casussen/${CASE}/toestemmingen`);
    await page.getByRole("heading", { name: "Toegang verlenen" }).waitFor();
    await expectAccessible(page, "consent panel");
    await page.getByLabel("Organisatie", { exact: true }).selectOption(DEMO.organisations.secondarySchool);
    await page.getByRole("group", { name: "Over wie" }).getByLabel("Kim Koopmans").check();
    await page.getByRole("group", { name: "Leefgebieden" }).getByLabel("Onderwijs").check();
    await page.getByRole("group", { name: "Gegevenscategorieën" }).getByLabel("Algemeen").check();
    await page.getByLabel("Doel").fill("Afstemming schoolverzuim en terugleiding naar school");
    await page.getByLabel("Rechtsgrond").selectOption("CONSENT");
    await page.getByLabel("Bewijs").fill("Toestemmingsformulier 20-11-2026, getekend door moeder");
    await page.getByRole("button", { name: "Toegang verlenen" }).click();
    await page.getByText("Afstemming schoolverzuim en terugleiding naar school").first().waitFor();
    await page.context().close();
  });

  it("the school sees only Kim's education item; the rest is shielded", async () => {
    const page = await signInAs(browser.browser, /Ahmed Bouzid/);
    await page.goto(`${hub.url}/casussen/${CASE}/dossier`);
    await page.getByRole("heading", { name: new RegExp(`^Feit\\s*:\\s*${KIM_EDUCATION}`) }).waitFor();
    await page.screenshot({ path: "/tmp/school-dossier.png", fullPage: true });
    await expect(page.getByText("Afgeschermd").first().isVisible()).resolves.toBe(true);
    const text = await page.locator("main").innerText();
    expect(text).not.toContain(DYLAN_EDUCATION);
    expect(text).not.toContain(KIM_HEALTH);
    await expectAccessible(page, "dossier as a partner");
    await page.context().close();
  });

  it("the processing log shows the school's access", async () => {
    const page = await signInAs(browser.browser, /Sanne Bakker/);
    await page.goto(`${hub.url}/casussen/${CASE}/verwerkingslog`);
    // One line per request, in words: the school's read of an observation, not its technical field name.
    const log = page.getByRole("list", { name: "Verwerkingslog", exact: true });
    await log.waitFor();
    const schoolRead = log
      .getByRole("listitem")
      .filter({ hasText: "Ahmed Bouzid" })
      .filter({ hasText: "Ingezien" })
      .filter({ hasText: "observatie (waarneming" });
    await schoolRead.first().waitFor();
    await expect(log.innerText()).resolves.not.toContain("Observation.statement");
    await expectAccessible(page, "processing log");
    await page.context().close();
  });
});
