import { describe, expect, it } from "vitest";
import { months, parseParticipants, proposedHeldOn } from "./evaluations";

describe("evaluation helpers", () => {
  it("says months in Dutch", () => {
    expect(months(1)).toBe("1 maand");
    expect(months(3)).toBe("3 maanden");
  });

  it("reads participants one per line or separated by commas", () => {
    expect(parseParticipants("Hans\n Linda , Bas Meijer\n\n")).toEqual(["Hans", "Linda", "Bas Meijer"]);
    expect(parseParticipants("  ")).toEqual([]);
  });

  it("proposes the planned date as held, but never a day still to come", () => {
    expect(proposedHeldOn("2026-03-01", "2026-03-11")).toBe("2026-03-01");
    expect(proposedHeldOn("2026-04-01", "2026-03-11")).toBe("2026-03-11");
    expect(proposedHeldOn(null, "2026-03-11")).toBe("2026-03-11");
  });
});
