import { describe, expect, it } from "vitest";
import {
  CASE_PHASES,
  allowedTransitions,
  canTransition,
  forwardSteps,
  phaseStepsOnPlanApproval,
  transitionNeedsReason,
} from "./phases";

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

describe("the phase follows the work", () => {
  it("walks forward one allowed step at a time", () => {
    expect(forwardSteps("INVENTORY", "EXECUTION")).toEqual(["ANALYSIS", "PLAN", "EXECUTION"]);
    expect(forwardSteps("PLAN", "EXECUTION")).toEqual(["EXECUTION"]);
    expect(forwardSteps("EXECUTION", "EXECUTION")).toEqual([]);
    expect(forwardSteps("EVALUATION", "EXECUTION")).toEqual([]);
    expect(forwardSteps("MONITORING", "CLOSED")).toEqual(["CLOSED"]);
    // CLOSED is reached from MONITORING, but CLOSED → … never goes forward.
    expect(forwardSteps("CLOSED", "EXECUTION")).toEqual([]);
  });

  it("moves a case before execution there when its first plan is approved, and nothing else", () => {
    expect(phaseStepsOnPlanApproval("INVENTORY", true)).toEqual(["ANALYSIS", "PLAN", "EXECUTION"]);
    expect(phaseStepsOnPlanApproval("ANALYSIS", true)).toEqual(["PLAN", "EXECUTION"]);
    expect(phaseStepsOnPlanApproval("PLAN", true)).toEqual(["EXECUTION"]);
    for (const phase of ["SIGNAL", "EXECUTION", "EVALUATION", "MONITORING", "CLOSED"] as const) {
      expect(phaseStepsOnPlanApproval(phase, true)).toEqual([]);
    }
    for (const phase of CASE_PHASES) expect(phaseStepsOnPlanApproval(phase, false)).toEqual([]);
    // Every step is a transition the rules allow.
    const path = ["INVENTORY", ...phaseStepsOnPlanApproval("INVENTORY", true)] as const;
    for (let i = 1; i < path.length; i++) expect(canTransition(path[i - 1]!, path[i]!)).toBe(true);
  });
});
