import { CombinedGraphQLErrors } from "@apollo/client/errors";
import { describe, expect, it } from "vitest";
import { generalErrorMessages } from "./errors";

function errors(...list: { message: string; extensions: Record<string, unknown> }[]) {
  return new CombinedGraphQLErrors({ errors: list });
}

describe("error messages", () => {
  it("tells the user when to try again after a rate limit, and what to check after a lost connection", () => {
    expect(
      generalErrorMessages(
        errors({ message: "x", extensions: { code: "RATE_LIMITED", retryAfterSeconds: 12 } }),
      ),
    ).toEqual(["Te veel verzoeken achter elkaar. Probeer het over 12 seconden opnieuw."]);
    expect(
      generalErrorMessages(
        errors({ message: "x", extensions: { code: "RATE_LIMITED", retryAfterSeconds: 1 } }),
      )[0],
    ).toMatch(/over een moment/);
    expect(
      generalErrorMessages(
        errors({ message: "x", extensions: { code: "UNAVAILABLE", retryAfterSeconds: 1 } }),
      )[0],
    ).toMatch(/Controleer of uw wijziging is opgeslagen/);
  });

  it("asks to reload the page when the hub does not run this build's operation (trusted documents)", () => {
    for (const code of ["OPERATION_NOT_TRUSTED", "PERSISTED_QUERY_NOT_FOUND"]) {
      expect(
        generalErrorMessages(errors({ message: "Only the web app's own operations", extensions: { code } })),
      ).toEqual([
        "Deze versie van de pagina past niet bij Regiehub. Laad de pagina opnieuw; er is niets gewijzigd.",
      ]);
    }
  });
});
