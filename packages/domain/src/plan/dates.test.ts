import { describe, expect, it } from "vitest";
import { calendarDate, checkedDate, isIsoDate } from "./dates";

describe("calendar dates", () => {
  it("accepts only existing dates written YYYY-MM-DD", () => {
    expect(isIsoDate("2025-03-10")).toBe(true);
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2025-02-29")).toBe(false);
    expect(isIsoDate("2025-02-30")).toBe(false);
    expect(isIsoDate("2025-13-01")).toBe(false);
    expect(isIsoDate("0000-01-01")).toBe(false);
    expect(isIsoDate("2025-3-10")).toBe(false);
    expect(isIsoDate("2025-03-10T10:00:00Z")).toBe(false);
    expect(isIsoDate("")).toBe(false);
    expect(isIsoDate(20250310)).toBe(false);
  });

  it("takes today as the date in the Netherlands", () => {
    // 23:30 UTC on 10 March is 00:30 on 11 March in Amsterdam (CET, UTC+1).
    expect(calendarDate(new Date("2025-03-10T23:30:00Z"))).toBe("2025-03-11");
    // In summer time (UTC+2) 22:30 UTC is already the next day.
    expect(calendarDate(new Date("2025-07-10T22:30:00Z"))).toBe("2025-07-11");
    expect(calendarDate(new Date("2025-07-10T21:30:00Z"))).toBe("2025-07-10");
    expect(calendarDate("2025-03-10")).toBe("2025-03-10");
  });

  it("refuses a malformed date as a programming error", () => {
    expect(() => calendarDate("10-03-2025")).toThrow(RangeError);
    expect(() => checkedDate("2025-02-30", "dueOn")).toThrow(/dueOn/);
  });
});
