import type { ActionStatus } from "../../generated/graphql";

// Test data shared by the component tests of the action board and "Mijn acties" (not used by the app).

/** The statuses an action may move to from each status, as the server answers `allowedTransitions`. */
export const ACTION_TRANSITIONS: Record<ActionStatus, ActionStatus[]> = {
  OPEN: ["IN_PROGRESS", "BLOCKED", "DONE", "CANCELLED"],
  IN_PROGRESS: ["OPEN", "BLOCKED", "DONE", "CANCELLED"],
  BLOCKED: ["OPEN", "IN_PROGRESS", "DONE", "CANCELLED"],
  DONE: ["IN_PROGRESS"],
  CANCELLED: [],
};
