import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { DEMO } from "@regiehub/db";
import { dutchDate } from "@regiehub/domain";
import { expectAccessible, launchBrowser, type TestBrowser } from "../support/browser";
import { gql, signIn, startTestHub, type TestHub } from "../support/hub";
import { casePersons, grant } from "../support/dossier";

// "Mijn acties" in the browser: Ahmed Bouzid (Lindecollege) has his organisation's actions across cases open;
// the casusregisseur of Gezin Veenstra (Youssef El Amrani, another organisation) changes the status of one of
// them through the API, and Ahmed's card is marked and announced without reload — on Mijn acties and on the
// case's Acties board. Ahmed changes a status with the quick control (blocked asks the reason first). axe on
// the page; nothing scrolls sideways at 390 px; the privacy officer has no Mijn acties.

const CASE = DEMO.cases.separatedParents;
const LATE_TITLE = "Gesprek met mentor over verzuim";
const SOON_TITLE = "Rooster van Noor aanpassen";
const inDays = (days: number) => dutchDate(new Date(Date.now() + days * 86_400_000));

let hub: TestHub;
let browser: TestBrowser;
let youssef: string;
const actions: Record<"late" | "soon", { id: string; version: number }> = {} as never;

async function made(token: string, name: string, type: string, input: Record<string, unknown>) {
  const res = await gql<any>(
    hub,
    `mutation($input: ${type}!) { ${name}(input: $input) { id version } }`,
    { input },
    token,
  );
  if (!res.data?.[name]) throw new Error(`${name}: ${JSON.stringify(res.errors)}`);
  return res.data[name] as { id: string; version: number };
}

async function signInAs(b: Browser, name: RegExp, width = 1280): Promise<Page> {
  const context = await b.newContext({ viewport: { width, height: 900 }, locale: "nl-NL" });
  const page = await context.newPage();
  await page.goto(hub.url);
  await page.getByRole("button", { name }).click();
  await page.getByRole("navigation", { name: "Hoofdmenu" }).waitFor();
  return page;
}

async function waitForLive(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('[data-testid="live-indicator"]')?.textContent?.trim().endsWith("Live"),
    undefined,
    { timeout: 15_000 },
  );
}

async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __noReload?: boolean }).__noReload = true;
  });
}

const stillSameDocument = (page: Page) =>
  page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload === true);

/** The casusregisseur (another organisation than the owner) changes an action's status through the API. */
async function partnerChanges(which: "late" | "soon", status: string, reason: string | null = null) {
  const changed = await made(youssef, "changeActionStatus", "ChangeActionStatusInput", {
    actionId: actions[which].id,
    version: actions[which].version,
    status,
    reason,
  });
  actions[which].version = changed.version;
}

beforeAll(async () => {
  hub = await startTestHub();
  youssef = await signIn(hub, DEMO.professionals.casusregisseurYoussef);
  const noor = (await casePersons(hub, youssef, CASE)).find((p) => p.givenName === "Noor")!.id;
  await grant(hub, youssef, {
    caseId: CASE,
    granteeOrganisationId: DEMO.organisations.secondarySchool,
    subjectPersonIds: [noor],
    domains: ["EDUCATION"],
    dataClasses: ["GENERAL"],
  });
  const existing = await gql<any>(
    hub,
    `query($id: ID!) { case(id: $id) { draftPlan { id } } }`,
    { id: CASE },
    youssef,
  );
  const planId =
    existing.data?.case?.draftPlan?.id ??
    (
      await made(youssef, "draftPlan", "DraftPlanInput", {
        caseId: CASE,
        perspective: "Noor gaat weer graag naar school",
      })
    ).id;
  const goal = await made(youssef, "addGoal", "AddGoalInput", {
    planId,
    domain: "EDUCATION",
    dataClass: "GENERAL",
    subjectPersonIds: [noor],
    familyWording: "Noor gaat elke dag naar school",
    professionalWording: "Schoolgang herstellen",
  });
  const owner = { goalId: goal.id, ownerOrganisationId: DEMO.organisations.secondarySchool };
  actions.late = await made(youssef, "addAction", "AddActionInput", {
    ...owner,
    title: LATE_TITLE,
    ownerProfessionalId: DEMO.professionals.secondarySchoolProfessional,
    dueOn: inDays(-2),
  });
  actions.soon = await made(youssef, "addAction", "AddActionInput", {
    ...owner,
    title: SOON_TITLE,
    dueOn: inDays(30),
  });
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

describe("Mijn acties", () => {
  it("marks a partner's status change live, on Mijn acties and on the case's Acties board", async () => {
    const page = await signInAs(browser.browser, /Ahmed Bouzid/);
    await page
      .getByRole("navigation", { name: "Hoofdmenu" })
      .getByRole("link", { name: "Mijn acties" })
      .click();
    await page.getByRole("heading", { name: "Mijn acties", level: 1 }).waitFor();
    const lateGroup = page.getByRole("region", { name: /^Te laat/ });
    await lateGroup.getByRole("article", { name: LATE_TITLE }).waitFor();
    await expect(
      page
        .getByRole("region", { name: /^Later/ })
        .getByRole("article", { name: SOON_TITLE })
        .count(),
    ).resolves.toBe(1);
    await waitForLive(page);
    await markDocument(page);
    await expectAccessible(page, "Mijn acties");

    // The token is kept per tab: the board is a second sign-in.
    const board = await signInAs(browser.browser, /Ahmed Bouzid/);
    await board.goto(`${hub.url}/casussen/${CASE}/acties`);
    await board.getByRole("article", { name: LATE_TITLE }).waitFor();
    await waitForLive(board);
    await markDocument(board);

    await partnerChanges("soon", "IN_PROGRESS");
    const card = page.getByRole("article", { name: SOON_TITLE });
    await card.getByText("Zojuist gewijzigd").waitFor({ timeout: 15_000 });
    await expect(card.innerText()).resolves.toContain("Mee bezig");
    await expect(page.getByTestId("live-announcement").innerText()).resolves.toContain(
      `‘${SOON_TITLE}’ is gewijzigd: nu mee bezig.`,
    );
    await expect(stillSameDocument(page)).resolves.toBe(true);
    await expectAccessible(page, "Mijn acties with a live change");
    // The other card is not marked.
    await expect(
      page.getByRole("article", { name: LATE_TITLE }).getByText("Zojuist gewijzigd").count(),
    ).resolves.toBe(0);

    const boardCard = board.getByRole("article", { name: SOON_TITLE });
    await boardCard.getByText("Zojuist gewijzigd").waitFor({ timeout: 15_000 });
    await expect(stillSameDocument(board)).resolves.toBe(true);
    await expectAccessible(board, "Acties board with a live change");
    await board.context().close();
    await page.context().close();
  });

  it("changes a status with the quick control, asking the reason for blocked", async () => {
    const page = await signInAs(browser.browser, /Ahmed Bouzid/);
    await page.goto(`${hub.url}/acties`);
    const card = page.getByRole("article", { name: LATE_TITLE });
    await card.waitFor();
    await card.getByRole("combobox", { name: /Status/ }).selectOption("BLOCKED");
    await card.getByRole("button", { name: "Opslaan" }).click();
    await card.getByText("Geef de reden.").waitFor();
    await card.getByRole("textbox", { name: /Reden/ }).fill("Mentor is twee weken afwezig");
    await card.getByRole("button", { name: "Opslaan" }).click();
    await page.getByText(`‘${LATE_TITLE}’ staat nu op geblokkeerd.`).waitFor();
    await expect(page.getByRole("article", { name: LATE_TITLE }).innerText()).resolves.toContain(
      "Mentor is twee weken afwezig",
    );
    // Only my own: the action carried by the organisation without a professional is left out.
    await page.getByRole("radio", { name: "Alleen mijn eigen acties" }).check();
    await page.waitForURL(/van=mij/);
    await expect(page.getByRole("article", { name: SOON_TITLE }).count()).resolves.toBe(0);
    await page.getByRole("article", { name: LATE_TITLE }).waitFor();
    await page.context().close();
  });

  it("does not scroll sideways at 390 px", async () => {
    const page = await signInAs(browser.browser, /Ahmed Bouzid/, 390);
    await page.goto(`${hub.url}/acties`);
    await page.getByRole("article", { name: LATE_TITLE }).waitFor();
    await expect(
      page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).resolves.toBe(true);
    await expectAccessible(page, "Mijn acties at 390 px");
    await page.context().close();
  });

  it("is not offered to the privacy officer", async () => {
    const page = await signInAs(browser.browser, /Inge Kuipers/);
    await expect(
      page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Mijn acties" }).count(),
    ).resolves.toBe(0);
    await page.context().close();
  });
});
