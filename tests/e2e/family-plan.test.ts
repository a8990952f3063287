import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { DEMO } from "@regiehub/db";
import { calendarDate, dateInWords, nextEvaluationDue } from "@regiehub/domain";
import { expectAccessible, launchBrowser, type TestBrowser } from "../support/browser";
import { signIn, startTestHub, type TestHub } from "../support/hub";
import { casePersons, grant } from "../support/dossier";

// The family plan in the browser, as the casusregisseur of Gezin Koopmans (Sanne Bakker, wijkteam Noord, SKJ)
// works with it: draft a plan, add a goal, an action for the debt counsellor (a partner on the team, granted
// the finances of the family), a result; the family agrees, the plan is approved, an evaluation is planned and
// held. Then the family's own version is downloaded as a PDF and its text checked.

const CASE = DEMO.cases.multiProblem;
const PARTNER = DEMO.organisations.schuldhulp;
const PARTNER_NAME = "Stichting Geldwijs Lindehaven";
const PERSPECTIVE = "Over een jaar wonen we nog in ons huis en hebben we rust over geld.";
const FAMILY_WORDING = "We willen geen brieven meer die we niet durven open te maken";
const PROFESSIONAL_WORDING = "De schulden zijn in beeld en er is een betalingsregeling met de schuldeisers.";
const ACTION_TITLE = "Alle schulden op een rij zetten met het gezin";
const EVIDENCE = "Overzicht van twaalf schuldeisers gemaakt met Hans en Linda.";
const CONCLUSIONS = "De betalingsregeling loopt. Volgende stap: budgetbeheer.";

let hub: TestHub;
let browser: TestBrowser;

function inDays(days: number): string {
  return calendarDate(new Date(Date.now() + days * 86_400_000));
}

async function signInAs(b: Browser, name: RegExp): Promise<Page> {
  const context = await b.newContext({
    viewport: { width: 1280, height: 900 },
    locale: "nl-NL",
    acceptDownloads: true,
  });
  const page = await context.newPage();
  await page.goto(hub.url);
  await page.getByRole("button", { name }).click();
  await page.getByRole("table", { name: "Casussen" }).waitFor();
  return page;
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocument({ data: bytes, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(
      content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? " " : "") : "")).join(""),
    );
  }
  return pages.join(" ").replace(/\s+/g, " ");
}

beforeAll(async () => {
  hub = await startTestHub();
  // The debt counsellor may see the family's finances (goal and action are about every family member).
  const director = await signIn(hub, DEMO.professionals.casusregisseur);
  const persons = await casePersons(hub, director, CASE);
  await grant(hub, director, {
    caseId: CASE,
    granteeOrganisationId: PARTNER,
    subjectPersonIds: persons.map((p) => p.id),
    domains: ["FINANCES"],
    dataClasses: ["GENERAL"],
    purpose: "Schuldhulpverlening aan het gezin",
  });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

describe("the family plan in the browser", () => {
  it("the casusregisseur drafts, fills, agrees and approves a plan, and plans and holds an evaluation", async () => {
    const page = await signInAs(browser.browser, /Sanne Bakker/);
    await page.goto(`${hub.url}/casussen/${CASE}/plan`);
    await page.getByRole("heading", { name: "Gezinsplan", exact: true }).waitFor();
    await expect(
      page.getByRole("navigation", { name: "Onderdelen van de casus" }).innerText(),
    ).resolves.toMatch(
      /Overzicht\s+Beeld\s+Analyse\s+Plan\s+Acties\s+Evaluaties\s+Overleg\s+Verwijzingen\s+Dossier\s+Toestemmingen\s+Verwerkingslog/,
    );
    await expectAccessible(page, "plan page without a plan");

    // Draft version 1.
    await page.getByRole("button", { name: "Nieuwe versie opstellen" }).click();
    const draft = page.getByRole("region", { name: /In voorbereiding: versie 1/ });
    await draft.waitFor();
    await expect(draft.getByText("Concept", { exact: true }).first().isVisible()).resolves.toBe(true);

    // Perspective.
    await draft.getByRole("button", { name: "Perspectief wijzigen" }).click();
    await draft.getByLabel("Gewenst perspectief").fill(PERSPECTIVE);
    await draft.getByRole("button", { name: "Perspectief opslaan" }).click();
    await page.getByText("Het perspectief is opgeslagen.").waitFor();
    await expect(draft.locator(".rh-plan__perspective").innerText()).resolves.toBe(PERSPECTIVE);

    // A goal on finances, in the family's words and the professionals'.
    await draft.getByRole("button", { name: "Doel toevoegen", exact: true }).first().click();
    const goalForm = page.getByRole("form", { name: "Nieuw doel" });
    await goalForm.getByLabel("Leefgebied").selectOption("FINANCES");
    await goalForm.getByLabel("Doel in de woorden van het gezin").fill(FAMILY_WORDING);
    await goalForm.getByLabel("Doel in professionele woorden").fill(PROFESSIONAL_WORDING);
    await goalForm.getByRole("radiogroup", { name: "Prioriteit" }).getByLabel("Hoog").check();
    await goalForm.getByLabel("Streefdatum (niet verplicht)").fill(inDays(180));
    await expectAccessible(page, "goal form");
    await goalForm.getByRole("button", { name: "Doel toevoegen" }).click();
    const goal = page.getByRole("article", { name: FAMILY_WORDING });
    await goal.waitFor();
    await expect(goal.innerText()).resolves.toContain(PROFESSIONAL_WORDING);
    await expect(goal.innerText()).resolves.toContain("Prioriteit hoog");
    await expect(page.getByRole("heading", { level: 4, name: /Financiën/ }).isVisible()).resolves.toBe(true);

    // An action for the partner organisation.
    await goal.getByRole("button", { name: "Actie toevoegen", exact: true }).first().click();
    const actionForm = page.getByRole("form", { name: "Nieuwe actie" });
    await actionForm.getByLabel("Wat wordt er gedaan").fill(ACTION_TITLE);
    await actionForm.getByLabel("Uitvoerende organisatie").selectOption(PARTNER);
    await actionForm
      .getByLabel("Uitvoerende professional (niet verplicht)")
      .selectOption({ label: "Bas Meijer" });
    await actionForm.getByLabel("Uiterlijk klaar op (niet verplicht)").fill(inDays(30));
    await actionForm.getByRole("button", { name: "Actie toevoegen" }).click();
    await page.getByText(`De actie voor ${PARTNER_NAME} is toegevoegd.`).waitFor();
    await expect(goal.innerText()).resolves.toContain(ACTION_TITLE);
    await expect(goal.innerText()).resolves.toContain(`${PARTNER_NAME} (Bas Meijer)`);
    await expect(goal.getByText("Open", { exact: true }).isVisible()).resolves.toBe(true);

    // A result against the goal.
    await goal.getByRole("button", { name: "Resultaat vastleggen", exact: true }).first().click();
    const resultForm = page.getByRole("form", { name: "Nieuw resultaat" });
    await resultForm.getByLabel("Score (niet verplicht)").selectOption("4");
    await resultForm.getByLabel("Stand van het doel").selectOption("IMPROVING");
    await resultForm.getByLabel("Onderbouwing").fill(EVIDENCE);
    await resultForm.getByRole("button", { name: "Resultaat vastleggen" }).click();
    await page.getByText("Het resultaat is vastgelegd.").waitFor();
    const goalText = await goal.innerText();
    expect(goalText).toContain("Laatste meting:");
    expect(goalText).toContain("Gaat vooruit");
    expect(goalText).toContain("score 4 van 10");
    expect(goalText).toContain(EVIDENCE);
    await expectAccessible(page, "draft plan with a goal, an action and a result");

    // The family agrees.
    await draft.getByRole("button", { name: "Instemming gezin vastleggen" }).click();
    const agreeForm = page.getByRole("form", { name: "Instemming gezin" });
    await agreeForm.getByLabel("Hans Koopmans").check();
    await agreeForm.getByLabel("Linda Koopmans").check();
    await agreeForm.getByRole("button", { name: "Instemming vastleggen" }).click();
    await page.getByText("De instemming van het gezin met versie 1 is vastgelegd.").waitFor();
    await expect(draft.getByText("Afgesproken met gezin", { exact: true }).first().isVisible()).resolves.toBe(
      true,
    );
    await expect(draft.innerText()).resolves.toContain("door Hans Koopmans en Linda Koopmans");

    // And the plan is approved (vastgesteld).
    await draft.getByRole("button", { name: "Vaststellen", exact: true }).click();
    await page
      .getByRole("form", { name: "Plan vaststellen" })
      .getByRole("button", { name: "Versie 1 vaststellen" })
      .click();
    await page.getByText("Versie 1 is vastgesteld en is nu het geldende plan.").waitFor();
    const current = page.getByRole("region", { name: /Geldend plan: versie 1/ });
    await current.waitFor();
    await expect(current.getByText("Vastgesteld", { exact: true }).first().isVisible()).resolves.toBe(true);
    await expect(page.getByRole("region", { name: /In voorbereiding/ }).count()).resolves.toBe(0);
    await expect(page.getByRole("button", { name: "Nieuwe versie opstellen" }).isVisible()).resolves.toBe(
      true,
    );
    await expectAccessible(page, "approved plan");

    // The action board: the partner's action, and a quick status change.
    await page.goto(`${hub.url}/casussen/${CASE}/acties`);
    const card = page.getByRole("article", { name: ACTION_TITLE });
    await card.waitFor();
    await expect(card.innerText()).resolves.toContain(PARTNER_NAME);
    await expectAccessible(page, "action board");
    // One quick control: saved as soon as another status is chosen.
    await card.getByRole("combobox", { name: /^Status/ }).selectOption("IN_PROGRESS");
    await page.getByText(`‘${ACTION_TITLE}’ staat nu op mee bezig.`).waitFor();
    await expect(
      page
        .getByRole("region", { name: /^Mee bezig/ })
        .getByRole("article", { name: ACTION_TITLE })
        .count(),
    ).resolves.toBe(1);

    // Plan an evaluation (on the date it is due) and hold it.
    await page.goto(`${hub.url}/casussen/${CASE}/evaluaties`);
    const due = nextEvaluationDue(calendarDate(new Date()), 3);
    const schedule = page.getByRole("region", { name: "Volgende evaluatie" });
    await schedule.waitFor();
    await expect(schedule.innerText()).resolves.toContain(dateInWords(due));
    await expectAccessible(page, "evaluations without one planned");
    await page.getByRole("button", { name: "Evaluatie plannen", exact: true }).first().click();
    const scheduleForm = page.getByRole("form", { name: "Evaluatie plannen" });
    await expect(scheduleForm.getByLabel("Datum").inputValue()).resolves.toBe(due);
    await scheduleForm.getByLabel("Wie worden uitgenodigd (niet verplicht)").fill("Hans\nLinda\nBas Meijer");
    await scheduleForm.getByRole("button", { name: "Evaluatie plannen" }).click();
    await page.getByText(`De evaluatie is gepland op ${dateInWords(due)}.`).waitFor();
    const planned = page.getByRole("region", { name: "Gepland", exact: true });
    await expect(planned.innerText()).resolves.toContain(dateInWords(due));

    await planned.getByRole("button", { name: "Evaluatie vastleggen", exact: true }).first().click();
    const holdForm = page.getByRole("form", { name: "Evaluatie vastleggen" });
    await expect(holdForm.getByLabel("Deelnemers").inputValue()).resolves.toBe("Hans\nLinda\nBas Meijer");
    await holdForm.getByLabel("Conclusies").fill(CONCLUSIONS);
    await expectAccessible(page, "hold evaluation form");
    await holdForm.getByRole("button", { name: "Evaluatie vastleggen" }).click();
    await page.getByText("De evaluatie is vastgelegd.").waitFor();
    const held = page.getByRole("region", { name: "Gehouden", exact: true });
    await expect(held.innerText()).resolves.toContain(CONCLUSIONS);
    await expect(held.innerText()).resolves.toContain("Hans, Linda, Bas Meijer");
    await expect(page.getByText("Er is geen evaluatie gepland.").isVisible()).resolves.toBe(true);
    await expectAccessible(page, "evaluations after holding one");
    await page.context().close();
  });

  it("the debt counsellor sees the action under 'Mijn acties' and marks it done", async () => {
    const page = await signInAs(browser.browser, /Bas Meijer/);
    await page.goto(`${hub.url}/casussen/${CASE}/acties`);
    await page.getByRole("radiogroup", { name: "Welke acties" }).getByLabel("Mijn acties").check();
    await expect(page.url()).toContain("acties=mijn");
    const card = page.getByRole("article", { name: ACTION_TITLE });
    await card.waitFor();
    await expect(card.innerText()).resolves.toContain(FAMILY_WORDING);
    await expectAccessible(page, "action board of a partner");
    // One quick control: saved as soon as another status is chosen.
    await card.getByRole("combobox", { name: /^Status/ }).selectOption("DONE");
    await page.getByText(`‘${ACTION_TITLE}’ staat nu op afgerond.`).waitFor();
    await expect(
      page
        .getByRole("region", { name: /^Afgerond/ })
        .getByRole("article", { name: ACTION_TITLE })
        .count(),
    ).resolves.toBe(1);
    await page.context().close();
  });

  it("the family view shows the plan in plain Dutch and downloads it as a PDF with the same text", async () => {
    const page = await signInAs(browser.browser, /Sanne Bakker/);
    await page.goto(`${hub.url}/casussen/${CASE}/gezinsplan`);
    await page.getByRole("heading", { name: "Ons gezinsplan" }).waitFor();
    const view = await page.locator("main").innerText();
    expect(view).toContain("Gezin Koopmans – versie 1");
    expect(view).toContain(`Doel: ${FAMILY_WORDING}`);
    expect(view).toContain(ACTION_TITLE);
    // The evaluation was held today: the next one is due three months from now.
    const next = dateInWords(nextEvaluationDue(calendarDate(new Date()), 3));
    expect(view).toContain(`Dat doen we op ${next}.`);
    await expectAccessible(page, "family view");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download als PDF" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^gezinsplan-.*-v1\.pdf$/);
    const path = await download.path();
    const bytes = new Uint8Array(await readFile(path));
    expect(Buffer.from(bytes.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    const text = await pdfText(bytes);
    expect(text).toContain("Ons gezinsplan");
    expect(text).toContain(FAMILY_WORDING);
    expect(text).toContain(ACTION_TITLE);
    expect(text).toContain(PARTNER_NAME);
    expect(text).toMatch(/Alle schulden op een rij zetten met het gezin.*klaar/);
    expect(text).toContain(`Dat doen we op ${next}.`);
    await page.getByText(`Het gezinsplan is gedownload als ${download.suggestedFilename()}.`).waitFor();
    await page.context().close();
  });
});
