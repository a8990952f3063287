import { describe, expect, it } from "vitest";
import { dayKey, groupByDay, timeOfDay } from "./days";

describe("days in Dutch time", () => {
  it("takes the calendar day in Amsterdam, not in UTC", () => {
    expect(dayKey("2026-12-05T23:30:00Z")).toBe("2026-12-06");
    expect(dayKey("2026-12-05T22:59:59Z")).toBe("2026-12-05");
    expect(dayKey("2026-07-01T22:30:00Z")).toBe("2026-07-02"); // summer time, UTC+2
    expect(dayKey(null)).toBeNull();
    expect(dayKey("geen datum")).toBeNull();
  });

  it("tells the time of day in Dutch time", () => {
    expect(timeOfDay("2026-12-06T08:05:00Z")).toBe("09:05");
    expect(timeOfDay("2026-07-01T08:05:00Z")).toBe("10:05");
    expect(timeOfDay(undefined)).toBe("");
  });

  it("groups consecutive items of one Dutch day, in the order given, with the day as labelOf says it", () => {
    const items = [
      { id: "a", createdAt: "2026-12-05T23:15:00Z" }, // 00:15 on the 6th in Amsterdam
      { id: "b", createdAt: "2026-12-05T12:00:00Z" },
      { id: "c", createdAt: "2026-12-05T08:00:00Z" },
      { id: "d", createdAt: "kapot" },
    ];
    const groups = groupByDay(items, (key) => `dag ${key}`);
    expect(groups.map((g) => [g.key, g.label, g.items.map((i) => i.id)])).toEqual([
      ["2026-12-06", "dag 2026-12-06", ["a"]],
      ["2026-12-05", "dag 2026-12-05", ["b", "c"]],
      ["", "Onbekende datum", ["d"]],
    ]);
    expect(groupByDay([], () => "")).toEqual([]);
  });
});
