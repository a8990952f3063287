import { describe, expect, it } from "vitest";
import type { ItemAccess } from "./consent";
import { itemViewerActions } from "./items";
import { authorize, can, viewerCaseActions } from "./policy";
import type { CaseResource } from "./rules";
import { actor } from "./test-fixtures";

// The plan is the casusregisseur's: the procesregisseur directs the process (read, doorbraak, escalation,
// check-ins, the phase) and edits plans only where the region says so (`procesregisseurEditsPlans`).

const WIJKTEAM = "org-wijkteam";
const GEMEENTE = "org-gemeente";
const SCHOOL = "org-school";

const theCase: CaseResource = {
  id: "case-1",
  casusregisseurId: "anna",
  casusregisseurOrganisationId: WIJKTEAM,
  procesregisseurId: "wilma",
  procesregisseurOrganisationId: GEMEENTE,
  teamOrganisationIds: [WIJKTEAM, SCHOOL],
};
const regionWhereProcesregisseurEdits: CaseResource = { ...theCase, procesregisseurEditsPlans: true };

const anna = actor("CASUSREGISSEUR", WIJKTEAM, "anna");
const colleague = actor("CASUSREGISSEUR", WIJKTEAM, "bart");
const wilma = actor("PROCESREGISSEUR", GEMEENTE, "wilma");
const otherProcesregisseur = actor("PROCESREGISSEUR", GEMEENTE, "paul");
const teacher = actor("PROFESSIONAL", SCHOOL, "sanne");

const PLAN_CONTENT = ["plan.manage", "plan.approve", "evaluation.manage"] as const;
/** What the procesregisseur keeps, whatever the region chooses. */
const PROCESS = ["case.read", "case.doorbraak", "case.escalate", "case.movePhase", "action.manage"] as const;

describe("plan content by default", () => {
  it("is the casusregisseur's and a directing colleague's", () => {
    for (const action of PLAN_CONTENT) {
      expect(can(anna, action, theCase).allowed).toBe(true);
      expect(can(colleague, action, theCase).allowed).toBe(true);
    }
  });

  it("is not the procesregisseur's: refused with FORBIDDEN (the case stays visible)", () => {
    for (const action of PLAN_CONTENT) {
      expect(can(wilma, action, theCase)).toMatchObject({ allowed: false });
      expect(() => authorize(wilma, action, theCase)).toThrowError(
        expect.objectContaining({ code: "FORBIDDEN" }) as unknown as Error,
      );
    }
    // Actions and results towards the goals: the team's work, not the procesregisseur's (his is the doorbraak).
    expect(can(wilma, "plan.work", theCase).allowed).toBe(false);
    expect(can(anna, "plan.work", theCase).allowed).toBe(true);
    expect(can(teacher, "plan.work", theCase).allowed).toBe(true);
  });

  it("leaves the procesregisseur the process: reading, doorbraak, escalation, the phase, action follow-up", () => {
    for (const action of PROCESS) expect(can(wilma, action, theCase).allowed).toBe(true);
  });

  it("hides the plan controls from the procesregisseur in viewerCan", () => {
    const offered = viewerCaseActions(wilma, theCase);
    expect(offered).not.toContain("MANAGE_PLAN");
    expect(offered).not.toContain("APPROVE_PLAN");
    expect(offered).not.toContain("MANAGE_EVALUATIONS");
    expect(offered).toContain("RECORD_DOORBRAAK");
    const goal = { kind: "GOAL" as const, authorProfessionalId: "anna", planStatus: "APPROVED" as const };
    const visible: ItemAccess = { allowed: true, via: "PROCESREGISSEUR" };
    expect(itemViewerActions(wilma, theCase, goal, visible)).not.toContain("ADD_ACTION");
    expect(itemViewerActions(wilma, theCase, goal, visible)).not.toContain("RECORD_RESULT");
    expect(itemViewerActions(teacher, theCase, goal, visible)).toEqual(
      expect.arrayContaining(["ADD_ACTION", "RECORD_RESULT"]),
    );
  });
});

describe("a region where the procesregisseur edits plans", () => {
  it("allows the case's procesregisseur the plan content as well", () => {
    for (const action of [...PLAN_CONTENT, "plan.work"] as const) {
      expect(can(wilma, action, regionWhereProcesregisseurEdits)).toMatchObject({
        allowed: true,
        reason: expect.stringContaining("procesregisseurEditingPlans") as unknown as string,
      });
    }
    expect(viewerCaseActions(wilma, regionWhereProcesregisseurEdits)).toEqual(
      expect.arrayContaining(["MANAGE_PLAN", "APPROVE_PLAN", "MANAGE_EVALUATIONS"]),
    );
  });

  it("does not reach another procesregisseur, nor a procesregisseur's other roles", () => {
    for (const action of [...PLAN_CONTENT, "plan.work"] as const) {
      expect(can(otherProcesregisseur, action, regionWhereProcesregisseurEdits).allowed).toBe(false);
      expect(can(teacher, action, regionWhereProcesregisseurEdits).allowed).toBe(action === "plan.work");
    }
    // A procesregisseur who is not the case's procesregisseur gets NOT_FOUND (the case is out of reach).
    expect(() =>
      authorize(otherProcesregisseur, "plan.approve", regionWhereProcesregisseurEdits),
    ).toThrowError(expect.objectContaining({ code: "NOT_FOUND" }) as unknown as Error);
  });

  it("takes the setting only when it is set: absent or false is the default", () => {
    expect(can(wilma, "plan.manage", { ...theCase, procesregisseurEditsPlans: false }).allowed).toBe(false);
    expect(can(wilma, "plan.manage", theCase).allowed).toBe(false);
  });
});
