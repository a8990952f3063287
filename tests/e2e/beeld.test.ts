import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { DEMO } from "@regiehub/db";
import { expectAccessible, launchBrowser, type TestBrowser } from "../support/browser";
import { casePersons } from "../support/dossier";
import { gql, signIn, startTestHub, type TestHub } from "../support/hub";
import { dutchDaysFromToday } from "../support/dates";

// Beeld as professionals read it: the casusregisseur of the Koopmans family sees the ZRM overview (domains ×
// dates, each score as number and words), opens the line chart of a domain she chooses (two persons with equal
// scores on separate lines), follows the in-page link to Netwerk and reads the ecogram. The page stays short
// and nothing scrolls sideways on a phone. axe-core on every view.

const CASE = DEMO.cases.multiProblem;

let hub: TestHub;
let browser: TestBrowser;

/** A calendar date `days` before today in the Netherlands, as the server checks "not in the future". */
const daysAgo = (days: number): string => dutchDaysFromToday(-days);

const DATES = [daysAgo(90), daysAgo(45), daysAgo(2)];

async function record(token: string, query: string, input: Record<string, unknown>): Promise<void> {
  const res = await gql(hub, query, { input: { caseId: CASE, ...input } }, token);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
}

const RECORD_ASSESSMENT = `mutation($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id } }`;
const ADD_NETWORK_MEMBER = `mutation($input: AddNetworkMemberInput!) { addNetworkMember(input: $input) { id } }`;

beforeAll(async () => {
  hub = await startTestHub();
  browser = await launchBrowser();
  const token = await signIn(hub, DEMO.professionals.casusregisseur);
  const persons = Object.fromEntries((await casePersons(hub, token, CASE)).map((p) => [p.givenName, p.id]));
  const assess = async (who: string, domain: string, scores: number[]) => {
    for (const [i, score] of scores.entries()) {
      await record(token, RECORD_ASSESSMENT, { personId: persons[who], domain, score, assessedOn: DATES[i] });
    }
  };
  await assess("Linda", "FINANCES", [1, 2, 4]);
  // Two persons with the same scores on the same dates: their lines must not hide each other.
  await assess("Linda", "HOUSING", [3, 3, 3]);
  await assess("Kim", "HOUSING", [3, 3, 3]);
  const member = async (name: string, relation: string, relationshipQuality: string | null) =>
    record(token, ADD_NETWORK_MEMBER, {
      subjectPersonIds: Object.values(persons),
      name,
      relation,
      support: `${name} helpt het gezin.`,
      relationshipQuality,
    });
  await member("Oma Ria", "grootmoeder (moederskant)", "SUPPORTIVE");
  await member("Buurvrouw Els", "buurvrouw", "STRESSFUL");
  await member(
    "Mevrouw Van den Berg-Jansen",
    "trainer van de voetbalclub waar Kim elke woensdag naartoe gaat",
    null,
  );
});
afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

async function openBeeld(width: number, height: number): Promise<Page> {
  const context = await browser.browser.newContext({ viewport: { width, height }, locale: "nl-NL" });
  const page = await context.newPage();
  await page.goto(hub.url);
  await page.getByRole("button", { name: /Sanne Bakker/ }).click();
  await page.getByRole("table", { name: "Casussen" }).waitFor();
  await page.goto(`${hub.url}/casussen/${CASE}/beeld`);
  await page.getByRole("heading", { name: "Zelfredzaamheid", level: 3 }).waitFor();
  return page;
}

describe("Beeld in the browser", () => {
  it("shows the ZRM overview, the chart of a chosen domain and the ecogram, on a page of modest height", async () => {
    const page = await openBeeld(1280, 900);
    const matrix = page.getByRole("table", {
      name: "Overzicht zelfredzaamheid (ZRM) per leefgebied en datum",
    });
    await matrix.waitFor();
    await expect(matrix.getByRole("columnheader").count()).resolves.toBe(1 + DATES.length);
    await expect(matrix.getByRole("rowheader").allInnerTexts()).resolves.toEqual([
      expect.stringMatching(/^Financiën\s+Linda Koopmans$/),
      expect.stringMatching(/^Huisvesting\s+Linda Koopmans$/),
      expect.stringMatching(/^Huisvesting\s+Kim Koopmans$/),
    ]);
    const finances = matrix.getByRole("row").nth(1).getByRole("cell");
    await expect(finances.allInnerTexts()).resolves.toEqual([
      expect.stringMatching(/^1\s+acuut$/),
      expect.stringMatching(/^2\s+niet zelfredzaam$/),
      expect.stringMatching(/^4\s+voldoende zelfredzaam$/),
    ]);
    const colours = await finances.evaluateAll((cells) =>
      cells.map((c) => getComputedStyle(c).backgroundColor),
    );
    expect(new Set(colours).size).toBe(3);

    // At first only the first domain with a trend has its chart; the professional picks another one.
    await page
      .getByRole("region", { name: "Financiën" })
      .getByRole("img", { name: /Lijngrafiek/ })
      .waitFor();
    await expect(page.getByRole("region", { name: "Huisvesting" }).count()).resolves.toBe(0);
    const choice = page.getByRole("group", { name: "Verloop in een grafiek" });
    await choice.getByLabel("Huisvesting").check();
    await choice.getByLabel("Financiën").uncheck();
    await expect(page.getByRole("region", { name: "Financiën" }).count()).resolves.toBe(0);
    const housing = page.getByRole("region", { name: "Huisvesting" });
    const chart = housing.getByRole("img", { name: /Lijngrafiek van de zelfredzaamheid op Huisvesting/ });
    await chart.locator(".recharts-line-curve").nth(1).waitFor({ state: "attached" }); // flat lines have no height
    const paths = await chart
      .locator(".recharts-line-curve")
      .evaluateAll((els) => els.map((e) => e.getAttribute("d")));
    expect(paths).toHaveLength(2);
    expect(paths[0]).not.toBe(paths[1]); // equal scores, yet two separate lines
    await expect(
      housing.getByRole("table", { name: "Scores in tabel: Huisvesting" }).getByRole("row").count(),
    ).resolves.toBe(1 + 6);
    await expectAccessible(page, "Beeld with the ZRM overview and a chosen chart");

    // The in-page navigation leads to Netwerk.
    await page
      .getByRole("navigation", { name: "Op deze pagina" })
      .getByRole("link", { name: "Netwerk" })
      .click();
    await page.waitForURL(/#network-heading$/);
    const heading = page.getByRole("heading", { name: "Netwerk", level: 3 });
    const top = await heading.evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(900);

    const map = page.getByRole("img", { name: /^Netwerkkaart/ });
    const summary = (await map.getAttribute("aria-label")) ?? "";
    expect(summary).toContain("3 netwerkleden");
    expect(summary).toContain("familie: 1, vrienden en buren: 1, school, werk en vrije tijd: 1");
    expect(summary).toContain("Lijnen: steunend: 1, belastend: 1, onbekend: 1.");
    // The stressful line is a zigzag (shape, not colour): a path of many segments; the others are straight.
    const lines = await map
      .locator("g[data-quality] path.rh-network-graph__edge")
      .evaluateAll((paths) =>
        paths.map((p) => [
          p.parentElement!.getAttribute("data-quality"),
          p.getAttribute("d")!.split("L").length - 1,
        ]),
      );
    expect(lines).toHaveLength(3);
    for (const [quality, segments] of lines) {
      if (quality === "STRESSFUL") expect(segments).toBeGreaterThan(5);
      else expect(segments).toBe(1);
    }
    const texts = await map.locator("text").allTextContents();
    expect(texts).toEqual(
      expect.arrayContaining(["Oma Ria", "Buurvrouw Els", "Mevrouw Van de…", "1", "2", "3"]),
    );
    // Every label fits inside its box.
    const overflowing = await map.locator("g[class^='rh-ecogram--']").evaluateAll((groups) =>
      groups.flatMap((g) => {
        const box = g.querySelector("rect")!.getBBox();
        return Array.from(g.querySelectorAll("text"))
          .filter((t) => {
            const b = t.getBBox();
            const right = b.x + b.width;
            const bottom = b.y + b.height;
            return b.x < box.x || right > box.x + box.width || b.y < box.y || bottom > box.y + box.height;
          })
          .map((t) => {
            const b = t.getBBox();
            return `${t.textContent} (${b.x},${b.y} ${b.width}×${b.height} in ${box.x},${box.y} ${box.width}×${box.height})`;
          });
      }),
    );
    expect(overflowing).toEqual([]);
    await expect(
      page.getByRole("list", { name: "Legenda van de netwerkkaart" }).innerText(),
    ).resolves.toMatch(
      /Familie.*Vrienden en buren.*School, werk en vrije tijd.*Steunende relatie.*Belastende relatie.*Relatie onbekend/s,
    );
    const list = page.getByRole("list", { name: "Netwerkleden" });
    await list.getByRole("heading", { name: "3. Mevrouw Van den Berg-Jansen" }).waitFor();
    await expect(list.innerText()).resolves.toContain(
      "trainer van de voetbalclub waar Kim elke woensdag naartoe gaat",
    );
    await expect(list.innerText()).resolves.toMatch(/Soort relatie\s+Belastend/);

    const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(pageHeight).toBeLessThan(4000);
    await page.context().close();
  });

  it("does not scroll sideways at 390 px and stays accessible", async () => {
    const page = await openBeeld(390, 844);
    await page
      .getByRole("table", { name: "Overzicht zelfredzaamheid (ZRM) per leefgebied en datum" })
      .waitFor();
    await page.getByRole("img", { name: /^Netwerkkaart/ }).waitFor();
    await expect(
      page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).resolves.toBe(true);
    await expectAccessible(page, "Beeld on a phone");
    await page.context().close();
  });
});
