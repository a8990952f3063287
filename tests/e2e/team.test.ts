import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { DEMO } from "@regiehub/db";
import { expectAccessible, launchBrowser, type TestBrowser } from "../support/browser";
import { signIn, startTestHub, type TestHub } from "../support/hub";
import { casePersons, grant } from "../support/dossier";

// The team of Gezin Koopmans in the browser: the school, with consent for Kim's education only, sees who is
// on the team and how they are involved as an organisation, but not why — the roles of the others read "Taak
// niet gedeeld (buiten toestemming)" (the mother's addiction care, Dylan's youth probation). The casusregisseur
// sees every role.

const CASE = DEMO.cases.multiProblem;
const SCHOOL_ROLE = "Zorgcoördinator; terugleiding naar school (Kim)";
const WITHHELD = [
  ["Verslavingszorg Beekdal", "Verslavingsconsulent (moeder)"],
  ["Jeugdbescherming Beekdal-Lindehaven", "Jeugdreclassering (Dylan, in jeugdinrichting)"],
  ["Woonstichting Lindewonen", "Woonconsulent; huurachterstand en dreigende ontruiming"],
] as const;
const NOT_SHARED = "Taak niet gedeeld (buiten toestemming)";

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

async function teamTable(page: Page) {
  await page.goto(`${hub.url}/casussen/${CASE}`);
  const table = page.getByRole("table", { name: "Team" });
  await table.waitFor();
  return table;
}

beforeAll(async () => {
  hub = await startTestHub();
  const director = await signIn(hub, DEMO.professionals.casusregisseur);
  const kim = (await casePersons(hub, director, CASE)).find((p) => p.givenName === "Kim")!.id;
  await grant(hub, director, {
    caseId: CASE,
    granteeOrganisationId: DEMO.organisations.secondarySchool,
    subjectPersonIds: [kim],
    domains: ["EDUCATION"],
    dataClasses: ["GENERAL"],
  });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

describe("the case team in the browser", () => {
  it("the school sees who is on the team, its own role, and not the roles outside its consent", async () => {
    const page = await signInAs(browser.browser, /Ahmed Bouzid/);
    const table = await teamTable(page);
    const row = (organisation: string) => table.getByRole("row").filter({ hasText: organisation });
    await expect(row("Lindecollege (vmbo)").innerText()).resolves.toContain(SCHOOL_ROLE);
    for (const [organisation, role] of WITHHELD) {
      const text = await row(organisation).innerText();
      // Who is involved: the organisation and the named professional.
      expect(text).toContain(organisation);
      expect(text).not.toContain("Geen specifieke professional");
      expect(text).toContain(NOT_SHARED);
      expect(text).not.toContain(role);
    }
    await expect(row("Wijkteam Lindehaven-Noord").innerText()).resolves.toContain("Regievoerend");
    const main = await page.locator("main").innerText();
    for (const [, role] of WITHHELD) expect(main).not.toContain(role);
    expect(main).not.toContain("Niet ingevuld");
    // The withheld field is no error for the page.
    await expect(page.getByRole("alert").count()).resolves.toBe(0);
    expect(main).not.toContain("buiten de toestemming of grondslag");
    await page.screenshot({ path: "/tmp/school-team.png", fullPage: true });
    await expectAccessible(page, "team as a partner");
    await page.context().close();
  });

  it("the casusregisseur sees every role", async () => {
    const page = await signInAs(browser.browser, /Sanne Bakker/);
    const table = await teamTable(page);
    const text = await table.innerText();
    expect(text).toContain(SCHOOL_ROLE);
    for (const [, role] of WITHHELD) expect(text).toContain(role);
    expect(text).not.toContain(NOT_SHARED);
    await expectAccessible(page, "team as the casusregisseur");
    await page.context().close();
  });
});
