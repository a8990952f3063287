import { differenceInCalendarDays, format, isValid, parseISO } from "date-fns";
import { describe, expect, it } from "vitest";
import { addCalendarDays, calendarDate, calendarDaysBetween, checkedDate, isIsoDate } from "./dates";

describe("calendar dates", () => {
  it("adds calendar days across month, year and leap day, and across the change to summer time", () => {
    expect(addCalendarDays("2026-12-07", 1)).toBe("2026-12-08");
    expect(addCalendarDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addCalendarDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addCalendarDays("2026-03-28", 2)).toBe("2026-03-30");
    expect(addCalendarDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addCalendarDays("2026-03-01", 0)).toBe("2026-03-01");
    expect(calendarDaysBetween("2026-11-23", addCalendarDays("2026-11-23", 400))).toBe(400);
  });

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
    expect(isIsoDate("1900-02-29")).toBe(false);
    expect(isIsoDate("2000-02-29")).toBe(true);
    expect(isIsoDate("2025-04-31")).toBe(false);
    expect(isIsoDate("2025-00-10")).toBe(false);
    expect(isIsoDate("2025-01-00")).toBe(false);
  });

  it("decides and counts as date-fns does, without its cost", () => {
    // Every day of 1999–2001 and around 2024's leap day, plus impossible days: the same verdict as parsing
    // and formatting with date-fns; and the days between pairs of them as differenceInCalendarDays counts.
    const viaDateFns = (value: string) => {
      const date = parseISO(value);
      return isValid(date) && format(date, "yyyy-MM-dd") === value;
    };
    const days: string[] = [];
    for (const year of ["1999", "2000", "2001", "2024"]) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 0; day <= 32; day++) {
          const value = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
          expect(isIsoDate(value), value).toBe(viaDateFns(value));
          if (isIsoDate(value)) days.push(value);
        }
      }
    }
    for (let i = 0; i < days.length; i += 7) {
      const from = days[i]!;
      const to = days[(i * 31) % days.length]!;
      expect(calendarDaysBetween(from, to), `${from} → ${to}`).toBe(
        differenceInCalendarDays(parseISO(to), parseISO(from)),
      );
    }
    expect(calendarDaysBetween("2025-03-29", "2025-03-31")).toBe(2); // over the change to summer time
    expect(calendarDaysBetween("2024-03-01", "2024-02-28")).toBe(-2);
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
