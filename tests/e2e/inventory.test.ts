import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { DEMO } from "@regiehub/db";
import { expectAccessible, launchBrowser, type TestBrowser } from "../support/browser";
import { startTestHub, type TestHub } from "../support/hub";

// Beeld and Analyse in the browser, as the casusregisseur of the Koopmans family: score self-reliance twice
// and see the chart and the table with the trend; record an acute safety assessment and see the banner on top
// of the case; add a network member and see it on the map; record a problem with a fact and an opinion.
// axe-core on every page.

const CASE = DEMO.cases.multiProblem;

let hub: TestHub;
let browser: TestBrowser;
let page: Page;

/** A calendar date `days` before today, as a date input takes it (local time, like the browser). */
function daysAgo(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() - days);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

beforeAll(async () => {
  hub = await startTestHub();
  browser = await launchBrowser();
  const context = await browser.browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: "nl-NL",
  });
  page = await context.newPage();
  await page.goto(hub.url);
  await page.getByRole("button", { name: /Sanne Bakker/ }).click();
  await page.getByRole("table", { name: "Casussen" }).waitFor();
});
afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

async function openBeeld(): Promise<void> {
  await page.goto(`${hub.url}/casussen/${CASE}/beeld`);
  await page.getByRole("heading", { name: "Beeld", level: 2 }).waitFor();
  await page.getByRole("heading", { name: "Zelfredzaamheid", level: 3 }).waitFor();
}

async function scoreSelfReliance(score: string, date: string, explanation: string): Promise<void> {
  await page.getByRole("button", { name: "Zelfredzaamheid scoren" }).click();
  const form = page.getByRole("form", { name: "Zelfredzaamheid scoren" });
  await form.getByLabel("Persoon").selectOption({ label: "Linda Koopmans" });
  await form.getByLabel("Leefgebied").selectOption("FINANCES");
  await form.getByRole("radiogroup", { name: "Score (ZRM)" }).getByLabel(score).check();
  await form.getByLabel("Datum van de inschatting").fill(date);
  await form.getByLabel("Toelichting (niet verplicht)").fill(explanation);
  await form.getByRole("button", { name: "Score vastleggen" }).click();
  await page.getByText("De score van Linda Koopmans op Financiën is vastgelegd.").waitFor();
}

describe("Beeld and Analyse in the browser", () => {
  it("shows field errors when the score form is sent incomplete, and hides Veiligheid from the ZRM domains", async () => {
    await openBeeld();
    await expectAccessible(page, "Beeld without items");
    await page.getByRole("button", { name: "Zelfredzaamheid scoren" }).click();
    const form = page.getByRole("form", { name: "Zelfredzaamheid scoren" });
    const domainOptions = await form.getByLabel("Leefgebied").locator("option").allTextContents();
    expect(domainOptions).toContain("Financiën");
    expect(domainOptions).not.toContain("Veiligheid");
    await form.getByRole("button", { name: "Score vastleggen" }).click();
    await form.getByText("Kies wie u scoort.").waitFor();
    await expect(form.getByLabel("Persoon").getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(form.getByText("Kies een score van 1 tot en met 5.").isVisible()).resolves.toBe(true);
    await expectAccessible(page, "score form with errors");
    await form.getByRole("button", { name: "Annuleren" }).click();
    await expect(page.getByRole("form", { name: "Zelfredzaamheid scoren" }).count()).resolves.toBe(0);
  });

  it("records self-reliance twice and shows the chart, the trend and the table", async () => {
    await openBeeld();
    await scoreSelfReliance("2 – niet zelfredzaam", daysAgo(60), "Huurachterstand loopt op.");
    await scoreSelfReliance(
      "4 – voldoende zelfredzaam",
      daysAgo(1),
      "Budgetbeheer loopt, geen nieuwe schulden.",
    );

    const domain = page.getByRole("region", { name: "Financiën" });
    const table = domain.getByRole("table", { name: "Scores in tabel: Financiën" });
    await table.waitFor();
    const rows = table.getByRole("row");
    await expect(rows.count()).resolves.toBe(3); // header + two scores
    const tableText = await table.innerText();
    expect(tableText).toContain("2 – niet zelfredzaam");
    expect(tableText).toContain("4 – voldoende zelfredzaam");
    expect(tableText).toContain("Budgetbeheer loopt, geen nieuwe schulden.");
    expect(tableText).toContain("Sanne Bakker");

    const chart = domain.getByRole("img", { name: /Lijngrafiek van de zelfredzaamheid op Financiën/ });
    await chart.waitFor();
    const description = (await chart.getAttribute("aria-label")) ?? "";
    expect(description).toContain("Linda Koopmans");
    expect(description).toContain("2 – niet zelfredzaam");
    expect(description).toContain("4 – voldoende zelfredzaam");
    // The line itself is drawn.
    await chart.locator(".recharts-line-curve").first().waitFor();
    await expect(chart.locator(".recharts-cartesian-axis-tick-value").allTextContents()).resolves.toEqual(
      expect.arrayContaining(["1 acuut", "5 volledig zelfredzaam"]),
    );

    const trend = domain.getByRole("list", { name: "Verloop per persoon op Financiën" });
    await expect(trend.innerText()).resolves.toMatch(/Linda Koopmans.*vooruit \(\+2\)/s);
    await expectAccessible(page, "Beeld with self-reliance scores");
  });

  it("records an acute safety assessment and shows the banner on top of the case", async () => {
    await openBeeld();
    await page.getByRole("button", { name: "Veiligheid inschatten" }).click();
    const form = page.getByRole("form", { name: "Veiligheid inschatten" });
    await form.getByRole("group", { name: "Over wie" }).getByLabel("Kim Koopmans").check();
    await form.getByLabel("Veiligheidsscore").selectOption("2");
    await form.getByLabel("Acuut onveilig").check();
    const risk = form.getByRole("radiogroup", { name: "Risiconiveau" });
    await expect(risk.getByLabel("Hoog").isChecked()).resolves.toBe(true);
    await expect(risk.getByLabel("Laag").isDisabled()).resolves.toBe(true);
    const first = form.getByRole("group", { name: "Gevaar 1" });
    await first
      .getByLabel("Gevaar", { exact: true })
      .fill("Moeder is onder invloed als zij alleen voor Kim zorgt.");
    await first.getByLabel("Veiligheidsdoel").fill("Er is altijd een nuchtere volwassene thuis bij Kim.");
    await form.getByRole("button", { name: "Gevaar toevoegen" }).click();
    const second = form.getByRole("group", { name: "Gevaar 2" });
    // Focus moves to the new row.
    await expect(
      second.getByLabel("Gevaar", { exact: true }).evaluate((el) => el === document.activeElement),
    ).resolves.toBe(true);
    await second.getByLabel("Gevaar", { exact: true }).fill("Ruzies met geweld in het bijzijn van Kim.");
    await second.getByLabel("Veiligheidsdoel").fill("Kim kan bij ruzie naar oma; ouders maken een afspraak.");
    await form.getByLabel("Instrument (niet verplicht)").fill("ARIJ");
    await form.getByLabel("Conclusie (niet verplicht)").fill("Kim is thuis op dit moment niet veilig.");
    await form.getByRole("button", { name: "Inschatting vastleggen" }).click();
    await page.getByText(/De veiligheidsinschatting is vastgelegd/).waitFor();

    const card = page.getByRole("article", { name: /Veiligheidsinschatting van/ }).first();
    await card.waitFor();
    const cardText = await card.innerText();
    expect(cardText).toContain("Acuut onveilig");
    expect(cardText).toContain("Risico hoog");
    expect(cardText).toContain("ARIJ");
    expect(cardText).toContain("Sanne Bakker");
    const pairs = card.getByRole("table", { name: "Gevaren en veiligheidsdoelen" });
    await expect(pairs.getByRole("row").count()).resolves.toBe(3);
    await expect(pairs.getByRole("row", { name: /Ruzies met geweld/ }).innerText()).resolves.toContain(
      "Kim kan bij ruzie naar oma",
    );

    const banner = page.getByRole("region", { name: /Acute onveiligheid/ });
    await banner.waitFor();
    await expect(banner.innerText()).resolves.toContain("Kim is thuis op dit moment niet veilig.");
    await expectAccessible(page, "Beeld with an acute safety assessment");

    // On every page of the case.
    await page.goto(`${hub.url}/casussen/${CASE}`);
    await page.getByRole("region", { name: /Acute onveiligheid/ }).waitFor();
    await page.getByRole("link", { name: "Bekijk de veiligheidsinschatting" }).click();
    await page.getByRole("heading", { name: "Veiligheid", level: 3 }).waitFor();
    expect(page.url()).toContain(`/casussen/${CASE}/beeld#safety-heading`);
  });

  it("adds a network member and shows it on the network map", async () => {
    await openBeeld();
    await page.getByRole("button", { name: "Netwerklid toevoegen" }).click();
    const form = page.getByRole("form", { name: "Netwerklid toevoegen" });
    await form.getByLabel("Relatie", { exact: true }).fill("grootmoeder (moederskant)");
    await form
      .getByLabel("Steun", { exact: true })
      .fill("Kim kan bij haar terecht; haalt haar op dinsdag op.");
    // The server's message about a field shows at that field.
    await form.getByLabel("Naam").fill("R".repeat(201));
    await form.getByRole("button", { name: "Netwerklid toevoegen" }).click();
    await form.getByText("Maximaal 200 tekens").waitFor();
    await expect(form.getByLabel("Naam").getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(form.getByRole("alert").count()).resolves.toBe(0);
    await form.getByLabel("Naam").fill("Oma Ria");
    await form.getByRole("button", { name: "Netwerklid toevoegen" }).click();
    await page.getByText("Oma Ria is aan het netwerk toegevoegd.").waitFor();

    const list = page.getByRole("list", { name: "Netwerkleden" });
    await list.getByRole("heading", { name: "Oma Ria" }).waitFor();
    await expect(list.innerText()).resolves.toContain("Kim kan bij haar terecht");
    const map = page.getByRole("img", { name: /^Netwerkkaart/ });
    await expect(map.getAttribute("aria-label")).resolves.toContain("Oma Ria (grootmoeder (moederskant))");
    await expect(map.locator("text").allTextContents()).resolves.toEqual(
      expect.arrayContaining(["Oma Ria", "Gezin", "Linda Koopmans"]),
    );
    // The line to Oma Ria is labelled with the relation (in two lines).
    await expect(map.locator("tspan").allTextContents()).resolves.toEqual(["grootmoeder", "(moederskant)"]);
    await expectAccessible(page, "Beeld with the network map");
  });

  it("records a problem with a fact and an opinion on Analyse", async () => {
    await page.goto(`${hub.url}/casussen/${CASE}/analyse`);
    await page.getByRole("heading", { name: "Analyse", level: 2 }).waitFor();
    await expectAccessible(page, "Analyse without problems");
    await page.getByRole("button", { name: "Probleem vastleggen" }).click();
    const form = page.getByRole("form", { name: "Probleem vastleggen" });
    await form.getByLabel("Leefgebied").selectOption("EDUCATION");
    await expect(form.getByLabel("Gegevenscategorie").inputValue()).resolves.toBe("GENERAL");
    await form.getByRole("group", { name: "Over wie" }).getByLabel("Kim Koopmans").check();
    await form.getByLabel("Probleem", { exact: true }).fill("Kim gaat al maanden niet naar school");
    await form
      .getByLabel("Beschrijving")
      .fill("Kim zit sinds september thuis; de leerplicht is ingeschakeld.");

    await form.getByRole("button", { name: "Oorzaak toevoegen" }).click();
    const cause = form.getByRole("group", { name: "Oorzaak 1" });
    await cause.getByLabel("Oorzaak", { exact: true }).fill("Onrust thuis door de verslaving van moeder");
    await cause.getByLabel("Chronisch").check();
    await form.getByRole("button", { name: "Patroon toevoegen" }).click();
    await form
      .getByRole("group", { name: "Patroon 1" })
      .getByLabel("Patroon", { exact: true })
      .fill("zorgmijding");

    await form.getByRole("button", { name: "Uitspraak toevoegen" }).click();
    const fact = form.getByRole("group", { name: "Uitspraak 1" });
    await fact.getByLabel("Uitspraak", { exact: true }).fill("Kim was dit schooljaar 74 dagen afwezig.");
    await fact.getByRole("radiogroup", { name: "Soort" }).getByLabel("Feit").check();
    await fact.getByLabel("Bron").fill("verzuimregistratie Lindecollege");
    await form.getByRole("button", { name: "Uitspraak toevoegen" }).click();
    const opinion = form.getByRole("group", { name: "Uitspraak 2" });
    await opinion.getByLabel("Uitspraak", { exact: true }).fill("Kim wil wel naar school, maar durft niet.");
    await opinion.getByRole("radiogroup", { name: "Soort" }).getByLabel("Mening").check();
    await opinion.getByLabel("Bron").fill("moeder");
    await form.getByRole("button", { name: "Probleem vastleggen" }).click();
    await page.getByText(/Het probleem ‘Kim gaat al maanden niet naar school’ is vastgelegd/).waitFor();

    const domain = page.getByRole("region", { name: "Onderwijs" });
    const problem = domain.getByRole("article", { name: "Kim gaat al maanden niet naar school" });
    await problem.waitFor();
    const causes = problem.getByRole("region", { name: "Onderliggende oorzaken" });
    await expect(causes.innerText()).resolves.toMatch(
      /Onrust thuis door de verslaving van moeder\s*chronisch/,
    );
    await expect(problem.getByRole("region", { name: "Patronen" }).innerText()).resolves.toContain(
      "zorgmijding",
    );
    const facts = await problem.getByRole("region", { name: "Feiten" }).innerText();
    expect(facts).toContain("Kim was dit schooljaar 74 dagen afwezig.");
    expect(facts).toContain("Bron: verzuimregistratie Lindecollege");
    expect(facts).not.toContain("durft niet");
    const opinions = await problem.getByRole("region", { name: "Meningen" }).innerText();
    expect(opinions).toContain("Kim wil wel naar school, maar durft niet.");
    expect(opinions).toContain("Bron: moeder");
    expect(opinions).not.toContain("74 dagen");
    await expectAccessible(page, "Analyse with a problem");
  });

  it("a partner without a grant sees none of it: no banner, no scores, no network, no problems", async () => {
    const context = await browser.browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: "nl-NL",
    });
    const partner = await context.newPage();
    await partner.goto(hub.url);
    await partner.getByRole("button", { name: /Ahmed Bouzid/ }).click();
    await partner.getByRole("table", { name: "Casussen" }).waitFor();
    await partner.goto(`${hub.url}/casussen/${CASE}/beeld`);
    await partner.getByText("Er zijn nog geen scores die u mag zien.").waitFor();
    await partner.getByText("Er zijn nog geen veiligheidsinschattingen die u mag zien.").waitFor();
    await partner.getByText("Er zijn nog geen netwerkleden die u mag zien.").waitFor();
    await expect(partner.getByRole("region", { name: /Acute onveiligheid/ }).count()).resolves.toBe(0);
    const text = await partner.locator("main").innerText();
    expect(text).not.toContain("Oma Ria");
    expect(text).not.toContain("Linda Koopmans: nu");
    await expectAccessible(partner, "Beeld as a partner");
    await partner.goto(`${hub.url}/casussen/${CASE}/analyse`);
    await partner.getByText("Er zijn nog geen problemen vastgelegd die u mag zien.").waitFor();
    await context.close();
  });
});
