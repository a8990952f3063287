import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { DEMO } from "@regiehub/db";
import { expectAccessible, launchBrowser, type TestBrowser } from "../support/browser";
import { casePersons } from "../support/dossier";
import { gql, signIn, startTestHub, type TestHub } from "../support/hub";
import { dutchToday } from "../support/dates";

// "Meldingen" as a notification centre (issue 16, item 5): Sanne Bakker (casusregisseur of Gezin Koopmans)
// has "Meldingen" open; the wijkagent on the team records acute unsafety through the API; the notification
// appears live under "Vandaag", the badge in the header goes up by one without a reload, marking it read
// takes the badge down by one, "Alles als gelezen markeren" empties it. The live indicator stays on every
// page; axe on the page; nothing scrolls sideways at 390 px.

const P = DEMO.professionals;
const CASE = DEMO.cases.multiProblem;

let hub: TestHub;
let browser: TestBrowser;

/** The number of unread notifications the header's badge shows (0 when it shows none). */
async function badge(page: Page): Promise<number> {
  return page.evaluate(() =>
    Number(document.querySelector('[data-testid="unread-notifications"]')?.getAttribute("data-count") ?? 0),
  );
}

async function waitForBadge(page: Page, expected: number): Promise<void> {
  await page.waitForFunction(
    (n) =>
      Number(
        document.querySelector('[data-testid="unread-notifications"]')?.getAttribute("data-count") ?? 0,
      ) === n,
    expected,
    { timeout: 15_000 },
  );
}

async function waitForLive(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('[data-testid="live-indicator"]')?.textContent?.trim().endsWith("Live"),
    undefined,
    { timeout: 15_000 },
  );
}

async function signInAsSanne(width: number, height: number): Promise<{ page: Page; close(): Promise<void> }> {
  const context = await browser.browser.newContext({ viewport: { width, height }, locale: "nl-NL" });
  const page = await context.newPage();
  await page.goto(hub.url);
  await page.getByRole("button", { name: /Sanne Bakker/ }).click();
  await page.getByRole("link", { name: /^Meldingen/ }).waitFor();
  return { page, close: () => context.close() };
}

/** The wijkagent (police, on the team of Gezin Koopmans) records acute unsafety: it notifies the directors. */
async function recordAcuteUnsafety(): Promise<string> {
  const police = await signIn(hub, P.wijkagent);
  const director = await signIn(hub, P.casusregisseur);
  const child = (await casePersons(hub, director, CASE)).find((p) => p.householdRole === "CHILD");
  expect(child).toBeDefined();
  const res = await gql(
    hub,
    `mutation($input: RecordSafetyAssessmentInput!) { recordSafetyAssessment(input: $input) { id } }`,
    {
      input: {
        caseId: CASE,
        subjectPersonIds: [child!.id],
        score: 1,
        riskLevel: "HIGH",
        acute: true,
        dangerStatements: [
          { danger: "Geweld in huis gemeld", safetyGoal: "Het kind slaapt vannacht veilig" },
        ],
        assessedOn: dutchToday(),
      },
    },
    police,
  );
  expect(res.errors).toBeUndefined();
  return res.data.recordSafetyAssessment.id as string;
}

beforeAll(async () => {
  hub = await startTestHub();
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

describe("Meldingen, the notification centre", () => {
  it("shows a notification raised by an API change live, with the badge up by one; marking read takes it down", async () => {
    const { page, close } = await signInAsSanne(1280, 900);
    await waitForLive(page);
    await page.getByRole("link", { name: /^Meldingen/ }).click();
    await page.getByRole("heading", { name: "Meldingen", level: 1 }).waitFor();
    await page.waitForFunction(
      () =>
        document.querySelector(".rh-notifications") !== null ||
        document.body.textContent?.includes("U heeft geen meldingen."),
    );
    // the live indicator stays on "Meldingen", a page without a live subscription of its own
    await waitForLive(page);
    await page.evaluate(() => {
      (window as unknown as { __noReload?: boolean }).__noReload = true;
    });
    const before = await badge(page);
    const listed = await page.locator(".rh-notifications > li").count();

    await recordAcuteUnsafety();

    await waitForBadge(page, before + 1);
    await page.waitForFunction(
      (n) => document.querySelectorAll(".rh-notifications > li").length === n,
      listed + 1,
    );
    // under "Vandaag", unread, in Dutch, linking to the safety of the case
    const today = page.getByRole("region", { name: "Vandaag" });
    const item = today.locator('.rh-notification--unread[data-kind="ACUTE_SAFETY"]').first();
    await expect(item.innerText()).resolves.toContain("Acute onveiligheid");
    await expect(item.getByRole("link").getAttribute("href")).resolves.toBe(`/casussen/${CASE}/beeld`);
    await expect(
      page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload === true),
    ).resolves.toBe(true);
    await expectAccessible(page, "Meldingen, a notification arrived live");

    // mark this one read: the badge goes down by one
    await item.getByRole("button", { name: /Markeer als gelezen/ }).click();
    await waitForBadge(page, before);
    await expect(page.getByRole("link", { name: /^Meldingen/ }).getAttribute("href")).resolves.toBe(
      "/meldingen",
    );

    // another one arrives; "Alles als gelezen markeren": no badge, and the page says so
    await recordAcuteUnsafety();
    await waitForBadge(page, before + 1);
    await page.getByRole("button", { name: "Alles als gelezen markeren" }).click();
    await waitForBadge(page, 0);
    await page.getByText("Alle meldingen zijn gelezen.").waitFor();
    await expect(page.locator(".rh-notification--unread").count()).resolves.toBe(0);
    await expect(page.locator('[data-testid="unread-notifications"]').count()).resolves.toBe(0);
    await expectAccessible(page, "Meldingen, all read");
    await close();
  }, 120_000);

  it("fits a 390 px phone without sideways scrolling, with the badge and the live indicator", async () => {
    await recordAcuteUnsafety();
    const { page, close } = await signInAsSanne(390, 844);
    await page.goto(`${hub.url}/meldingen`);
    await page.getByRole("heading", { name: "Meldingen", level: 1 }).waitFor();
    await page.locator(".rh-notifications > li").first().waitFor();
    await waitForLive(page);
    await waitForBadge(page, 1);
    await expect(
      page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).resolves.toBe(true);
    await expectAccessible(page, "Meldingen at 390 px");
    await close();
  }, 120_000);
});
