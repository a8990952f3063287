import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { DEMO } from "@regiehub/db";
import { expectAccessible, launchBrowser, type TestBrowser } from "../support/browser";
import { gql, signIn, startTestHub, type TestHub } from "../support/hub";

// "Regie overdragen" on the Team section of the case overview. Youssef El Amrani (wijkteam Noord) directs
// Gezin Veenstra; he opens the form, sees who directs now, gets a field error when he sends without a choice,
// then hands the casusregie over to Femke Visser of wijkteam Zuid. The summary names her, a confirmation
// appears, and the button is gone: his organisation no longer directs the case (a casusregisseur of the
// directing organisation could still hand over — so Sanne Bakker, his colleague at wijkteam Noord, would
// leave him the button). axe on the open form; the API confirms the new casusregisseur.

const CASE = DEMO.cases.separatedParents;
const YOUSSEF = DEMO.professionals.casusregisseurYoussef;
const FEMKE = DEMO.professionals.casusregisseurFemke;
const NEW_DIRECTOR = "Femke Visser (Wijkteam Lindehaven-Zuid)";
const DIRECTORS = `query($id: ID!) { case(id: $id) { casusregisseur { id name } procesregisseur { id } viewerCan } }`;

let hub: TestHub;
let browser: TestBrowser;

async function directors(token: string) {
  const res = await gql<any>(hub, DIRECTORS, { id: CASE }, token);
  if (!res.data?.case) throw new Error(JSON.stringify(res.errors));
  return res.data.case as {
    casusregisseur: { id: string; name: string } | null;
    procesregisseur: { id: string } | null;
    viewerCan: string[];
  };
}

async function signInAs(name: RegExp): Promise<Page> {
  const context = await browser.browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: "nl-NL",
  });
  const page = await context.newPage();
  await page.goto(hub.url);
  await page.getByRole("button", { name }).click();
  await page.getByRole("navigation", { name: "Hoofdmenu" }).waitFor();
  return page;
}

beforeAll(async () => {
  hub = await startTestHub();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

describe("handing over direction in the browser", () => {
  it("the casusregisseur hands the casusregie over to another organisation and loses the button", async () => {
    const token = await signIn(hub, YOUSSEF);
    const before = await directors(token);
    expect(before.casusregisseur?.id).toBe(YOUSSEF);
    expect(before.viewerCan).toContain("UPDATE");

    const page = await signInAs(/Youssef El Amrani/);
    await page.goto(`${hub.url}/casussen/${CASE}`);
    const team = page.getByRole("region", { name: "Team" });
    await team.getByRole("table", { name: "Team" }).waitFor();
    const summary = page.getByRole("region", { name: "Samenvatting" });
    await expect(summary.innerText()).resolves.toMatch(
      /Casusregisseur\s+Youssef El Amrani \(Wijkteam Lindehaven-Noord\)/,
    );

    const open = team.getByRole("button", { name: "Regie overdragen", expanded: false });
    await open.click();
    const form = team.getByRole("form", { name: "Regie overdragen" });
    await form.waitFor();
    const casusregisseur = form.getByLabel("Nieuwe casusregisseur");
    // Who directs now, under the field.
    await form.getByText("Nu: Youssef El Amrani (Wijkteam Lindehaven-Noord).").waitFor();
    await expect(form.getByLabel("Nieuwe procesregisseur").count()).resolves.toBe(1);

    // The select offers the other casusregisseurs, not Youssef himself.
    await casusregisseur.locator("option", { hasText: NEW_DIRECTOR }).waitFor({ state: "attached" });
    const offered = await casusregisseur.locator("option").allInnerTexts();
    expect(offered[0]).toBe("Niet wijzigen");
    expect(offered).toContain(NEW_DIRECTOR);
    expect(offered).toContain("Sanne Bakker (Wijkteam Lindehaven-Noord)");
    expect(offered.some((o) => o.startsWith("Youssef El Amrani"))).toBe(false);

    await expectAccessible(page, "the hand-over form");

    // Nothing chosen: the field error, and nothing changes.
    await form.getByRole("button", { name: "Regie overdragen" }).click();
    await form.getByText("Kies een nieuwe casusregisseur of procesregisseur.").waitFor();
    await expect(casusregisseur.getAttribute("aria-invalid")).resolves.toBe("true");
    expect((await directors(token)).casusregisseur?.id).toBe(YOUSSEF);
    await expectAccessible(page, "the hand-over form with a field error");

    await casusregisseur.selectOption({ label: NEW_DIRECTOR });
    await form.getByRole("button", { name: "Regie overdragen" }).click();

    await team.getByText(`De regie is overgedragen: ${NEW_DIRECTOR} is nu casusregisseur.`).waitFor();
    await expect(summary.innerText()).resolves.toMatch(
      /Casusregisseur\s+Femke Visser \(Wijkteam Lindehaven-Zuid\)/,
    );
    // No longer directing (nor a casusregisseur of the directing organisation): the control is gone.
    await expect(form.count()).resolves.toBe(0);
    await expect(page.getByRole("button", { name: "Regie overdragen" }).count()).resolves.toBe(0);
    await expect(page.getByRole("button", { name: "Gegevens wijzigen" }).count()).resolves.toBe(0);
    // Focus does not fall back to the page: it goes to the Team heading.
    await page.waitForFunction(() => document.activeElement?.id === "team-heading", null, { timeout: 5_000 });
    // Wijkteam Zuid joined the team with the casusregie.
    await expect(
      team.getByRole("table", { name: "Team" }).getByRole("row").filter({ hasText: "Femke Visser" }).count(),
    ).resolves.toBe(1);

    const after = await directors(token);
    expect(after.casusregisseur?.id).toBe(FEMKE);
    expect(after.casusregisseur?.name).toBe("Femke Visser");
    // The procesregisseur was not chosen and stays.
    expect(after.procesregisseur?.id).toBe(before.procesregisseur?.id);
    expect(after.viewerCan).not.toContain("UPDATE");
    await page.context().close();
  });
});
