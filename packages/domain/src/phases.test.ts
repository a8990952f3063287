import { describe, expect, it } from "vitest";
import { CASE_PHASES, allowedTransitions, canTransition, transitionNeedsReason } from "./phases";

describe("case phases", () => {
  it("moves forward one step at a time", () => {
    for (let i = 0; i < CASE_PHASES.length - 2; i++) {
      expect(canTransition(CASE_PHASES[i]!, CASE_PHASES[i + 1]!)).toBe(true);
    }
    expect(canTransition("SIGNAL", "PLAN")).toBe(false);
    expect(canTransition("INVENTORY", "EXECUTION")).toBe(false);
  });

  it("lets every open phase close, and a closed case reopen only into inventory", () => {
    for (const phase of CASE_PHASES.filter((p) => p !== "CLOSED")) {
      expect(canTransition(phase, "CLOSED")).toBe(true);
    }
    expect(allowedTransitions("CLOSED")).toEqual(["INVENTORY"]);
  });

  it("allows going back where the work goes back", () => {
    expect(canTransition("EVALUATION", "PLAN")).toBe(true);
    expect(canTransition("MONITORING", "EXECUTION")).toBe(true);
    expect(canTransition("EXECUTION", "SIGNAL")).toBe(false);
    expect(canTransition("PLAN", "PLAN")).toBe(false);
  });

  it("asks a reason for closing, reopening and going back", () => {
    expect(transitionNeedsReason("EXECUTION", "CLOSED")).toBe(true);
    expect(transitionNeedsReason("CLOSED", "INVENTORY")).toBe(true);
    expect(transitionNeedsReason("EVALUATION", "PLAN")).toBe(true);
    expect(transitionNeedsReason("PLAN", "EXECUTION")).toBe(false);
  });
});
