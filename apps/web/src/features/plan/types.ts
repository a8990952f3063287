import type {
  ActionBoardQuery,
  PlanActionRowFragment,
  PlanDetailFragment,
  PlanEvaluationRowFragment,
  PlanGoalFragment,
  PlanResultRowFragment,
  PlanSummaryFragment,
} from "../../generated/graphql";

// Shorthands for parts of the result types that `pnpm codegen` generates from the documents in ./graphql.
//
// Content fields of items outside the viewer's grants are null with a CONSENT_REQUIRED error each, so the
// queries here are read with `errorPolicy: "all"` (see `contentErrors` in ./errors.ts).

export type PlanSummary = PlanSummaryFragment;
export type PlanDetail = PlanDetailFragment;
export type PlanGoal = PlanGoalFragment;
export type PlanActionRow = PlanActionRowFragment;
export type PlanResultRow = PlanResultRowFragment;
export type PlanEvaluationRow = PlanEvaluationRowFragment;
export type BoardAction = NonNullable<ActionBoardQuery["case"]>["actions"][number];
