// Screenshots of the web app for the documentation (docs/screenshots/*.png).
//
//   pnpm --filter @regiehub/web build     # the hub serves apps/web/dist
//   pnpm exec tsx scripts/screenshots.ts  # or: pnpm screenshots
//   pnpm exec tsx scripts/screenshots.ts plan overleg   # only the files whose names contain these words
//
// Starts a hub in-process the way the browser tests do (PGlite in memory, the demo region with its dossier
// content: SEED_DEMO_CONTENT), drives Debian's chromium through tests/support/browser.ts (CHROMIUM_PATH to
// use another one), signs in through the dev picker per role and saves one PNG per page: 1280 px wide, at most
// the first 1800 px of the page; "Mijn acties" also at 390 × 844 (a phone). Everything in the images is the
// fictional demo region.

import { existsSync, mkdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { DEMO } from "../packages/db/src/index";
import { launchBrowser, type TestBrowser } from "../tests/support/browser";
import { startTestHub, type TestHub } from "../tests/support/hub";

// playwright-core is a dependency of tests/, not of the root: its types through the test support.
type Browser = TestBrowser["browser"];
type Page = Awaited<ReturnType<Browser["newPage"]>>;
type Locator = ReturnType<Page["locator"]>;

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const OUT = join(ROOT, "docs/screenshots");
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
/** Long pages are cut off here (CSS pixels), so the files stay small. */
const MAX_HEIGHT = 1800;

const KOOPMANS = DEMO.cases.multiProblem;
const VEENSTRA = DEMO.cases.separatedParents;

interface Shot {
  file: string;
  /** A regex on the name of the sign-in button in the dev picker. */
  who: RegExp;
  viewport?: { width: number; height: number };
  /**
   * Go to the page and wait until it shows what it should. Returns, optionally, a part of the page the image
   * must show whole: it then ends under that part (up to MAX_HEIGHT above it), rather than at the top.
   */
  open: (page: Page, url: (path: string) => string) => Promise<Locator | void>;
}

const SHOTS: Shot[] = [
  {
    file: "portefeuille.png",
    who: /Marloes de Wit/,
    open: async (page, url) => {
      await page.goto(url("/portefeuille"));
      await page.getByRole("table", { name: "Portefeuille" }).getByRole("row").nth(1).waitFor();
      await page.locator(".rh-chart svg").first().waitFor();
      await page.waitForTimeout(1_500); // the charts animate in
    },
  },
  {
    file: "casus-overzicht.png",
    who: /Sanne Bakker/,
    open: async (page, url) => {
      await page.goto(url(`/casussen/${KOOPMANS}`));
      await page.getByRole("region", { name: "Stand van zaken" }).waitFor();
      await page.getByRole("table", { name: "Team" }).waitFor();
    },
  },
  {
    file: "beeld.png",
    who: /Sanne Bakker/,
    open: async (page, url) => {
      await page.goto(url(`/casussen/${KOOPMANS}/beeld`));
      await page.getByRole("heading", { name: "Zelfredzaamheid", level: 3 }).waitFor();
    },
  },
  {
    file: "acties.png",
    who: /Sanne Bakker/,
    open: async (page, url) => {
      await page.goto(url(`/casussen/${KOOPMANS}/acties`));
      await page.getByRole("heading", { name: "Acties", level: 2 }).waitFor();
      await page.locator("main article").first().waitFor();
    },
  },
  {
    file: "overleg.png",
    who: /Sanne Bakker/,
    open: async (page, url) => {
      await page.goto(url(`/casussen/${KOOPMANS}/overleg`));
      const meetings = page.getByRole("table", { name: "Overleggen" });
      await meetings.getByRole("link").first().click();
      await page.waitForURL(/\/overleg\/[0-9a-f-]{36}$/);
      await page.getByRole("list", { name: "Fase", exact: true }).waitFor();
      await page.getByRole("list", { name: "Bijdragen" }).getByRole("article").first().waitFor();
    },
  },
  {
    file: "plan-scenarios.png",
    who: /Sanne Bakker/,
    open: async (page, url) => {
      // The quadrant is at the end of a long page: the image ends under it.
      await page.goto(url(`/casussen/${KOOPMANS}/plan`));
      const scenarios = page.getByRole("region", { name: "Scenario's", exact: true });
      await scenarios.getByRole("table").first().waitFor();
      return scenarios;
    },
  },
  {
    file: "dossier-partner.png",
    who: /Petra van Leeuwen/,
    open: async (page, url) => {
      await page.goto(url(`/casussen/${VEENSTRA}/dossier`));
      await page.getByRole("heading", { name: "Dossier", level: 2 }).waitFor();
      await page.locator(".rh-result-count").filter({ hasText: /item/ }).waitFor();
    },
  },
  {
    file: "toezicht.png",
    who: /Inge Kuipers/,
    open: async (page, url) => {
      await page.goto(url("/toezicht"));
      await page.getByRole("heading", { name: "Toezicht op de verwerking", level: 1 }).waitFor();
      await page.getByRole("list", { name: "Verwerkingslog" }).locator(":scope > li").first().waitFor();
    },
  },
  {
    file: "mijn-acties-telefoon.png",
    who: /Sanne Bakker/,
    viewport: PHONE,
    open: async (page, url) => {
      await page.goto(url("/acties"));
      await page.getByRole("heading", { name: "Mijn acties", level: 1 }).waitFor();
      await page.locator("main article").first().waitFor();
    },
  },
];

async function signedIn(browser: Browser, hub: TestHub, who: RegExp, viewport = DESKTOP): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: "nl-NL", timezoneId: "Europe/Amsterdam" });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  await page.goto(hub.url);
  await page.getByRole("button", { name: who }).click();
  await page.getByRole("navigation", { name: "Hoofdmenu" }).waitFor();
  return page;
}

/** The page from the top down, or up to the end of `part`; at most MAX_HEIGHT high. */
async function capture(page: Page, path: string, part: Locator | void): Promise<string> {
  await page.waitForLoadState("networkidle").catch(() => undefined);
  // Fonts and lazy chunks settled; no focus ring or caret in the picture.
  await page.evaluate(async () => {
    await document.fonts.ready;
    (document.activeElement as HTMLElement | null)?.blur();
  });
  const { width } = page.viewportSize()!;
  const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
  const bottom = part
    ? Math.min(
        pageHeight,
        Math.ceil(await part.evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY)) + 24,
      )
    : pageHeight;
  const top = part ? Math.max(0, bottom - MAX_HEIGHT) : 0;
  const height = Math.min(MAX_HEIGHT, bottom - top);
  await page.screenshot({
    path,
    fullPage: true,
    clip: { x: 0, y: top, width, height },
    animations: "disabled",
    caret: "hide",
  });
  return `${width}×${height} from y=${top} of ${pageHeight} px`;
}

async function main(): Promise<void> {
  if (!existsSync(join(ROOT, "apps/web/dist/index.html"))) {
    throw new Error("apps/web/dist is missing: run `pnpm --filter @regiehub/web build` first");
  }
  mkdirSync(OUT, { recursive: true });
  console.log("Starting a hub with the demo region and its dossier content …");
  const hub = await startTestHub({ SEED_DEMO_CONTENT: "true" });
  const browser = await launchBrowser();
  let failed = 0;
  try {
    const url = (path: string) => new URL(path, hub.url).href;
    const only = process.argv.slice(2);
    const shots = only.length ? SHOTS.filter((s) => only.some((word) => s.file.includes(word))) : SHOTS;
    for (const shot of shots) {
      const page = await signedIn(browser.browser, hub, shot.who, shot.viewport);
      const path = join(OUT, shot.file);
      try {
        const part = await shot.open(page, url);
        const area = await capture(page, path, part);
        console.log(`  ${relative(ROOT, path)}  ${Math.round(statSync(path).size / 1024)} kB  (${area})`);
      } catch (err) {
        failed += 1;
        console.error(`  ${shot.file}: ${err instanceof Error ? err.message : String(err)}`);
      } finally {
        await page.context().close();
      }
    }
  } finally {
    await browser.close();
    await hub.stop();
  }
  if (failed > 0) {
    console.error(`${failed} screenshot(s) failed`);
    process.exitCode = 1;
  }
}

await main();
