import { describe, expect, it } from "vitest";
import {
  PLAN_STATUSES,
  agreementProblem,
  allowedPlanTransitions,
  approvalProblem,
  canTransitionPlan,
  planIncludesYouthCare,
  planIsEditable,
  planTransitionNeedsReason,
  planTransitionProblem,
  type PlanStatus,
} from "./plan";

const TODAY = "2025-03-10";
const agreement = { agreedBy: ["person-moeder", "person-vader"], agreedOn: "2025-03-03" };
const youthCarePlan = { goals: [{ domain: "HOUSING" as const }, { domain: "YOUTH_CARE" as const }] };
const plainPlan = { goals: [{ domain: "FINANCES" as const }] };

describe("plan statuses", () => {
  it("has the vocabulary of docs/domain.md in order", () => {
    expect(PLAN_STATUSES).toEqual(["DRAFT", "AGREED", "APPROVED", "SUPERSEDED"]);
  });

  it("moves forward one step at a time: drafted, agreed, approved, superseded", () => {
    expect(canTransitionPlan("DRAFT", "AGREED")).toBe(true);
    expect(canTransitionPlan("AGREED", "APPROVED")).toBe(true);
    expect(canTransitionPlan("APPROVED", "SUPERSEDED")).toBe(true);
    expect(canTransitionPlan("DRAFT", "APPROVED")).toBe(false);
    expect(canTransitionPlan("DRAFT", "SUPERSEDED")).toBe(false);
    expect(canTransitionPlan("AGREED", "SUPERSEDED")).toBe(false);
  });

  it("never changes a superseded or approved plan back", () => {
    expect(allowedPlanTransitions("SUPERSEDED")).toEqual([]);
    expect(allowedPlanTransitions("APPROVED")).toEqual(["SUPERSEDED"]);
    for (const status of PLAN_STATUSES) expect(canTransitionPlan(status, status)).toBe(false);
  });

  it("lets an agreed plan go back to draft, with a reason", () => {
    expect(canTransitionPlan("AGREED", "DRAFT")).toBe(true);
    expect(planTransitionNeedsReason("AGREED", "DRAFT")).toBe(true);
    expect(planTransitionNeedsReason("DRAFT", "AGREED")).toBe(false);
    expect(planTransitionNeedsReason("AGREED", "APPROVED")).toBe(false);
  });

  it("lets only a draft be edited", () => {
    const editable = PLAN_STATUSES.filter((s: PlanStatus) => planIsEditable(s));
    expect(editable).toEqual(["DRAFT"]);
  });
});

describe("approving a plan", () => {
  it("sees youth care in a YOUTH_CARE goal only", () => {
    expect(planIncludesYouthCare(youthCarePlan)).toBe(true);
    expect(planIncludesYouthCare({ goals: [{ domain: "PARENTING" }, { domain: "SAFETY" }] })).toBe(false);
  });

  it("needs a registered professional for a plan with youth care", () => {
    expect(approvalProblem(youthCarePlan, { hasRegistration: false })).toMatch(/SKJ- of BIG-registratie/);
    expect(approvalProblem(youthCarePlan, { hasRegistration: true })).toBeNull();
  });

  it("lets any professional approve a plan without youth care", () => {
    expect(approvalProblem(plainPlan, { hasRegistration: false })).toBeNull();
  });

  it("refuses a plan without goals, whoever approves", () => {
    expect(approvalProblem({ goals: [] }, { hasRegistration: true })).toMatch(/zonder doelen/);
  });
});

describe("the family's agreement", () => {
  it("records who agreed and when", () => {
    expect(agreementProblem(agreement, TODAY)).toBeNull();
    expect(agreementProblem({ ...agreement, agreedOn: TODAY }, TODAY)).toBeNull();
    expect(agreementProblem(null, TODAY)).toMatch(/wie .* en wanneer/);
    expect(agreementProblem({ ...agreement, agreedBy: [] }, TODAY)).toMatch(/wie/);
    expect(agreementProblem({ ...agreement, agreedBy: ["  "] }, TODAY)).toMatch(/wie/);
    expect(agreementProblem({ ...agreement, agreedOn: "" }, TODAY)).toMatch(/wanneer/);
    expect(agreementProblem({ ...agreement, agreedOn: "2025-02-30" }, TODAY)).toMatch(/wanneer/);
  });

  it("cannot be dated in the future (Dutch calendar date)", () => {
    expect(agreementProblem({ ...agreement, agreedOn: "2025-03-11" }, TODAY)).toMatch(/toekomst/);
    // Just after midnight in Amsterdam it is already the 11th.
    expect(
      agreementProblem({ ...agreement, agreedOn: "2025-03-11" }, new Date("2025-03-10T23:30:00Z")),
    ).toBeNull();
  });
});

describe("plan transition problems", () => {
  it("refuses a transition the status flow does not have", () => {
    expect(
      planTransitionProblem(
        { from: "DRAFT", to: "APPROVED", ...youthCarePlan, approver: { hasRegistration: true } },
        TODAY,
      ),
    ).toMatch(/DRAFT kan niet naar APPROVED/);
    expect(planTransitionProblem({ from: "SUPERSEDED", to: "DRAFT", ...plainPlan }, TODAY)).not.toBeNull();
  });

  it("needs goals and the family's agreement to agree a plan", () => {
    expect(planTransitionProblem({ from: "DRAFT", to: "AGREED", ...plainPlan, agreement }, TODAY)).toBeNull();
    expect(planTransitionProblem({ from: "DRAFT", to: "AGREED", goals: [], agreement }, TODAY)).toMatch(
      /zonder doelen/,
    );
    expect(planTransitionProblem({ from: "DRAFT", to: "AGREED", ...plainPlan }, TODAY)).toMatch(/ingestemd/);
  });

  it("applies the approval rule and needs an approver", () => {
    const base = { from: "AGREED", to: "APPROVED", ...youthCarePlan } as const;
    expect(planTransitionProblem({ ...base, approver: { hasRegistration: true } }, TODAY)).toBeNull();
    expect(planTransitionProblem({ ...base, approver: { hasRegistration: false } }, TODAY)).toMatch(/SKJ/);
    expect(planTransitionProblem({ ...base, goals: plainPlan.goals }, TODAY)).toMatch(
      /wie het plan vaststelt/,
    );
    expect(planTransitionProblem({ ...base, goals: [], approver: { hasRegistration: true } }, TODAY)).toMatch(
      /zonder doelen/,
    );
  });

  it("supersedes an approved plan only when a next version exists", () => {
    const base = { from: "APPROVED", to: "SUPERSEDED", ...plainPlan } as const;
    expect(planTransitionProblem({ ...base, hasNextVersion: true }, TODAY)).toBeNull();
    expect(planTransitionProblem({ ...base, hasNextVersion: false }, TODAY)).toMatch(/volgende versie/);
    expect(planTransitionProblem(base, TODAY)).toMatch(/volgende versie/);
  });

  it("needs a reason to take an agreed plan back to draft", () => {
    const base = { from: "AGREED", to: "DRAFT", ...plainPlan } as const;
    expect(planTransitionProblem(base, TODAY)).toMatch(/reden/);
    expect(planTransitionProblem({ ...base, reason: "  " }, TODAY)).toMatch(/reden/);
    expect(
      planTransitionProblem({ ...base, reason: "Vader wil het doel voor werk anders" }, TODAY),
    ).toBeNull();
  });
});
