import type { FamilyPlanViewQuery } from "../../generated/graphql";
import type { CaseDetail } from "../cases/types";
import type { FamilyPlanInput } from "./familyText";

export type ViewCase = NonNullable<FamilyPlanViewQuery["case"]>;
export type ViewPlan = NonNullable<ViewCase["currentPlan"]>;

/**
 * What the family sees, from what the viewer may see — the same choices the server makes for the PDF: the
 * approved plan in force, else the draft; the next evaluation is the earliest one planned and not yet held,
 * else when it is due.
 */
export function familyInput(caseData: CaseDetail, found: ViewCase, plan: ViewPlan): FamilyPlanInput {
  const inForce = plan.status === "APPROVED";
  const planned = found.evaluations
    .filter((e) => e.status === "SCHEDULED" && e.scheduledOn && e.planId === plan.id)
    .map((e) => e.scheduledOn!)
    .sort();
  const nextEvaluationOn = inForce ? (planned[0] ?? found.evaluationSchedule.nextDueOn ?? null) : null;
  const director = caseData.casusregisseur;
  return {
    caseTitle: caseData.title,
    planNumber: plan.number,
    status: plan.status,
    perspective: plan.redacted ? null : (plan.perspective ?? ""),
    approvedOn: plan.approvedOn ?? null,
    agreedOn: plan.agreedOn ?? null,
    goals: plan.goals
      .filter((g) => !g.redacted && g.familyWording !== null && g.priority !== null)
      .map((g) => ({
        domain: g.domain,
        familyWording: g.familyWording ?? "",
        professionalWording: g.professionalWording ?? null,
        priority: g.priority ?? "MEDIUM",
        targetDate: g.targetDate ?? null,
        actions: g.actions
          .filter((a) => !a.redacted && a.title !== null && a.status !== null)
          .map((a) => ({
            title: a.title ?? "",
            organisationName: a.ownerOrganisation?.name ?? null,
            professionalName: a.ownerProfessional?.name ?? null,
            dueOn: a.dueOn ?? null,
            status: a.status ?? "OPEN",
          })),
      })),
    nextEvaluationOn,
    casusregisseur: director ? { name: director.name, organisation: director.organisation.name } : null,
    incomplete: plan.redacted,
  };
}
