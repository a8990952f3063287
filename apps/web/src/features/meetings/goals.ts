import type { SelectFieldOption } from "../../components/SelectField";
import { DOMAIN_LABELS, label } from "../../labels";
import type { MeetingPlanGoalsQuery } from "../../generated/graphql";

type PlanGoals = NonNullable<MeetingPlanGoalsQuery["case"]>;

/**
 * The goals a decision can put an action under, as options: those of the plan in force, then those of the
 * plan in preparation (marked so). A goal outside the viewer's grants is left out: its words are unknown.
 */
export function goalOptions(plans: PlanGoals | null): SelectFieldOption[] {
  if (!plans) return [];
  const options: SelectFieldOption[] = [];
  for (const [plan, suffix] of [
    [plans.currentPlan, ""],
    [plans.draftPlan, " – plan in voorbereiding"],
  ] as const) {
    for (const goal of plan?.goals ?? []) {
      const words = goal.familyWording ?? goal.professionalWording;
      if (goal.redacted || !words) continue;
      options.push({ value: goal.id, label: `${words} (${label(DOMAIN_LABELS, goal.domain)})${suffix}` });
    }
  }
  return options;
}
