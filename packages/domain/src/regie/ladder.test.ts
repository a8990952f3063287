import { describe, expect, it } from "vitest";
import { checkLadderStep } from "./ladder";

const table = (level: number, active = true) => ({ level, active });

describe("the escalation ladder", () => {
  it("escalates only to an active table above the current level", () => {
    expect(checkLadderStep("UP", 0, table(1))).toBeNull();
    expect(checkLadderStep("UP", 1, table(3))).toBeNull();
    expect(checkLadderStep("UP", 2, table(2))).toBe("NOT_HIGHER");
    expect(checkLadderStep("UP", 3, table(1))).toBe("NOT_HIGHER");
    expect(checkLadderStep("UP", 0, null)).toBe("NOT_HIGHER");
    expect(checkLadderStep("UP", 0, table(2, false))).toBe("TABLE_RETIRED");
  });

  it("de-escalates to an active table below the current level, or to none", () => {
    expect(checkLadderStep("DOWN", 3, table(1))).toBeNull();
    expect(checkLadderStep("DOWN", 1, null)).toBeNull();
    expect(checkLadderStep("DOWN", 0, null)).toBe("NOT_LOWER");
    expect(checkLadderStep("DOWN", 2, table(2))).toBe("NOT_LOWER");
    expect(checkLadderStep("DOWN", 2, table(3))).toBe("NOT_LOWER");
    expect(checkLadderStep("DOWN", 3, table(1, false))).toBe("TABLE_RETIRED");
  });
});
