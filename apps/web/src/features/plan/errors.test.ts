import { CombinedGraphQLErrors } from "@apollo/client/errors";
import { describe, expect, it } from "vitest";
import { generalErrorMessages, hasErrorCode } from "../../errors";
import { shownChangeError } from "./errors";

function answer(...errors: { message: string; code: string }[]) {
  return new CombinedGraphQLErrors({
    errors: errors.map(({ message, code }) => ({ message, extensions: { code } })),
  });
}

const YOUTH_CARE = "Een plan met jeugdhulp stelt de casusregisseur met SKJ-registratie vast.";

describe("shownChangeError", () => {
  it("keeps the server's reason of a refusal instead of the general 'no permission'", () => {
    const shown = shownChangeError(answer({ message: YOUTH_CARE, code: "FORBIDDEN" }));
    expect(generalErrorMessages(shown)).toEqual([YOUTH_CARE]);
  });

  it("drops a refusal without reason when another one has a reason, and lists the reasons first", () => {
    const shown = shownChangeError(
      answer(
        { message: "Ongeldig", code: "BAD_USER_INPUT" },
        { message: "", code: "FORBIDDEN" },
        { message: YOUTH_CARE, code: "FORBIDDEN" },
      ),
    );
    expect(generalErrorMessages(shown)).toEqual([YOUTH_CARE, "Ongeldig"]);
  });

  it("leaves a CONFLICT out only when the form says it itself", () => {
    const conflict = answer({ message: "stale", code: "CONFLICT" });
    expect(hasErrorCode(shownChangeError(conflict), "CONFLICT")).toBe(true);
    const without = shownChangeError(conflict, true);
    expect(hasErrorCode(without, "CONFLICT")).toBe(false);
    expect(generalErrorMessages(without)).toEqual([]);
  });

  it("passes other errors on as they are", () => {
    const network = new Error("offline");
    expect(shownChangeError(network)).toBe(network);
  });
});
