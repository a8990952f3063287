import type { Domain } from "../enums";
import { calendarDate, isIsoDate } from "./dates";

// The family plan (gezinsplan, docs/domain.md), versioned. A version is drafted, agreed with the family
// (who agreed and when is recorded), approved (vastgesteld) and finally superseded by the next version; earlier
// versions stay readable but never change again. Only a draft may be edited: a change to an approved plan is a
// new version.
//
// Decision: an AGREED plan that still needs a change before approval (the approver or the family asks for it)
// may go back to DRAFT, with a reason; the family's agreement then lapses and is asked again. Without this an
// agreed plan that cannot be approved would be stuck (it cannot be edited, and only an approved plan is
// superseded).

export const PLAN_STATUSES = ["DRAFT", "AGREED", "APPROVED", "SUPERSEDED"] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

const TRANSITIONS: Record<PlanStatus, readonly PlanStatus[]> = {
  DRAFT: ["AGREED"],
  AGREED: ["APPROVED", "DRAFT"],
  APPROVED: ["SUPERSEDED"],
  SUPERSEDED: [],
};

export function allowedPlanTransitions(from: PlanStatus): readonly PlanStatus[] {
  return TRANSITIONS[from];
}

export function canTransitionPlan(from: PlanStatus, to: PlanStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Going back from AGREED to DRAFT needs a reason in the dossier (the family's agreement lapses). */
export function planTransitionNeedsReason(from: PlanStatus, to: PlanStatus): boolean {
  return from === "AGREED" && to === "DRAFT";
}

/** Perspective and goals may change only while the plan is a draft. */
export function planIsEditable(status: PlanStatus): boolean {
  return status === "DRAFT";
}

/** Goals in YOUTH_CARE mean jeugdhulp is part of the plan. */
export function planIncludesYouthCare(plan: { goals: readonly { domain: Domain }[] }): boolean {
  return plan.goals.some((goal) => goal.domain === "YOUTH_CARE");
}

/**
 * Whether `approver` may approve (vaststellen) `plan`: a plan needs goals, and a plan that includes youth care
 * can only be approved by a professional with a registration (SKJ or BIG) on record. Null when allowed, else
 * the reason in Dutch.
 */
export function approvalProblem(
  plan: { goals: readonly { domain: Domain }[] },
  approver: { hasRegistration: boolean },
): string | null {
  if (plan.goals.length === 0) return "Een plan zonder doelen kan niet worden vastgesteld.";
  if (planIncludesYouthCare(plan) && !approver.hasRegistration) {
    return "Dit plan bevat jeugdhulp: alleen een professional met een SKJ- of BIG-registratie kan het vaststellen.";
  }
  return null;
}

/** The family's agreement with a plan version: who agreed (the family members, e.g. person ids) and when. */
export interface FamilyAgreement {
  agreedBy: readonly string[];
  agreedOn: string;
}

/** Null when the agreement names who agreed and a date that is not in the future, else the reason in Dutch. */
export function agreementProblem(
  agreement: FamilyAgreement | null | undefined,
  today: Date | string,
): string | null {
  if (!agreement) return "Leg vast wie van het gezin met het plan heeft ingestemd en wanneer.";
  if (agreement.agreedBy.length === 0 || agreement.agreedBy.some((who) => who.trim() === "")) {
    return "Leg vast wie van het gezin met het plan heeft ingestemd.";
  }
  if (!isIsoDate(agreement.agreedOn)) return "Leg vast wanneer het gezin met het plan heeft ingestemd.";
  if (agreement.agreedOn > calendarDate(today)) return "De datum van instemming ligt in de toekomst.";
  return null;
}

export interface PlanTransition {
  from: PlanStatus;
  to: PlanStatus;
  goals: readonly { domain: Domain }[];
  /** Needed for DRAFT → AGREED. */
  agreement?: FamilyAgreement | null;
  /** Needed for AGREED → APPROVED. */
  approver?: { hasRegistration: boolean } | null;
  /** Needed for APPROVED → SUPERSEDED: a plan is only superseded by a next version. */
  hasNextVersion?: boolean;
  /** Needed for AGREED → DRAFT. */
  reason?: string | null;
}

/** Every rule of a status change in one place: null when allowed, else the first reason in Dutch. */
export function planTransitionProblem(change: PlanTransition, today: Date | string): string | null {
  const { from, to } = change;
  if (!canTransitionPlan(from, to)) return `Een plan met status ${from} kan niet naar ${to}.`;
  if (to === "AGREED") {
    if (change.goals.length === 0) return "Een plan zonder doelen kan niet worden afgesproken met het gezin.";
    return agreementProblem(change.agreement, today);
  }
  if (to === "APPROVED") {
    if (!change.approver) return "Leg vast wie het plan vaststelt.";
    return approvalProblem({ goals: change.goals }, change.approver);
  }
  if (to === "SUPERSEDED" && !change.hasNextVersion) {
    return "Een plan wordt alleen vervangen door een volgende versie.";
  }
  if (planTransitionNeedsReason(from, to) && !change.reason?.trim()) {
    return "Geef een reden om het afgesproken plan weer als concept te bewerken.";
  }
  return null;
}
