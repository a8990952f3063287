import { describe, expect, it } from "vitest";
import {
  DEFAULT_EVALUATION_INTERVAL_MONTHS,
  evaluationIntervalProblem,
  isEvaluationOverdue,
  nextEvaluationDue,
} from "./evaluations";

describe("evaluation schedule", () => {
  it("is due 3 months after approval by default", () => {
    expect(DEFAULT_EVALUATION_INTERVAL_MONTHS).toBe(3);
    expect(nextEvaluationDue("2025-03-10")).toBe("2025-06-10");
    expect(nextEvaluationDue("2025-03-10", undefined, null)).toBe("2025-06-10");
  });

  it("follows the interval of the case", () => {
    expect(nextEvaluationDue("2025-03-10", 6)).toBe("2025-09-10");
    expect(nextEvaluationDue("2025-03-10", 1)).toBe("2025-04-10");
    expect(nextEvaluationDue("2025-11-15", 3)).toBe("2026-02-15");
  });

  it("runs from the last evaluation held", () => {
    expect(nextEvaluationDue("2025-03-10", 3, "2025-06-20")).toBe("2025-09-20");
  });

  it("ignores an evaluation held before this plan version was approved", () => {
    expect(nextEvaluationDue("2025-03-10", 3, "2025-02-01")).toBe("2025-06-10");
  });

  it("keeps a month end within its month", () => {
    expect(nextEvaluationDue("2025-11-30", 3)).toBe("2026-02-28");
    expect(nextEvaluationDue("2023-11-30", 3)).toBe("2024-02-29");
    expect(nextEvaluationDue("2025-01-31", 1)).toBe("2025-02-28");
  });

  it("accepts whole months from 1 to 12 as interval", () => {
    expect(evaluationIntervalProblem(1)).toBeNull();
    expect(evaluationIntervalProblem(12)).toBeNull();
    for (const bad of [0, 13, 2.5, -3, "3", null]) {
      expect(evaluationIntervalProblem(bad), String(bad)).toMatch(/maanden/);
    }
    expect(() => nextEvaluationDue("2025-03-10", 0)).toThrow(RangeError);
    expect(() => nextEvaluationDue("2025-03-10", 1.5)).toThrow(RangeError);
    expect(() => nextEvaluationDue("2025-02-30", 3)).toThrow(RangeError);
  });
});

describe("overdue evaluations", () => {
  it("is overdue after the due date, not on it", () => {
    expect(isEvaluationOverdue("2025-06-10", "2025-06-11")).toBe(true);
    expect(isEvaluationOverdue("2025-06-10", "2025-06-10")).toBe(false);
    expect(isEvaluationOverdue("2025-06-10", "2025-05-31")).toBe(false);
  });

  it("uses the date in the Netherlands for a moment", () => {
    expect(isEvaluationOverdue("2025-06-10", new Date("2025-06-10T22:30:00Z"))).toBe(true);
    expect(isEvaluationOverdue("2025-06-10", new Date("2025-06-10T21:30:00Z"))).toBe(false);
  });
});
