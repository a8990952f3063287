/**
 * Dutch labels for the family-plan enums of the contract (packages/schema/plan.graphql). The key order is
 * the order shown in selects, lists and the columns of the action board.
 */

import type {
  ActionScope,
  ActionStatus,
  EvaluationStatus,
  GoalPriority,
  PlanStatus,
  ResultStatus,
} from "../../generated/graphql";

export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = {
  DRAFT: "Concept",
  AGREED: "Afgesproken met gezin",
  APPROVED: "Vastgesteld",
  SUPERSEDED: "Vervangen",
};

export const GOAL_PRIORITY_LABELS: Record<GoalPriority, string> = {
  HIGH: "Hoog",
  MEDIUM: "Gemiddeld",
  LOW: "Laag",
};

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  OPEN: "Open",
  IN_PROGRESS: "Mee bezig",
  BLOCKED: "Geblokkeerd",
  DONE: "Afgerond",
  CANCELLED: "Geannuleerd",
};

export const RESULT_STATUS_LABELS: Record<ResultStatus, string> = {
  IN_PROGRESS: "Mee bezig",
  IMPROVING: "Gaat vooruit",
  ACHIEVED: "Bereikt",
  NOT_ACHIEVED: "Niet bereikt",
  NOT_ATTAINABLE: "Niet haalbaar",
};

export const EVALUATION_STATUS_LABELS: Record<EvaluationStatus, string> = {
  SCHEDULED: "Gepland",
  HELD: "Gehouden",
};

export const ACTION_SCOPE_LABELS: Record<ActionScope, string> = {
  MINE: "Mijn acties",
  ORGANISATION: "Mijn organisatie",
  ALL: "Alle acties",
};

/** The value of `?acties=` on the action board per scope (Dutch, readable in the address bar). */
export const ACTION_SCOPE_PARAMS: Record<ActionScope, string> = {
  MINE: "mijn",
  ORGANISATION: "organisatie",
  ALL: "alle",
};

export function keysOf<K extends string>(labels: Record<K, string>): K[] {
  return Object.keys(labels) as K[];
}

export const ACTION_STATUSES = keysOf(ACTION_STATUS_LABELS);
export const ACTION_SCOPES = keysOf(ACTION_SCOPE_LABELS);

/** Blocking, cancelling and reopening a finished action need a reason (the domain rule `actionTransitionNeedsReason`). */
export function actionChangeNeedsReason(from: ActionStatus | null | undefined, to: ActionStatus): boolean {
  return to === "BLOCKED" || to === "CANCELLED" || (from === "DONE" && to === "IN_PROGRESS");
}

/** What a live change of an action was, for screen readers: "‘Rooster aanpassen’ is gewijzigd: nu mee bezig." */
export function actionChangeText(
  action: { title?: string | null; status?: ActionStatus | null },
  added: boolean,
): string {
  const title = action.title ? `‘${action.title}’` : "Een actie";
  const status = action.status ? `: nu ${ACTION_STATUS_LABELS[action.status].toLowerCase()}` : "";
  return `${title} is ${added ? "toegevoegd" : "gewijzigd"}${status}.`;
}

/** "Versie 2". */
export function versionLabel(number: number): string {
  return `Versie ${number}`;
}

/** "1 actie", "3 acties". */
export function countActions(count: number): string {
  return `${count} ${count === 1 ? "actie" : "acties"}`;
}

/** Who carries an action: "Schuldhulp Lindehaven (Bas Meijer)". */
export function ownerText(action: {
  ownerOrganisation?: { name: string } | null;
  ownerProfessional?: { name: string } | null;
}): string {
  const organisation = action.ownerOrganisation?.name ?? "Onbekende organisatie";
  return action.ownerProfessional ? `${organisation} (${action.ownerProfessional.name})` : organisation;
}
