import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page, Request } from "playwright-core";
import { DEMO } from "@regiehub/db";
import { expectAccessible, launchBrowser, type TestBrowser } from "../support/browser";
import { gql, signIn, startTestHub, type TestHub } from "../support/hub";
import { casePersons, grant } from "../support/dossier";

// Live collaboration in the browser (issue 5), with three partners of Gezin Koopmans at once: the
// casusregisseur (Sanne Bakker, wijkteam Noord) adds an action on a finances goal for the debt counsellor;
// Bas Meijer (schuldhulp, granted the family's finances) has the action board open and sees the action appear
// without reload; Nicole van den Berg (Lindewonen, on the team without a grant) has it open too and does not.
// And the procesregisseur (Marloes de Wit) sees the escalation of the case change in her case list.

const CASE = DEMO.cases.multiProblem;
const PARTNER = DEMO.organisations.schuldhulp;
const PARTNER_NAME = "Stichting Geldwijs Lindehaven";
const FAMILY_WORDING = "We weten elke maand wat er binnenkomt en wat eruit gaat";
const ACTION_TITLE = "Samen met het gezin een maandbegroting maken";

let hub: TestHub;
let browser: TestBrowser;

async function signInAs(b: Browser, name: RegExp): Promise<Page> {
  const context = await b.newContext({ viewport: { width: 1280, height: 900 }, locale: "nl-NL" });
  const page = await context.newPage();
  await page.goto(hub.url);
  await page.getByRole("button", { name }).click();
  // A procesregisseur's home page is the portfolio, everyone else's the case list.
  await page.getByRole("table", { name: /^(Casussen|Portefeuille)$/ }).waitFor();
  return page;
}

/** The header's connection indicator. */
function indicator(page: Page) {
  return page.getByTestId("live-indicator");
}

async function waitForLive(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('[data-testid="live-indicator"]')?.textContent?.trim().endsWith("Live"),
    undefined,
    { timeout: 15_000 },
  );
}

/** Marks the page's document, so that a reload (which would lose the mark) is noticed. */
async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __noReload?: boolean }).__noReload = true;
  });
}

async function stillSameDocument(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload === true);
}

/** The operation name of a GraphQL request over HTTP. */
function operationName(request: Request): string | undefined {
  if (request.method() !== "POST") return undefined;
  return (request.postDataJSON() as { operationName?: string } | null)?.operationName;
}

const TABLE_OF_LEVEL: Record<number, string> = {
  1: DEMO.escalationTables.wijkteamoverleg,
  2: DEMO.escalationTables.jeugdbeschermingsplein,
  3: DEMO.escalationTables.zorgEnVeiligheidshuis,
};

/** The casusregisseur moves the case up or down the ladder, to the table of `level`. */
async function escalate(level: number, reason: string): Promise<void> {
  const director = await signIn(hub, DEMO.professionals.casusregisseur);
  const current = await gql<{ case: { version: number } }>(
    hub,
    `query($id: ID!) { case(id: $id) { version } }`,
    { id: CASE },
    director,
  );
  const current_ = await gql<{ case: { escalationLevel: number } }>(
    hub,
    `query($id: ID!) { case(id: $id) { escalationLevel } }`,
    { id: CASE },
    director,
  );
  const up = level > current_.data!.case.escalationLevel;
  const escalated = await gql(
    hub,
    up
      ? `mutation($input: EscalateCaseInput!) { escalateCase(input: $input) { escalationLevel } }`
      : `mutation($input: DeescalateCaseInput!) { deescalateCase(input: $input) { escalationLevel } }`,
    { input: { caseId: CASE, version: current.data!.case.version, tableId: TABLE_OF_LEVEL[level], reason } },
    director,
  );
  expect(escalated.errors).toBeUndefined();
}

/** Waits until the case list's row of the case shows `text`. */
async function waitForRow(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    (text) =>
      Array.from(document.querySelectorAll("tr")).some(
        (tr) => tr.textContent?.includes("Gezin Koopmans") && tr.textContent.includes(text),
      ),
    text,
    { timeout: 15_000 },
  );
}

async function openBoard(page: Page): Promise<void> {
  await page.goto(`${hub.url}/casussen/${CASE}/acties`);
  await page.getByRole("heading", { name: "Acties", level: 2 }).waitFor();
  await page.getByText("Er zijn nog geen acties.", { exact: false }).waitFor();
  await waitForLive(page);
  await markDocument(page);
}

beforeAll(async () => {
  hub = await startTestHub();
  // A draft plan with a goal on the family's finances; the debt counsellor may see the family's finances.
  const director = await signIn(hub, DEMO.professionals.casusregisseur);
  const persons = (await casePersons(hub, director, CASE)).map((p) => p.id);
  await grant(hub, director, {
    caseId: CASE,
    granteeOrganisationId: PARTNER,
    subjectPersonIds: persons,
    domains: ["FINANCES"],
    dataClasses: ["GENERAL"],
    purpose: "Schuldhulpverlening aan het gezin",
  });
  const plan = await gql<{ draftPlan: { id: string } }>(
    hub,
    `mutation($input: DraftPlanInput!) { draftPlan(input: $input) { id } }`,
    { input: { caseId: CASE, perspective: "Rust over geld in huis." } },
    director,
  );
  if (!plan.data?.draftPlan) throw new Error(JSON.stringify(plan.errors));
  const goal = await gql<{ addGoal: { id: string } }>(
    hub,
    `mutation($input: AddGoalInput!) { addGoal(input: $input) { id } }`,
    {
      input: {
        planId: plan.data.draftPlan.id,
        domain: "FINANCES",
        subjectPersonIds: persons,
        familyWording: FAMILY_WORDING,
        professionalWording: "Het gezin heeft een sluitende begroting.",
      },
    },
    director,
  );
  if (!goal.data?.addGoal) throw new Error(JSON.stringify(goal.errors));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

describe("live updates in the browser", () => {
  it("an action added by the casusregisseur appears on a granted partner's board without reload, not on another's", async () => {
    // Two partners have the action board open, live.
    const partner = await signInAs(browser.browser, /Bas Meijer/);
    await openBoard(partner);
    await expect(indicator(partner).innerText()).resolves.toContain("Live");
    await expectAccessible(partner, "action board, live, without actions");
    const other = await signInAs(browser.browser, /Nicole van den Berg/);
    await openBoard(other);

    // The casusregisseur adds an action on the goal, for the debt counsellor.
    const director = await signInAs(browser.browser, /Sanne Bakker/);
    await director.goto(`${hub.url}/casussen/${CASE}/plan`);
    const goal = director.getByRole("article", { name: FAMILY_WORDING });
    await goal.waitFor();
    await waitForLive(director);
    await goal.getByRole("button", { name: "Actie toevoegen", exact: true }).first().click();
    const actionForm = director.getByRole("form", { name: "Nieuwe actie" });
    await actionForm.getByLabel("Wat wordt er gedaan").fill(ACTION_TITLE);
    await actionForm.getByLabel("Uitvoerende organisatie").selectOption(PARTNER);
    await actionForm.getByRole("button", { name: "Actie toevoegen" }).click();
    await director.getByText(`De actie voor ${PARTNER_NAME} is toegevoegd.`).waitFor();

    // The granted partner sees it appear, in the same document (no reload).
    const card = partner.getByRole("article", { name: ACTION_TITLE });
    await card.waitFor({ timeout: 15_000 });
    await expect(card.innerText()).resolves.toContain(PARTNER_NAME);
    await expect(card.innerText()).resolves.toContain(FAMILY_WORDING);
    await expect(stillSameDocument(partner)).resolves.toBe(true);
    await expect(indicator(partner).innerText()).resolves.toContain("Live");
    await expectAccessible(partner, "action board after a live update");

    // The partner without a grant does not, also once a live reload would have come through.
    await partner.waitForTimeout(1_500);
    await expect(other.getByRole("article", { name: ACTION_TITLE }).count()).resolves.toBe(0);
    await expect(other.getByText(ACTION_TITLE).count()).resolves.toBe(0);
    await expect(stillSameDocument(other)).resolves.toBe(true);
    await expect(other.getByText("Er zijn nog geen acties.", { exact: false }).isVisible()).resolves.toBe(
      true,
    );

    // And after a reload neither: the board follows the same consent as the live update.
    await other.reload();
    await other.getByRole("heading", { name: "Acties", level: 2 }).waitFor();
    await other.getByText("Er zijn nog geen acties.", { exact: false }).waitFor();
    await expect(other.getByText(ACTION_TITLE).count()).resolves.toBe(0);

    for (const page of [partner, other, director]) await page.context().close();
  });

  it("the procesregisseur's case list follows an escalation without reload", async () => {
    const page = await signInAs(browser.browser, /Marloes de Wit/);
    await page.goto(`${hub.url}/casussen?search=Koopmans`);
    const row = page.getByRole("row", { name: /Gezin Koopmans/ });
    await row.waitFor();
    await waitForLive(page);
    await markDocument(page);
    await expect(row.innerText()).resolves.not.toContain("3 – ");

    await escalate(3, "Zorgen over de veiligheid van de kinderen");

    await waitForRow(page, "3 – ");
    await expect(stillSameDocument(page)).resolves.toBe(true);
    await expect(indicator(page).innerText()).resolves.toContain("Live");
    await expectAccessible(page, "case list after a live update");
    await page.context().close();
  });

  it("a change between loading the case list and subscribing is not missed", async () => {
    const page = await signInAs(browser.browser, /Marloes de Wit/);
    // The page reads `lastEventSeq` before its list; the list's answer is held back until a change has been
    // committed after it was read. The page shows the list from before the change and subscribes after the
    // change — from the `lastEventSeq` it read, so the change is replayed and the list reloaded.
    const seqRead = page.waitForResponse(
      (response) => operationName(response.request()) === "LiveLastEventSeq",
    );
    let held = false;
    await page.route("**/graphql", async (route) => {
      if (held || operationName(route.request()) !== "CaseList") return route.fallback();
      held = true;
      await seqRead;
      const response = await route.fetch();
      await escalate(1, "Terug naar casusregie");
      await route.fulfill({ response });
    });
    await page.goto(`${hub.url}/casussen?search=Koopmans`);
    await page.getByRole("row", { name: /Gezin Koopmans/ }).waitFor();
    await markDocument(page);
    expect(held).toBe(true);

    await waitForRow(page, "1 – Casusregie");
    await expect(stillSameDocument(page)).resolves.toBe(true);
    await expect(indicator(page).innerText()).resolves.toContain("Live");
    await page.context().close();
  });
});
