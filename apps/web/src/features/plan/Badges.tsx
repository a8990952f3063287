import { StatusBadge } from "@utrecht/component-library-react";
import type { GoalPriority } from "../../generated/graphql";
import { label } from "../../labels";
import {
  ACTION_STATUS_LABELS,
  EVALUATION_STATUS_LABELS,
  GOAL_PRIORITY_LABELS,
  PLAN_STATUS_LABELS,
  RESULT_STATUS_LABELS,
} from "./labels";

// Every badge carries its meaning in text; colour and border style only repeat it (WCAG 1.4.1).

function cssValue(value: string): string {
  return value.toLowerCase().replace(/_/g, "-");
}

/** A badge of an enum value in words, classed `rh-<kind> rh-<kind>--<value>`; nothing without a value. */
function enumBadge<V extends string>(kind: string, labels: Record<V, string>) {
  return function EnumBadge({ status }: { status: V | null | undefined }) {
    if (!status) return null;
    return (
      <StatusBadge className={`rh-badge rh-${kind} rh-${kind}--${cssValue(status)}`}>
        {label(labels, status)}
      </StatusBadge>
    );
  };
}

export const PlanStatusBadge = enumBadge("plan-status", PLAN_STATUS_LABELS);
export const ActionStatusBadge = enumBadge("action-status", ACTION_STATUS_LABELS);
export const ResultStatusBadge = enumBadge("result-status", RESULT_STATUS_LABELS);
export const EvaluationStatusBadge = enumBadge("evaluation-status", EVALUATION_STATUS_LABELS);

/** "Te laat": an open action or a scheduled evaluation whose date has passed. */
export function OverdueBadge() {
  return <StatusBadge className="rh-badge rh-overdue">Te laat</StatusBadge>;
}

/** A doorbraak of the procesregisseur (doorzettingsmacht), with its authority and date in the title. */
export function DoorbraakBadge() {
  return (
    <StatusBadge status="warning" className="rh-badge rh-doorbraak">
      Doorbraak
    </StatusBadge>
  );
}

export function PriorityBadge({ priority }: { priority: GoalPriority | null | undefined }) {
  if (!priority) return null;
  return (
    <StatusBadge className={`rh-badge rh-priority rh-priority--${cssValue(priority)}`}>
      Prioriteit {label(GOAL_PRIORITY_LABELS, priority).toLowerCase()}
    </StatusBadge>
  );
}
