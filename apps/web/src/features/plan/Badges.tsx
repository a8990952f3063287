import { StatusBadge } from "@utrecht/component-library-react";
import type {
  ActionStatus,
  EvaluationStatus,
  GoalPriority,
  PlanStatus,
  ResultStatus,
} from "../../generated/graphql";
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

export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  return (
    <StatusBadge className={`rh-badge rh-plan-status rh-plan-status--${cssValue(status)}`}>
      {label(PLAN_STATUS_LABELS, status)}
    </StatusBadge>
  );
}

export function ActionStatusBadge({ status }: { status: ActionStatus | null | undefined }) {
  if (!status) return null;
  return (
    <StatusBadge className={`rh-badge rh-action-status rh-action-status--${cssValue(status)}`}>
      {label(ACTION_STATUS_LABELS, status)}
    </StatusBadge>
  );
}

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

export function ResultStatusBadge({ status }: { status: ResultStatus | null | undefined }) {
  if (!status) return null;
  return (
    <StatusBadge className={`rh-badge rh-result-status rh-result-status--${cssValue(status)}`}>
      {label(RESULT_STATUS_LABELS, status)}
    </StatusBadge>
  );
}

export function EvaluationStatusBadge({ status }: { status: EvaluationStatus | null | undefined }) {
  if (!status) return null;
  return (
    <StatusBadge className={`rh-badge rh-evaluation-status rh-evaluation-status--${cssValue(status)}`}>
      {label(EVALUATION_STATUS_LABELS, status)}
    </StatusBadge>
  );
}
