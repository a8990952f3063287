import { describe, expect, it } from "vitest";
import { dueText } from "./dates";

describe("due dates in words", () => {
  it("says when, and how late", () => {
    expect(dueText("2026-05-20", "2026-05-20")).toBe("vandaag");
    expect(dueText("2026-05-21", "2026-05-20")).toBe("morgen");
    expect(dueText("2026-07-01", "2026-05-20")).toBe("over 42 dagen");
    expect(dueText("2026-05-19", "2026-05-20")).toBe("1 dag te laat");
    expect(dueText("2026-05-10", "2026-05-20")).toBe("10 dagen te laat");
    expect(dueText("2026-03-30", "2026-03-28")).toBe("over 2 dagen"); // across the change to summer time
  });
});
