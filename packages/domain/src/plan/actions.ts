import { calendarDate, checkedDate } from "./dates";

// Actions (actiemanagement, docs/domain.md): per goal, an owner organisation and professional, a due date
// and a status. Overdue is derived from the status and the due date, never stored.
//
// Decisions on the status flow:
// - OPEN, IN_PROGRESS and BLOCKED are the active statuses; an action moves freely between them and from any
//   of them to DONE or CANCELLED.
// - A new action starts active (OPEN, IN_PROGRESS or BLOCKED), never DONE or CANCELLED.
// - BLOCKED needs a reason (what stands in the way), and so does CANCELLED (the plan was agreed with the
//   family; dropping an action is explained in the dossier).
// - DONE is final except for reopening: DONE → IN_PROGRESS with a reason (the result did not hold, the work
//   turned out unfinished). Not DONE → OPEN: reopened work has an owner already at it.
// - CANCELLED is final: work that is needed again is a new action.

export const ACTION_STATUSES = ["OPEN", "IN_PROGRESS", "DONE", "BLOCKED", "CANCELLED"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** Statuses in which the work is still to be done, so a due date can pass. */
export const ACTIVE_ACTION_STATUSES = [
  "OPEN",
  "IN_PROGRESS",
  "BLOCKED",
] as const satisfies readonly ActionStatus[];

/** Statuses a new action may start in. */
export const INITIAL_ACTION_STATUSES = ACTIVE_ACTION_STATUSES;

const TRANSITIONS: Record<ActionStatus, readonly ActionStatus[]> = {
  OPEN: ["IN_PROGRESS", "BLOCKED", "DONE", "CANCELLED"],
  IN_PROGRESS: ["OPEN", "BLOCKED", "DONE", "CANCELLED"],
  BLOCKED: ["OPEN", "IN_PROGRESS", "DONE", "CANCELLED"],
  DONE: ["IN_PROGRESS"],
  CANCELLED: [],
};

export function allowedActionTransitions(from: ActionStatus): readonly ActionStatus[] {
  return TRANSITIONS[from];
}

export function canTransitionAction(from: ActionStatus, to: ActionStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function isActionActive(status: ActionStatus): boolean {
  return (ACTIVE_ACTION_STATUSES as readonly ActionStatus[]).includes(status);
}

/** Blocking, cancelling and reopening a finished action need a reason in the dossier. */
export function actionTransitionNeedsReason(from: ActionStatus | null, to: ActionStatus): boolean {
  return to === "BLOCKED" || to === "CANCELLED" || (from === "DONE" && to === "IN_PROGRESS");
}

export interface ActionStatusChange {
  /** The current status; null for a new action. */
  from: ActionStatus | null;
  to: ActionStatus;
  reason?: string | null;
}

/**
 * Null when the status change is allowed, else the reason in Dutch. `from === to` is no transition: it passes,
 * except that a BLOCKED action keeps needing its reason.
 */
export function actionStatusProblem(change: ActionStatusChange): string | null {
  const { from, to } = change;
  const hasReason = Boolean(change.reason?.trim());
  if (from === null) {
    if (!isActionActive(to)) return `Een nieuwe actie kan niet de status ${to} hebben.`;
  } else if (from !== to && !canTransitionAction(from, to)) {
    return from === "CANCELLED"
      ? "Een geannuleerde actie kan niet worden heropend; maak een nieuwe actie."
      : `Een actie met status ${from} kan niet naar ${to}.`;
  }
  if (hasReason) return null;
  if (to === "BLOCKED") return "Geef aan waardoor de actie geblokkeerd is.";
  if (from === to) return null;
  if (to === "CANCELLED") return "Geef een reden om de actie te annuleren.";
  if (from === "DONE") return "Geef een reden om de afgeronde actie te heropenen.";
  return null;
}

/**
 * Whether an action is overdue on `today`: still active (OPEN, IN_PROGRESS or BLOCKED) and its due date before
 * today's date in the Netherlands. Due today is not overdue yet; without a due date nothing is overdue.
 */
export function isActionOverdue(
  action: { status: ActionStatus; dueOn: string | null },
  today: Date | string,
): boolean {
  if (!isActionActive(action.status) || action.dueOn === null) return false;
  return checkedDate(action.dueOn, "dueOn") < calendarDate(today);
}
