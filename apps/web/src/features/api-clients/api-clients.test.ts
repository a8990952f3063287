import { CombinedGraphQLErrors } from "@apollo/client/errors";
import { API_SCOPE_NAMES } from "@regiehub/domain";
import { describe, expect, it } from "vitest";
import {
  ADMIN_ONLY_MESSAGE,
  CLIENT_NOT_FOUND_MESSAGE,
  clientErrorMessages,
  clientFieldErrors,
} from "./errors";
import { messagesFor } from "../../errors";
import {
  SCOPE_LABELS,
  clientStatus,
  parseAddressLines,
  parseOverlapMinutes,
  previousSecretsText,
  scopeLabel,
  secretValidity,
} from "./labels";

function errors(...list: { message: string; extensions: Record<string, unknown> }[]) {
  return new CombinedGraphQLErrors({ errors: list });
}

/** A BAD_USER_INPUT with messages at input paths. */
function badInput(...fieldErrors: [path: string, message: string][]) {
  const entries = fieldErrors.map(([path, message]) => ({ path, message }));
  return errors({
    message: "Ongeldige invoer",
    extensions: { code: "BAD_USER_INPUT", fieldErrors: entries },
  });
}

const BAD_RANGE = "Geen geldig adresbereik (CIDR), bijv. 192.0.2.0/24";
const NAME_IN_USE = "Uw organisatie heeft al een koppeling met deze naam";

describe("partner systems' page: words and rules", () => {
  it("has a Dutch name and description for every scope of the domain, in its order", () => {
    expect(Object.keys(SCOPE_LABELS)).toEqual(API_SCOPE_NAMES);
    for (const scope of API_SCOPE_NAMES) {
      expect(SCOPE_LABELS[scope].label.length).toBeGreaterThan(3);
      expect(SCOPE_LABELS[scope].description.length).toBeGreaterThan(20);
    }
    expect(scopeLabel("cases:read").label).toBe("Casussen lezen");
    // A scope the web app does not know yet is shown as it is, not dropped.
    expect(scopeLabel("future:scope")).toEqual({ label: "future:scope", description: "" });
  });

  it("says whether a client is in use or revoked, when and by whom", () => {
    expect(clientStatus({ revokedAt: null, revokedBy: null })).toEqual({
      state: "ACTIVE",
      label: "Actief",
      detail: null,
    });
    const revoked = clientStatus({
      revokedAt: "2026-01-05T08:15:00Z",
      revokedBy: { id: "a", name: "Thijs van Dam" },
    });
    expect(revoked.state).toBe("REVOKED");
    expect(revoked.label).toBe("Ingetrokken");
    expect(revoked.detail).toBe(
      "Ingetrokken op 5 januari 2026 om 09:15 door Thijs van Dam. Het systeem krijgt geen tokens meer.",
    );
  });

  it("gives each secret its validity: actief, actief until, expired, revoked with the client", () => {
    expect(secretValidity({ active: true, expiresAt: null }, false)).toEqual({
      state: "ACTIVE",
      text: "Actief",
    });
    expect(secretValidity({ active: true, expiresAt: "2026-03-01T11:00:00Z" }, false)).toEqual({
      state: "ENDING",
      text: "Actief, verloopt op 1 maart 2026 om 12:00",
    });
    expect(secretValidity({ active: false, expiresAt: "2026-03-01T11:00:00Z" }, false)).toEqual({
      state: "EXPIRED",
      text: "Verlopen op 1 maart 2026 om 12:00",
    });
    expect(secretValidity({ active: false, expiresAt: null }, true).text).toBe(
      "Ingetrokken met de koppeling",
    );
    expect(secretValidity({ active: false, expiresAt: "2026-03-01T11:00:00Z" }, true).state).toBe("REVOKED");
  });

  it("says until when the previous secret stays valid after a rotation", () => {
    const now = new Date("2026-03-01T10:00:00Z");
    expect(previousSecretsText("2026-03-01T11:00:00Z", now)).toBe(
      "Het vorige geheim blijft geldig tot 1 maart 2026 om 12:00. Zet het nieuwe geheim vóór die tijd in het systeem.",
    );
    expect(previousSecretsText("2026-03-01T10:00:00Z", now)).toBe(
      "Het vorige geheim is vanaf nu niet meer geldig.",
    );
    expect(previousSecretsText("no date", now)).toBe("Het vorige geheim is vanaf nu niet meer geldig.");
  });

  it("reads address ranges one per line, keeping the line of each", () => {
    expect(parseAddressLines("")).toEqual({ values: [], lineOf: [] });
    expect(parseAddressLines("  \n192.0.2.0/24\r\n\n 2001:db8::/32 \n")).toEqual({
      values: ["192.0.2.0/24", "2001:db8::/32"],
      lineOf: [2, 4],
    });
  });

  it("takes an overlap of 0 to 10,080 whole minutes and refuses anything else in Dutch", () => {
    expect(parseOverlapMinutes("60")).toEqual({ minutes: 60 });
    expect(parseOverlapMinutes(" 0 ")).toEqual({ minutes: 0 });
    expect(parseOverlapMinutes("10080")).toEqual({ minutes: 10080 });
    expect(parseOverlapMinutes("10081")).toEqual({ error: "Maximaal 10.080 minuten (7 dagen)." });
    for (const bad of ["", "-5", "1.5", "een uur", "1e3"]) {
      expect(parseOverlapMinutes(bad), bad).toEqual({
        error: "Vul een heel aantal minuten in (0 of meer).",
      });
    }
  });
});

describe("partner systems' page: the API's errors in Dutch", () => {
  it("shows a name already in use (CONFLICT with a field) at the name field, not in the summary", () => {
    const error = errors({
      message: NAME_IN_USE,
      extensions: {
        code: "CONFLICT",
        field: "input.name",
        fieldErrors: [{ path: "input.name", message: NAME_IN_USE }],
      },
    });
    expect(clientFieldErrors(error)).toEqual({ name: [NAME_IN_USE] });
    expect(clientErrorMessages(error, ["name"])).toEqual([]);
    // Where the form has no such field, the summary carries the hub's own reason (never "De casus is …").
    expect(clientErrorMessages(error)).toEqual([NAME_IN_USE]);
  });

  it("keeps the hub's reason of a CONFLICT without a field (a client already revoked)", () => {
    const error = errors({ message: "Deze koppeling is al ingetrokken", extensions: { code: "CONFLICT" } });
    expect(clientErrorMessages(error)).toEqual(["Deze koppeling is al ingetrokken"]);
    expect(clientFieldErrors(error)).toEqual({});
  });

  it("speaks of the client, not of a case, for NOT_FOUND, and of the ADMIN for FORBIDDEN", () => {
    expect(
      clientErrorMessages(errors({ message: "API client not found", extensions: { code: "NOT_FOUND" } })),
    ).toEqual([CLIENT_NOT_FOUND_MESSAGE]);
    expect(clientErrorMessages(errors({ message: "Forbidden", extensions: { code: "FORBIDDEN" } }))).toEqual([
      ADMIN_ONLY_MESSAGE,
    ]);
  });

  it("puts BAD_USER_INPUT at its fields and the rest in the summary", () => {
    const error = badInput(
      ["input.scopes", "Kies minstens één scope"],
      ["input.allowedCidrs.1", BAD_RANGE],
      ["input.jwks", "Geen geldige JSON"],
    );
    const fields = clientFieldErrors(error);
    expect(fields["scopes"]).toEqual(["Kies minstens één scope"]);
    expect(clientErrorMessages(error, ["scopes", "allowedCidrs", "jwks"])).toEqual([]);
    expect(clientErrorMessages(error, ["scopes"])).toEqual([BAD_RANGE, "Geen geldige JSON"]);
  });

  it("names the line of each refused address range", () => {
    const error = badInput(
      ["input.allowedCidrs.1", BAD_RANGE],
      ["input.allowedCidrs", "Maximaal 20 adresbereiken"],
      ["input.name", "Verplicht"],
    );
    expect(messagesFor(clientFieldErrors(error, [1, 3]), "allowedCidrs")).toEqual([
      "Regel 3: Geen geldig adresbereik (CIDR), bijv. 192.0.2.0/24",
      "Maximaal 20 adresbereiken",
    ]);
    // Without the lines sent (an answer to another request) the message stands alone.
    expect(messagesFor(clientFieldErrors(error), "allowedCidrs")[0]).toBe(BAD_RANGE);
  });

  it("still says what to do when the hub cannot be reached", () => {
    expect(clientErrorMessages(new TypeError("Failed to fetch"))).toEqual([
      "Regiehub is niet bereikbaar. Controleer de verbinding en probeer het opnieuw.",
    ]);
    expect(clientErrorMessages(null)).toEqual([]);
  });
});
