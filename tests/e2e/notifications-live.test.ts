import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page, Request } from "playwright-core";
import { DEMO } from "@regiehub/db";
import { expectAccessible, launchBrowser, type TestBrowser } from "../support/browser";
import { startTestHub, type TestHub } from "../support/hub";

// Notifications reach the recipient live (issue 14): Sanne Bakker (casusregisseur, wijkteam Noord) has the
// app open on "Meldingen"; the hub's signal sweep raises notifications for her cases (on the demo region as
// seeded, e.g. cases standing still or a regiegesprek due); the header's count and the list go up without a
// reload and well before the header's 30-second fallback poll could have asked.

let hub: TestHub;
let browser: TestBrowser;

/** The number of unread notifications the header shows (0 when it shows none). */
async function unreadInHeader(page: Page): Promise<number> {
  const text = await page.evaluate(
    () => document.querySelector('[data-testid="unread-notifications"]')?.textContent ?? "",
  );
  const match = /(\d+)/.exec(text);
  return match ? Number(match[1]) : 0;
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

beforeAll(async () => {
  // In tests the sweep runs only when called (SIGNAL_SWEEP_SECONDS 0): nothing was raised at start.
  hub = await startTestHub();
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

describe("notifications, live in the header", () => {
  it("the casusregisseur's count goes up without reload when the hub's sweep raises notifications for her", async () => {
    const context = await browser.browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: "nl-NL",
    });
    const page = await context.newPage();
    await page.goto(hub.url);
    await page.getByRole("button", { name: /Sanne Bakker/ }).click();
    await page.getByRole("table", { name: "Casussen" }).waitFor();
    // "Meldingen": a page with no live subscription of its own (the case list and the case pages reload
    // everything they show on their events anyway) — the header follows her cases live on every page.
    await page.goto(`${hub.url}/meldingen`);
    await page.getByRole("heading", { name: "Meldingen", level: 1 }).waitFor();
    await page.waitForFunction(
      () =>
        document.querySelector(".rh-notifications") !== null ||
        document.body.textContent?.includes("U heeft geen meldingen."),
      undefined,
      { timeout: 15_000 },
    );
    const loadedAt = Date.now();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="live-indicator"]')?.textContent?.trim().endsWith("Live"),
      undefined,
      { timeout: 15_000 },
    );
    await markDocument(page);
    const countRequests: number[] = [];
    page.on("request", (r) => {
      if (operationName(r) === "UnreadNotificationCount") countRequests.push(Date.now());
    });
    const before = await unreadInHeader(page);
    const listed = await page.locator(".rh-notifications > li").count();

    const sweptAt = Date.now();
    const sweep = await hub.sweepSignals();
    const forSanne = sweep.raised.filter(
      (r) => r.recipientProfessionalId === DEMO.professionals.casusregisseur,
    );
    expect(forSanne.length).toBeGreaterThan(0);

    await page.waitForFunction(
      (expected) => {
        const text = document.querySelector('[data-testid="unread-notifications"]')?.textContent ?? "";
        return Number(/(\d+)/.exec(text)?.[1] ?? 0) === expected;
      },
      before + forSanne.length,
      { timeout: 10_000 },
    );
    const shownAt = Date.now();
    // Live, not the poll: within seconds of the sweep, long before 30 s after the page loaded.
    expect(shownAt - sweptAt).toBeLessThan(10_000);
    expect(shownAt - loadedAt).toBeLessThan(25_000);
    expect(countRequests.some((at) => at >= sweptAt)).toBe(true);
    await expect(stillSameDocument(page)).resolves.toBe(true);
    await expect(page.getByRole("link", { name: /^Meldingen/ }).innerText()).resolves.toContain(
      `${before + forSanne.length}`,
    );
    // The list below is reloaded too: the new notifications, unread, in Dutch.
    await page.waitForFunction(
      (expected) => document.querySelectorAll(".rh-notifications > li").length === expected,
      listed + forSanne.length,
      { timeout: 5_000 },
    );
    await expect(page.locator(".rh-notification--unread").count()).resolves.toBe(before + forSanne.length);
    await expect(stillSameDocument(page)).resolves.toBe(true);
    await expectAccessible(page, "notifications, updated live");
    await context.close();
  }, 90_000);
});
