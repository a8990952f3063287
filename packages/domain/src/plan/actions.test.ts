import { describe, expect, it } from "vitest";
import {
  ACTION_STATUSES,
  ACTIVE_ACTION_STATUSES,
  actionStatusProblem,
  actionTransitionNeedsReason,
  allowedActionTransitions,
  canTransitionAction,
  isActionOverdue,
  type ActionStatus,
} from "./actions";

describe("action statuses", () => {
  it("has the vocabulary of docs/domain.md in order", () => {
    expect(ACTION_STATUSES).toEqual(["OPEN", "IN_PROGRESS", "DONE", "BLOCKED", "CANCELLED"]);
    expect(ACTIVE_ACTION_STATUSES).toEqual(["OPEN", "IN_PROGRESS", "BLOCKED"]);
  });

  it("moves freely between the active statuses and from each to done or cancelled", () => {
    for (const from of ACTIVE_ACTION_STATUSES) {
      for (const to of ACTION_STATUSES) {
        expect(canTransitionAction(from, to), `${from} -> ${to}`).toBe(from !== to);
      }
    }
  });

  it("keeps CANCELLED final and DONE final except for reopening into IN_PROGRESS", () => {
    expect(allowedActionTransitions("CANCELLED")).toEqual([]);
    expect(allowedActionTransitions("DONE")).toEqual(["IN_PROGRESS"]);
    expect(canTransitionAction("DONE", "OPEN")).toBe(false);
    expect(canTransitionAction("DONE", "CANCELLED")).toBe(false);
  });

  it("asks a reason for blocking, cancelling and reopening", () => {
    expect(actionTransitionNeedsReason("OPEN", "BLOCKED")).toBe(true);
    expect(actionTransitionNeedsReason(null, "BLOCKED")).toBe(true);
    expect(actionTransitionNeedsReason("IN_PROGRESS", "CANCELLED")).toBe(true);
    expect(actionTransitionNeedsReason("DONE", "IN_PROGRESS")).toBe(true);
    expect(actionTransitionNeedsReason("OPEN", "IN_PROGRESS")).toBe(false);
    expect(actionTransitionNeedsReason("IN_PROGRESS", "DONE")).toBe(false);
    expect(actionTransitionNeedsReason("BLOCKED", "IN_PROGRESS")).toBe(false);
  });
});

describe("action status problems", () => {
  it("requires a reason for BLOCKED, also when it stays blocked", () => {
    expect(actionStatusProblem({ from: "OPEN", to: "BLOCKED" })).toMatch(/geblokkeerd/);
    expect(actionStatusProblem({ from: "OPEN", to: "BLOCKED", reason: " " })).toMatch(/geblokkeerd/);
    expect(actionStatusProblem({ from: "OPEN", to: "BLOCKED", reason: "Wachtlijst GGZ" })).toBeNull();
    expect(actionStatusProblem({ from: "BLOCKED", to: "BLOCKED", reason: null })).toMatch(/geblokkeerd/);
    expect(actionStatusProblem({ from: null, to: "BLOCKED" })).toMatch(/geblokkeerd/);
  });

  it("starts a new action active, never done or cancelled", () => {
    expect(actionStatusProblem({ from: null, to: "OPEN" })).toBeNull();
    expect(actionStatusProblem({ from: null, to: "IN_PROGRESS" })).toBeNull();
    expect(actionStatusProblem({ from: null, to: "DONE" })).toMatch(/nieuwe actie/);
    expect(actionStatusProblem({ from: null, to: "CANCELLED", reason: "x" })).toMatch(/nieuwe actie/);
  });

  it("refuses to reopen a cancelled action, and DONE → OPEN", () => {
    expect(actionStatusProblem({ from: "CANCELLED", to: "OPEN", reason: "toch nodig" })).toMatch(
      /nieuwe actie/,
    );
    expect(actionStatusProblem({ from: "DONE", to: "OPEN", reason: "toch nodig" })).toMatch(
      /DONE kan niet naar OPEN/,
    );
  });

  it("reopens a done action into IN_PROGRESS only with a reason", () => {
    expect(actionStatusProblem({ from: "DONE", to: "IN_PROGRESS" })).toMatch(/heropenen/);
    expect(
      actionStatusProblem({ from: "DONE", to: "IN_PROGRESS", reason: "Huur weer achterstallig" }),
    ).toBeNull();
  });

  it("cancels only with a reason", () => {
    expect(actionStatusProblem({ from: "OPEN", to: "CANCELLED" })).toMatch(/annuleren/);
    expect(actionStatusProblem({ from: "OPEN", to: "CANCELLED", reason: "Gezin verhuisd" })).toBeNull();
  });

  it("passes ordinary progress without a reason", () => {
    expect(actionStatusProblem({ from: "OPEN", to: "IN_PROGRESS" })).toBeNull();
    expect(actionStatusProblem({ from: "IN_PROGRESS", to: "DONE" })).toBeNull();
    expect(actionStatusProblem({ from: "BLOCKED", to: "IN_PROGRESS" })).toBeNull();
    expect(actionStatusProblem({ from: "OPEN", to: "OPEN" })).toBeNull();
  });
});

describe("overdue actions", () => {
  const due = (status: ActionStatus, dueOn: string | null = "2025-03-10") => ({ status, dueOn });

  it("is overdue only when active and past its due date", () => {
    for (const status of ACTION_STATUSES) {
      const active = status === "OPEN" || status === "IN_PROGRESS" || status === "BLOCKED";
      expect(isActionOverdue(due(status), "2025-03-11"), status).toBe(active);
    }
  });

  it("is not overdue on its due date, nor without one", () => {
    expect(isActionOverdue(due("OPEN"), "2025-03-10")).toBe(false);
    expect(isActionOverdue(due("OPEN"), "2025-03-09")).toBe(false);
    expect(isActionOverdue(due("OPEN", null), "2030-01-01")).toBe(false);
  });

  it("compares calendar dates, not string lengths or months as numbers", () => {
    expect(isActionOverdue(due("OPEN", "2024-12-31"), "2025-01-01")).toBe(true);
    expect(isActionOverdue(due("OPEN", "2025-09-30"), "2025-10-01")).toBe(true);
  });

  it("uses the date in the Netherlands for a moment", () => {
    // 23:30 UTC on the due date is already the next day in Amsterdam.
    expect(isActionOverdue(due("OPEN"), new Date("2025-03-10T23:30:00Z"))).toBe(true);
    expect(isActionOverdue(due("OPEN"), new Date("2025-03-10T22:30:00Z"))).toBe(false);
  });

  it("refuses a malformed date instead of guessing", () => {
    expect(() => isActionOverdue(due("OPEN", "10-03-2025"), "2025-03-11")).toThrow(RangeError);
  });
});
