import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { launchBrowser, type TestBrowser } from "../support/browser";
import { startTestHub, type TestHub } from "../support/hub";

// What a browser downloads for the first page (issue 16, speed of the page): sign in and land on the case list,
// then count the JavaScript as it came over the wire (compressed by the hub). Charts, forms and the other
// pages come later, each when it is first shown. A size, not a time.

const FIRST_LOAD_JS_LIMIT = 200 * 1024;

let hub: TestHub;
let browser: TestBrowser;
let page: Page;

beforeAll(async () => {
  hub = await startTestHub();
  browser = await launchBrowser();
  const context = await browser.browser.newContext({
    viewport: { width: 390, height: 844 },
    locale: "nl-NL",
  });
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

interface Script {
  name: string;
  transferred: number;
  decoded: number;
}

async function scripts(): Promise<Script[]> {
  return page.evaluate(() =>
    (performance.getEntriesByType("resource") as PerformanceResourceTiming[])
      .filter((e) => e.name.endsWith(".js"))
      .map((e) => ({
        name: new URL(e.name).pathname,
        transferred: e.encodedBodySize,
        decoded: e.decodedBodySize,
      })),
  );
}

describe("the first load", () => {
  it(`carries at most ${FIRST_LOAD_JS_LIMIT / 1024} KB of compressed JavaScript to the case list`, async () => {
    await page.goto(hub.url);
    await page.getByRole("button", { name: /Sanne Bakker/ }).click();
    await page.getByRole("table", { name: "Casussen" }).waitFor();
    const loaded = await scripts();
    const transferred = loaded.reduce((sum, s) => sum + s.transferred, 0);
    const decoded = loaded.reduce((sum, s) => sum + s.decoded, 0);
    console.log(
      `first load (sign-in → case list): ${loaded.length} scripts, ${(transferred / 1024).toFixed(1)} KB compressed, ` +
        `${(decoded / 1024).toFixed(1)} KB uncompressed: ${loaded.map((s) => s.name).join(", ")}`,
    );
    expect(loaded.length).toBeGreaterThan(0);
    // compressed on the wire: far fewer bytes than the scripts hold
    expect(transferred).toBeLessThan(decoded / 2);
    expect(transferred).toBeLessThanOrEqual(FIRST_LOAD_JS_LIMIT);
    // the charts are not part of it
    expect(loaded.some((s) => /Chart|recharts/i.test(s.name))).toBe(false);
  });

  it("loads a page's code when the page is first shown", async () => {
    const before = new Set((await scripts()).map((s) => s.name));
    await page.getByRole("link", { name: /Gezin/ }).first().click();
    await page.getByRole("heading", { level: 1 }).filter({ hasText: /Gezin/ }).waitFor();
    const after = (await scripts()).map((s) => s.name).filter((name) => !before.has(name));
    expect(after.some((name) => name.includes("CaseLayout"))).toBe(true);
  });
});
