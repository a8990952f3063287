import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO } from "@regiehub/db";
import { expectAccessible, launchBrowser, type TestBrowser } from "../support/browser";
import { casePersons } from "../support/dossier";
import { gql, signIn, startTestHub, type TestHub } from "../support/hub";
import { dutchDaysFromToday } from "../support/dates";

// Regie op regie in the browser: the procesregisseur (Marloes de Wit) opens Gezin Koopmans, sets the case budget
// — below what a referral already commits, so the page says "over budget" in words — and records a
// regiegesprek, which then heads the history. A partner on the team does not see the section at all.

const CASE = DEMO.cases.multiProblem;
const COOPERATION = "Schuldhulp en woningcorporatie stemmen nu wekelijks af";

let hub: TestHub;
let browser: TestBrowser;

beforeAll(async () => {
  hub = await startTestHub();
  // Care already deployed: a running beschikking of € 30.000 counts as committed.
  const sanne = await signIn(hub, DEMO.professionals.casusregisseur);
  const kim = (await casePersons(hub, sanne, CASE)).find((p) => p.givenName === "Kim")!.id;
  const referral = await gql(
    hub,
    `mutation($input: RecordReferralInput!) { recordReferral(input: $input) { id } }`,
    {
      input: {
        caseId: CASE,
        referralKind: "DECISION",
        care: "Ambulante gezinsbegeleiding",
        providerName: "Jeugdhulp Lindehaven",
        startsOn: dutchDaysFromToday(-30),
        endsOn: dutchDaysFromToday(300),
        costCents: 3_000_000,
        subjectPersonIds: [kim],
      },
    },
    sanne,
  );
  expect(referral.errors).toBeUndefined();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

describe("regie op regie in the browser", () => {
  it("lets the procesregisseur set the budget and record a regiegesprek, and shows both", async () => {
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
    const section = page.getByRole("region", { name: "Regie op regie" });
    await section.getByRole("heading", { name: "Budget", exact: true }).waitFor();
    // No regiegesprek yet: the first one is long overdue (the case was opened long ago), said in words.
    await expect(section.getByTestId("next-check-in").innerText()).resolves.toMatch(/te laat/);

    // The budget: € 25.000, less than the € 30.000 committed.
    const budgetForm = section.getByRole("form", { name: "Budget vaststellen" });
    await budgetForm.getByLabel("Bedrag in euro").fill("25.000,00");
    await budgetForm.getByLabel("Reden").fill("Besluit gemeente Lindehaven, maatwerkbudget");
    await budgetForm.getByRole("button", { name: "Budget opslaan" }).click();
    await section.getByText(/Het budget is nu €\s25\.000,00/).waitFor();
    const budget = section.getByTestId("budget");
    await expect.poll(() => budget.innerText()).toMatch(/Bedrag\s+€\s25\.000,00/);
    await expect(budget.innerText()).resolves.toMatch(/Verplicht\s+€\s30\.000,00/);
    await expect(budget.innerText()).resolves.toMatch(/Beschikbaar\s+€\s-5\.000,00 \(over budget\)/);
    await expect(section.getByTestId("over-budget").innerText()).resolves.toMatch(
      /Over budget: er is €\s5\.000,00 meer verplicht en besteed dan het budget/,
    );

    // A regiegesprek, without a date for the next: it comes the interval (6 weeks) later.
    const checkInForm = section.getByRole("form", { name: "Regiegesprek vastleggen" });
    // An empty cooperation is refused at the field, linked to it.
    await checkInForm.getByRole("button", { name: "Regiegesprek vastleggen" }).click();
    const cooperation = checkInForm.getByLabel("Samenwerking");
    await expect.poll(() => cooperation.getAttribute("aria-invalid")).toBe("true");
    await expect(cooperation.getAttribute("aria-describedby")).resolves.toContain(
      "check-in-cooperation-error",
    );
    await cooperation.fill(COOPERATION);
    await checkInForm.getByLabel("Knelpunten (niet verplicht)").fill("Wachtlijst verslavingszorg");
    await checkInForm.getByRole("button", { name: "Regiegesprek vastleggen" }).click();
    await section.getByText("Het regiegesprek is vastgelegd.").waitFor();
    const history = section.getByRole("table", { name: "Regiegesprekken" });
    await expect.poll(() => history.getByRole("row").count()).toBe(2); // the header and the new one
    await expect(history.getByRole("row").nth(1).innerText()).resolves.toContain(COOPERATION);
    await expect.poll(() => section.getByTestId("next-check-in").innerText()).toMatch(/over 42 dagen/);
    await expectAccessible(page, "regie op regie");
    await context.close();
  });

  it("is not shown to a partner on the team", async () => {
    const context = await browser.browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: "nl-NL",
    });
    const page = await context.newPage();
    await page.goto(hub.url);
    await page.getByRole("button", { name: /Ahmed Bouzid/ }).click();
    await page.getByRole("table", { name: "Casussen" }).getByRole("link", { name: "Gezin Koopmans" }).click();
    await page.getByRole("heading", { name: "Gezinsleden" }).waitFor();
    await expect(page.getByRole("heading", { name: "Regie op regie" }).count()).resolves.toBe(0);
    await context.close();
  });
});
