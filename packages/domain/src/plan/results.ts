// Results (resultaatmanagement, docs/domain.md): a measurement against a goal records how far the goal is
// reached. IN_PROGRESS and IMPROVING describe work under way; the other three conclude the goal.

export const RESULT_STATUSES = [
  "IN_PROGRESS",
  "IMPROVING",
  "ACHIEVED",
  "NOT_ACHIEVED",
  "NOT_ATTAINABLE",
] as const;
export type ResultStatus = (typeof RESULT_STATUSES)[number];

/** ACHIEVED, NOT_ACHIEVED and NOT_ATTAINABLE conclude a goal; the others say it is still being worked on. */
export function resultConcludesGoal(status: ResultStatus): boolean {
  return status === "ACHIEVED" || status === "NOT_ACHIEVED" || status === "NOT_ATTAINABLE";
}
