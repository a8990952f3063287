import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Locator, Page } from "playwright-core";
import { DEMO } from "@regiehub/db";
import { adminOf, assertionToken, basic, partnerKeys, tokenRequest } from "../support/api-clients";
import { expectAccessible, launchBrowser, type TestBrowser } from "../support/browser";
import { startTestHub, type TestHub } from "../support/hub";

// "Koppelingen" in the browser: the ADMIN's page for the partner systems (API clients) of their organisation.
// The municipality's ADMIN (Thijs van Dam) registers a system with two scopes, sees its secret once — it works
// at the token endpoint — and never again after leaving or reloading the page; renews it with an overlap (old
// and new both work), and revokes it (the token endpoint refuses it: invalid_client). An ADMIN of another
// organisation sees only their own; a professional sees no "Koppelingen" and is told there is no access.

const NAME = "Zorgregistratie Lindehaven";
const SECRET_WARNING = "Kopieer het geheim nu: het wordt niet opnieuw getoond.";

let hub: TestHub;
let browser: TestBrowser;

async function signInAs(b: Browser, name: RegExp, ready: (page: Page) => Promise<void>): Promise<Page> {
  const context = await b.newContext({ viewport: { width: 1280, height: 900 }, locale: "nl-NL" });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: hub.url });
  const page = await context.newPage();
  await page.goto(hub.url);
  await page.getByRole("button", { name }).click();
  await ready(page);
  return page;
}

const onKoppelingen = async (page: Page) => {
  await page.getByRole("heading", { level: 1, name: "Koppelingen" }).waitFor();
};

async function token(id: string, secret: string) {
  return tokenRequest(hub, { grant_type: "client_credentials" }, basic(id, secret));
}

function card(page: Page, name: string) {
  return page.getByRole("article", { name });
}

/** Waits until the element with the focus reads `text` (focus moves after React has rendered). */
async function expectFocusOn(page: Page, text: string): Promise<void> {
  await page.waitForFunction((t) => document.activeElement?.textContent?.trim() === t, text);
}

/** Waits until `locator`'s element has the focus. */
async function expectFocused(locator: Locator): Promise<void> {
  await locator.evaluate(
    (el) =>
      new Promise<void>((resolve) => {
        const check = () => (el === document.activeElement ? resolve() : requestAnimationFrame(check));
        check();
      }),
  );
}

beforeAll(async () => {
  hub = await startTestHub();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

describe("Koppelingen: the ADMIN's page for partner systems", () => {
  it("registers a system, shows its secret once, renews it with an overlap and revokes it", async () => {
    const page = await signInAs(browser.browser, /Aanmelden als Thijs van Dam/, onKoppelingen);
    // Koppelingen is the ADMIN's home page and in their navigation.
    const nav = page.getByRole("navigation", { name: "Hoofdmenu" });
    await expect(nav.getByRole("link", { name: "Koppelingen" }).count()).resolves.toBe(1);
    await page.getByText("Uw organisatie heeft nog geen koppelingen.").waitFor();
    await expectAccessible(page, "Koppelingen without clients");

    // The form: nothing chosen is refused in Dutch, at the fields, before anything is sent.
    await page.getByRole("button", { name: "Nieuwe koppeling registreren" }).click();
    const form = page.getByRole("form", { name: "Nieuwe koppeling registreren" });
    const nameField = form.getByRole("textbox", { name: "Naam van het systeem" });
    await expectFocused(nameField);
    await form.getByRole("button", { name: "Koppeling registreren" }).click();
    await form.getByText("Vul de naam van het systeem in.").waitFor();
    await form.getByText("Kies minstens één recht.").waitFor();
    await expect(nameField.getAttribute("aria-invalid")).resolves.toBe("true");
    await expectFocused(nameField);
    await page.screenshot({ path: "/tmp/api-clients-form.png", fullPage: true });
    await expectAccessible(page, "the register form with errors");

    // A bad address range: the hub's typed error, at the field, naming the line; nothing registered.
    await nameField.fill(NAME);
    await form.getByRole("checkbox", { name: /Casussen lezen/ }).check();
    await form.getByRole("checkbox", { name: /Dossier lezen/ }).check();
    const addresses = form.getByRole("textbox", { name: /Toegestane adresbereiken/ });
    await addresses.fill("127.0.0.0/8\n\n300.1.2.3/8");
    await form.getByRole("button", { name: "Koppeling registreren" }).click();
    await form.getByText("Regel 3: Geen geldig adresbereik (CIDR), bijv. 192.0.2.0/24").waitFor();
    await expect(addresses.getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(page.getByRole("article").count()).resolves.toBe(0);

    await addresses.fill("127.0.0.0/8\n::1/128");
    await form.getByRole("button", { name: "Koppeling registreren" }).click();

    // The secret, once: in a marked panel that has the focus.
    const panel = page.getByRole("region", { name: `Koppeling ‘${NAME}’ geregistreerd` });
    await panel.waitFor();
    await expectFocusOn(page, `Koppeling ‘${NAME}’ geregistreerd`);
    await panel.getByText(SECRET_WARNING).waitFor();
    const clientId = await panel.getByRole("textbox", { name: "Client-id (client_id)" }).inputValue();
    const secret = await panel.getByRole("textbox", { name: "Geheim (client_secret)" }).inputValue();
    expect(clientId).toMatch(/^[0-9a-f-]{36}$/);
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    await panel.getByRole("button", { name: "Geheim kopiëren" }).click();
    await panel.getByText("Het geheim is gekopieerd naar het klembord.").waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(secret);
    await page.screenshot({ path: "/tmp/api-clients-secret.png", fullPage: true });
    await expectAccessible(page, "the secret shown once");

    // It works at the token endpoint, with the two scopes.
    const first = await token(clientId, secret);
    expect(first.status).toBe(200);
    expect(first.body.scope).toBe("cases:read dossier:read");

    // The list: name, scopes in Dutch, address ranges, method, who and when, the secret's validity, status.
    const item = card(page, NAME);
    const text = await item.innerText();
    for (const expected of [
      clientId,
      "Casussen lezen",
      "cases:read",
      "Dossier lezen",
      "binnen de toestemming en grondslag",
      "127.0.0.0/8",
      "::1/128",
      "Geheim (client_secret_basic of client_secret_post)",
      "door Thijs van Dam",
      "Actief",
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain("Dossier aanvullen");
    await expect(item.getByRole("list", { name: `Geheimen van ${NAME}` }).innerText()).resolves.toMatch(
      /^Gemaakt op .+: Actief$/,
    );

    // A second system under the same name: the hub's CONFLICT, at the name field.
    await page.getByRole("button", { name: "Nieuwe koppeling registreren" }).click();
    await form.getByRole("textbox", { name: "Naam van het systeem" }).fill(NAME);
    await form.getByRole("checkbox", { name: /Casussen lezen/ }).check();
    await form.getByRole("button", { name: "Koppeling registreren" }).click();
    await form.getByText("Uw organisatie heeft al een koppeling met deze naam").waitFor();
    await expect(
      form.getByRole("textbox", { name: "Naam van het systeem" }).getAttribute("aria-invalid"),
    ).resolves.toBe("true");
    await expect(page.getByRole("article").count()).resolves.toBe(1);
    await form.getByRole("button", { name: "Annuleren" }).click();

    // Leaving the page and coming back, or reloading it, never shows the secret again.
    await nav.getByRole("link", { name: "Casussen" }).click();
    await page.getByRole("heading", { level: 1, name: "Casussen" }).waitFor();
    await nav.getByRole("link", { name: "Koppelingen" }).click();
    await card(page, NAME).waitFor();
    const expectSecretGone = async (s: string) => {
      await expect(page.getByText(SECRET_WARNING).count()).resolves.toBe(0);
      await expect(page.getByRole("textbox", { name: "Geheim (client_secret)" }).count()).resolves.toBe(0);
      expect(await page.content()).not.toContain(s);
    };
    await expectSecretGone(secret);
    await page.reload();
    await card(page, NAME).waitFor();
    await expectSecretGone(secret);

    // Renewing: a bad overlap is refused at the field; then a new secret, once, and the old one's end.
    await card(page, NAME).getByRole("button", { name: "Geheim vernieuwen" }).click();
    const overlap = card(page, NAME).getByRole("textbox", { name: "Overlap in minuten" });
    await expect(overlap.inputValue()).resolves.toBe("60");
    await expectFocused(overlap);
    await overlap.fill("een uur");
    await card(page, NAME).getByRole("button", { name: "Nieuw geheim maken" }).click();
    await card(page, NAME).getByText("Vul een heel aantal minuten in (0 of meer).").waitFor();
    await expect(overlap.getAttribute("aria-invalid")).resolves.toBe("true");
    await overlap.fill("30");
    await card(page, NAME).getByRole("button", { name: "Nieuw geheim maken" }).click();
    const renewed = page.getByRole("region", { name: `Nieuw geheim voor ‘${NAME}’` });
    await renewed.waitFor();
    await expectFocusOn(page, `Nieuw geheim voor ‘${NAME}’`);
    await renewed.getByText(SECRET_WARNING).waitFor();
    await renewed.getByText(/^Het vorige geheim blijft geldig tot .+\. Zet het nieuwe geheim/).waitFor();
    const newSecret = await renewed.getByRole("textbox", { name: "Geheim (client_secret)" }).inputValue();
    expect(newSecret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newSecret).not.toBe(secret);
    await expect(renewed.getByRole("textbox", { name: "Client-id (client_id)" }).inputValue()).resolves.toBe(
      clientId,
    );
    // Both work during the overlap.
    await expect(token(clientId, newSecret).then((a) => a.status)).resolves.toBe(200);
    await expect(token(clientId, secret).then((a) => a.status)).resolves.toBe(200);
    const secrets = (
      await card(page, NAME)
        .getByRole("list", { name: `Geheimen van ${NAME}` })
        .innerText()
    )
      .split("\n")
      .filter(Boolean);
    expect(secrets).toHaveLength(2);
    expect(secrets[0]).toMatch(/: Actief$/);
    expect(secrets[1]).toMatch(/: Actief, verloopt op \d+ \w+ \d{4} om \d\d:\d\d$/);
    await page.screenshot({ path: "/tmp/api-clients-renewed.png", fullPage: true });
    await expectAccessible(page, "the renewed secret");

    // "Ik heb het geheim bewaard": the panel goes, focus to the client.
    await renewed.getByRole("button", { name: "Ik heb het geheim bewaard" }).click();
    await expect(page.getByText(SECRET_WARNING).count()).resolves.toBe(0);
    await expectFocusOn(page, NAME);
    expect(await page.content()).not.toContain(newSecret);

    // Revoking asks first; "Annuleren" changes nothing.
    await card(page, NAME).getByRole("button", { name: "Intrekken" }).click();
    await expectFocusOn(page, `Koppeling ‘${NAME}’ intrekken?`);
    await card(page, NAME).getByRole("button", { name: "Annuleren" }).click();
    await expectFocusOn(page, "Intrekken");
    await expect(token(clientId, newSecret).then((a) => a.status)).resolves.toBe(200);

    await card(page, NAME).getByRole("button", { name: "Intrekken" }).click();
    await page.screenshot({ path: "/tmp/api-clients-revoke.png", fullPage: true });
    await expectAccessible(page, "the revoke confirmation");
    await card(page, NAME).getByRole("button", { name: "Ja, intrekken" }).click();
    await page.getByText(`De koppeling ‘${NAME}’ is ingetrokken.`).waitFor();
    await expectFocusOn(page, NAME);
    const revoked = await card(page, NAME).innerText();
    expect(revoked).toContain("Ingetrokken");
    expect(revoked).toMatch(/Ingetrokken op .+ door Thijs van Dam/);
    expect(revoked).toContain("Ingetrokken met de koppeling");
    await expect(card(page, NAME).getByRole("button").count()).resolves.toBe(0);

    // The token endpoint refuses it at once, with either secret.
    for (const s of [newSecret, secret]) {
      const refused = await token(clientId, s);
      expect(refused.status).toBe(401);
      expect(refused.body.error).toBe("invalid_client");
    }

    await page.reload();
    await card(page, NAME).waitFor();
    await expect(card(page, NAME).innerText()).resolves.toContain("Ingetrokken");
    await page.getByText("1 koppeling, waarvan 0 actief").waitFor();
    await expectAccessible(page, "Koppelingen with a revoked client");
    await page.context().close();
  });

  it("an ADMIN of another organisation sees only their own, and registers a system with its own key", async () => {
    await adminOf(hub, DEMO.organisations.wijkteamNoord);
    const keys = await partnerKeys("ES256", "sleutel-2026");
    const page = await signInAs(browser.browser, /Aanmelden als Beheerder 1/, onKoppelingen);
    await page.getByText("Uw organisatie heeft nog geen koppelingen.").waitFor();
    await expect(page.getByText(NAME).count()).resolves.toBe(0);

    await page.getByRole("button", { name: "Nieuwe koppeling registreren" }).click();
    const form = page.getByRole("form", { name: "Nieuwe koppeling registreren" });
    await form.getByRole("textbox", { name: "Naam van het systeem" }).fill("Wijkteamregistratie");
    await form.getByRole("checkbox", { name: /Casussen lezen/ }).check();
    // Not JSON: refused at the field.
    const jwks = form.getByRole("textbox", { name: /Publieke sleutels/ });
    await jwks.fill("{ geen json");
    await form.getByRole("button", { name: "Koppeling registreren" }).click();
    await form.getByText(/Geen geldige JSON/).waitFor();
    await expect(jwks.getAttribute("aria-invalid")).resolves.toBe("true");

    await jwks.fill(keys.jwks);
    await form.getByRole("button", { name: "Koppeling registreren" }).click();
    const panel = page.getByRole("region", { name: "Koppeling ‘Wijkteamregistratie’ geregistreerd" });
    await panel.waitFor();
    // No secret: the client id is what the system needs.
    await expect(panel.getByText(SECRET_WARNING).count()).resolves.toBe(0);
    await expect(panel.getByRole("textbox", { name: "Geheim (client_secret)" }).count()).resolves.toBe(0);
    const clientId = await panel.getByRole("textbox", { name: "Client-id (client_id)" }).inputValue();
    const answer = await assertionToken(hub, clientId, keys);
    expect(answer.status).toBe(200);

    const text = await card(page, "Wijkteamregistratie").innerText();
    expect(text).toContain("Eigen sleutel (private_key_jwt)");
    expect(text).toContain("sleutel-2026");
    expect(text).toContain("Elk adres (geen beperking)");
    await expect(
      card(page, "Wijkteamregistratie").getByRole("button", { name: "Geheim vernieuwen" }).count(),
    ).resolves.toBe(0);
    await expectAccessible(page, "a private_key_jwt client");
    await page.context().close();
  });

  it("a professional has no Koppelingen in the navigation, and the page says there is no access", async () => {
    const page = await signInAs(browser.browser, /Aanmelden als Sanne Bakker/, async (p) => {
      await p.getByRole("table", { name: "Casussen" }).waitFor();
    });
    const nav = page.getByRole("navigation", { name: "Hoofdmenu" });
    await expect(nav.getByRole("link", { name: "Casussen" }).count()).resolves.toBe(1);
    await expect(nav.getByRole("link", { name: "Koppelingen" }).count()).resolves.toBe(0);

    await page.goto(`${hub.url}/koppelingen`);
    await page.getByRole("heading", { level: 1, name: "Geen toegang" }).waitFor();
    await page.getByText("U heeft geen toegang tot Koppelingen.", { exact: false }).waitFor();
    await expect(page.title()).resolves.toBe("Geen toegang – Regiehub");
    await expect(page.getByRole("button", { name: "Nieuwe koppeling registreren" }).count()).resolves.toBe(0);
    await expectAccessible(page, "Koppelingen without access");
    await page.context().close();
  });
});
