import { Alert, Heading, Paragraph } from "@utrecht/component-library-react";
import type { Domain } from "../../generated/graphql";
import { DOMAINS } from "../../labels";
import type { CaseDetail } from "../cases/types";
import { PlanStatusBadge } from "./Badges";
import { versionLabel } from "./labels";
import type { PlanDetail, PlanGoal } from "./types";
import { PerspectivePart, PlanFacts, PlanGoalsPart, PlanStatusPart } from "./PlanVersionParts";
import type { GoalGroup } from "./PlanVersionParts";

/** Goals per life domain, in the order of the domains; within a domain in the plan's order. */
export function goalsByDomain(goals: readonly PlanGoal[]): GoalGroup[] {
  const groups = new Map<Domain, PlanGoal[]>();
  for (const goal of goals) {
    const list = groups.get(goal.domain) ?? [];
    list.push(goal);
    groups.set(goal.domain, list);
  }
  return DOMAINS.filter((d) => groups.has(d)).map((d) => ({ domain: d, goals: groups.get(d)! }));
}

export function planHeadingId(planId: string): string {
  return `plan-${planId}-heading`;
}

export interface PlanVersionViewProps {
  plan: PlanDetail;
  caseData: CaseDetail;
  /** Heading text, e.g. "Geldend plan". */
  title: string;
  /** Reload the page after a change. */
  onChanged: () => Promise<void>;
  /** Show a confirmation at the top of the page (for changes after which this version's controls go away). */
  onNotice: (notice: string) => void;
}

/**
 * One version of the family plan: status, agreement and approval, perspective and the goals per domain with
 * their actions and results. The controls follow `Case.viewerCan` and the plan's allowed transitions.
 */
export function PlanVersionView({ plan, caseData, title, onChanged, onNotice }: PlanVersionViewProps) {
  const headingId = planHeadingId(plan.id);
  const manage = caseData.viewerCan.includes("MANAGE_PLAN");
  const isDraft = plan.status === "DRAFT";
  const canAgree = manage && plan.allowedTransitions.includes("AGREED");
  const canApprove =
    caseData.viewerCan.includes("APPROVE_PLAN") && plan.allowedTransitions.includes("APPROVED");
  const canReopen = manage && plan.status === "AGREED" && plan.allowedTransitions.includes("DRAFT");
  const persons = caseData.persons.map((p) => ({ id: p.id, fullName: p.fullName }));
  const part = { plan, headingId, onChanged };

  return (
    <section aria-labelledby={headingId} className={`rh-plan rh-plan--${plan.status.toLowerCase()}`}>
      <div className="rh-plan__head">
        <Heading level={3} id={headingId}>
          {title}: {versionLabel(plan.number).toLowerCase()}
        </Heading>
        <PlanStatusBadge status={plan.status} />
      </div>
      <PlanFacts plan={plan} />
      {plan.reopenReason && isDraft ? (
        <Alert type="info" className="rh-alert">
          <Paragraph>
            Dit plan is teruggezet naar concept: {plan.reopenReason}. Vraag het gezin opnieuw om instemming.
          </Paragraph>
        </Alert>
      ) : null}
      <PerspectivePart {...part} canChange={isDraft && manage} />
      <PlanGoalsPart
        {...part}
        groups={goalsByDomain(plan.goals)}
        caseData={caseData}
        persons={persons}
        canAdd={isDraft && manage}
      />
      {canAgree || canApprove || canReopen || (plan.status === "AGREED" && plan.approvalProblem) ? (
        <PlanStatusPart
          {...part}
          persons={persons}
          canAgree={canAgree}
          canApprove={canApprove}
          canReopen={canReopen}
          onNotice={onNotice}
        />
      ) : null}
    </section>
  );
}
