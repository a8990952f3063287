import { describe, expect, it } from "vitest";
import { RESULT_STATUSES, resultConcludesGoal } from "./results";

describe("results", () => {
  it("has the vocabulary of the family-plan issue in order", () => {
    expect(RESULT_STATUSES).toEqual([
      "IN_PROGRESS",
      "IMPROVING",
      "ACHIEVED",
      "NOT_ACHIEVED",
      "NOT_ATTAINABLE",
    ]);
  });

  it("concludes a goal with achieved, not achieved or not attainable", () => {
    expect(RESULT_STATUSES.filter(resultConcludesGoal)).toEqual([
      "ACHIEVED",
      "NOT_ACHIEVED",
      "NOT_ATTAINABLE",
    ]);
  });
});
