import { describe, expect, it } from "vitest";
import { countedActions, everyOpenPhase, OPEN_CASE_PHASES, onTimeShare } from "./charts";

describe("the portfolio charts' pure pieces", () => {
  it("lists every phase of an open case in order, filling the phases without cases", () => {
    const rows = everyOpenPhase([
      { phase: "EXECUTION", cases: 1, medianWeeks: 7, maxWeeks: 7 },
      { phase: "INVENTORY", cases: 2, medianWeeks: 9.5, maxWeeks: 16 },
    ]);
    expect(rows.map((r) => r.phase)).toEqual([
      "SIGNAL",
      "INVENTORY",
      "ANALYSIS",
      "PLAN",
      "EXECUTION",
      "EVALUATION",
      "MONITORING",
    ]);
    expect(rows).toHaveLength(OPEN_CASE_PHASES.length);
    expect(rows[0]).toEqual({ phase: "SIGNAL", cases: 0, medianWeeks: null, maxWeeks: null });
    expect(rows[1]).toEqual({ phase: "INVENTORY", cases: 2, medianWeeks: 9.5, maxWeeks: 16 });
    expect(rows[4]).toEqual({ phase: "EXECUTION", cases: 1, medianWeeks: 7, maxWeeks: 7 });
  });

  it("refuses a closed phase or a phase twice as a programming error", () => {
    expect(() => everyOpenPhase([{ phase: "CLOSED", cases: 1, medianWeeks: 1, maxWeeks: 1 }])).toThrow(
      RangeError,
    );
    const row = { phase: "PLAN" as const, cases: 1, medianWeeks: 1, maxWeeks: 1 };
    expect(() => everyOpenPhase([row, row])).toThrow(RangeError);
  });

  it("gives the share done on time, overdue open actions counting against it", () => {
    expect(onTimeShare({ doneOnTime: 2, doneLate: 1, openOverdue: 1 })).toBe(0.5);
    expect(onTimeShare({ doneOnTime: 3, doneLate: 0, openOverdue: 0 })).toBe(1);
    expect(onTimeShare({ doneOnTime: 0, doneLate: 0, openOverdue: 2 })).toBe(0);
    expect(onTimeShare({ doneOnTime: 0, doneLate: 0, openOverdue: 0 })).toBeNull();
    expect(countedActions({ doneOnTime: 2, doneLate: 1, openOverdue: 1 })).toBe(4);
  });
});
