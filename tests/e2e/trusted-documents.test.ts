import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { DEMO } from "@regiehub/db";
import { launchBrowser, type TestBrowser } from "../support/browser";
import { startTestHub, type TestHub } from "../support/hub";

// The web app with TRUSTED_DOCUMENTS=all (issue 15): the hub runs, for people, only the operations in the built
// app's manifest (found next to it), and the app sends each of them by its id alone. Sign in, open a case, add
// a family member — and a second browser, on the same case, sees the new member through its live subscription
// (graphql-ws, the operation's text). No request is refused, and no HTTP request carries a query. And a hub
// whose manifest lacks one of the app's operations (another build) refuses it, and the page asks for a reload.

const CASE = DEMO.cases.multiProblem;
const BUILT_MANIFEST = fileURLToPath(
  new URL("../../apps/web/dist/persisted-query-manifest.json", import.meta.url),
);

let hub: TestHub;
let browser: TestBrowser;
const refusals: string[] = [];
const texts: string[] = [];
let hashed = 0;

async function signedIn(b: Browser, name: RegExp): Promise<Page> {
  const context = await b.newContext({ viewport: { width: 1280, height: 900 }, locale: "nl-NL" });
  const page = await context.newPage();
  // Every GraphQL request over HTTP: by id (no query text), and none refused.
  page.on("request", (request) => {
    if (!request.url().endsWith("/graphql") || request.method() !== "POST") return;
    const body = request.postDataJSON() as { query?: string; extensions?: { persistedQuery?: unknown } };
    if (body.query !== undefined) texts.push(body.query);
    if (body.extensions?.persistedQuery) hashed++;
  });
  page.on("response", async (response) => {
    if (!response.url().endsWith("/graphql") || response.status() < 400) return;
    refusals.push(`${response.status()} ${await response.text().catch(() => "")}`);
  });
  // And no operation over the WebSocket refused.
  page.on("websocket", (socket) =>
    socket.on("framereceived", (frame) => {
      const message = JSON.parse(String(frame.payload)) as { type?: string; payload?: unknown };
      if (message.type === "error") refusals.push(`WebSocket ${JSON.stringify(message.payload)}`);
    }),
  );
  await page.goto(hub.url);
  await page.getByRole("button", { name }).click();
  await page.getByRole("table", { name: "Casussen" }).waitFor();
  return page;
}

async function waitForLive(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('[data-testid="live-indicator"]')?.textContent?.trim().endsWith("Live"),
    undefined,
    { timeout: 15_000 },
  );
}

beforeAll(async () => {
  // `pnpm test:e2e` builds the web app first; its manifest is where the hub looks for it by default.
  expect(existsSync(BUILT_MANIFEST)).toBe(true);
  hub = await startTestHub({ TRUSTED_DOCUMENTS: "all" });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

describe("the web app with TRUSTED_DOCUMENTS=all", () => {
  it("signs in, opens a case and adds a family member, which another browser sees live", async () => {
    const director = await signedIn(browser.browser, /Sanne Bakker/);
    const watcher = await signedIn(browser.browser, /Sanne Bakker/);

    // The watcher has the case open, following it live over the WebSocket.
    await watcher.goto(`${hub.url}/casussen/${CASE}`);
    const members = watcher.getByRole("table", { name: "Gezinsleden" });
    await members.waitFor();
    await waitForLive(watcher);

    // The casusregisseur finds the case in the list, opens it and adds a family member.
    const link = director.getByRole("link", { name: /Gezin Koopmans/ }).first();
    await link.waitFor();
    await link.click();
    await director.getByRole("heading", { level: 1, name: /Gezin Koopmans/ }).waitFor();
    await director.getByRole("button", { name: "Gezinslid toevoegen", expanded: false }).click();
    const form = director.getByRole("form", { name: "Gezinslid toevoegen" });
    await form.getByLabel("Voornaam").fill("Vera");
    await form.getByLabel("Achternaam").fill("Vertrouwd");
    await form.getByRole("button", { name: "Gezinslid toevoegen" }).click();
    await director.getByRole("table", { name: "Gezinsleden" }).getByText("Vera Vertrouwd").first().waitFor();

    // The watcher's page follows, without a reload.
    await members.getByText("Vera Vertrouwd").first().waitFor({ timeout: 15_000 });

    expect(refusals).toEqual([]);
    expect(texts).toEqual([]);
    expect(hashed).toBeGreaterThan(4);
  });
});

describe("the web app against a hub with another build's manifest", () => {
  let older: TestHub;
  let folder: string;

  beforeAll(async () => {
    // The built manifest without the case list's query, as a hub of another build would have it.
    const manifest = JSON.parse(readFileSync(BUILT_MANIFEST, "utf8")) as { operations: { name: string }[] };
    manifest.operations = manifest.operations.filter((o) => o.name !== "CaseList");
    folder = mkdtempSync(join(tmpdir(), "regiehub-manifest-"));
    writeFileSync(join(folder, "manifest.json"), JSON.stringify(manifest));
    older = await startTestHub({
      TRUSTED_DOCUMENTS: "all",
      TRUSTED_DOCUMENTS_MANIFEST: join(folder, "manifest.json"),
    });
  });
  afterAll(async () => {
    await older?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it("sends the text once the hub does not know the id, is refused, and asks for a reload", async () => {
    const context = await browser.browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: "nl-NL",
    });
    const page = await context.newPage();
    const sent: { id: boolean; text: boolean; status: number }[] = [];
    page.on("response", async (response) => {
      const request = response.request();
      if (!response.url().endsWith("/graphql") || request.method() !== "POST") return;
      const body = request.postDataJSON() as { operationName?: string; query?: string; extensions?: object };
      if (body.operationName !== "CaseList") return;
      sent.push({
        id: "persistedQuery" in (body.extensions ?? {}),
        text: body.query !== undefined,
        status: response.status(),
      });
    });
    await page.goto(older.url);
    await page.getByRole("button", { name: /Sanne Bakker/ }).click();
    await page
      .getByText("Deze versie van de pagina past niet bij Regiehub. Laad de pagina opnieuw")
      .first()
      .waitFor();
    expect(sent.slice(0, 2)).toEqual([
      { id: true, text: false, status: 400 },
      { id: true, text: true, status: 400 },
    ]);
    await context.close();
  });
});
