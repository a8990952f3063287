import {
  Alert,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Paragraph,
} from "@utrecht/component-library-react";
import type { Domain } from "../../generated/graphql";
import { DOMAINS, DOMAIN_LABELS, formatDate, joinNames, label } from "../../labels";
import type { CaseDetail } from "../cases/operations";
import { PlanStatusBadge } from "./Badges";
import { Disclosure } from "../../components/Disclosure";
import { GoalCard } from "./GoalCard";
import { versionLabel } from "./labels";
import type { PlanDetail, PlanGoal } from "./operations";
import { AddGoalForm, AgreePlanForm, ApprovePlanForm, PerspectiveForm, ReopenPlanForm } from "./PlanForms";

export interface GoalGroup {
  domain: Domain;
  goals: PlanGoal[];
}

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
  const can = (action: CaseDetail["viewerCan"][number]) => caseData.viewerCan.includes(action);
  const isDraft = plan.status === "DRAFT";
  const canAgree = can("MANAGE_PLAN") && plan.allowedTransitions.includes("AGREED");
  const canApprove = can("APPROVE_PLAN") && plan.allowedTransitions.includes("APPROVED");
  const canReopen =
    can("MANAGE_PLAN") && plan.status === "AGREED" && plan.allowedTransitions.includes("DRAFT");
  const groups = goalsByDomain(plan.goals);
  const persons = caseData.persons.map((p) => ({ id: p.id, fullName: p.fullName }));

  return (
    <section aria-labelledby={headingId} className={`rh-plan rh-plan--${plan.status.toLowerCase()}`}>
      <div className="rh-plan__head">
        <Heading level={3} id={headingId}>
          {title}: {versionLabel(plan.number).toLowerCase()}
        </Heading>
        <PlanStatusBadge status={plan.status} />
      </div>

      <DataList className="rh-data-list rh-plan__facts">
        <DataListItem className="rh-data-list__item">
          <DataListKey>Opgesteld</DataListKey>
          <DataListValue>{formatDate(String(plan.createdAt).slice(0, 10))}</DataListValue>
        </DataListItem>
        {plan.agreedOn ? (
          <DataListItem className="rh-data-list__item">
            <DataListKey>Afgesproken met gezin</DataListKey>
            <DataListValue>
              <time dateTime={plan.agreedOn}>{formatDate(plan.agreedOn)}</time>
              {plan.agreedBy && plan.agreedBy.length > 0
                ? `, door ${joinNames(plan.agreedBy.map((p) => p.fullName))}`
                : null}
            </DataListValue>
          </DataListItem>
        ) : null}
        {plan.approvedOn ? (
          <DataListItem className="rh-data-list__item">
            <DataListKey>Vastgesteld</DataListKey>
            <DataListValue>
              <time dateTime={plan.approvedOn}>{formatDate(plan.approvedOn)}</time>
              {plan.approvedBy ? `, door ${plan.approvedBy.name}` : null}
            </DataListValue>
          </DataListItem>
        ) : null}
        {plan.supersededOn ? (
          <DataListItem className="rh-data-list__item">
            <DataListKey>Vervangen</DataListKey>
            <DataListValue>
              <time dateTime={plan.supersededOn}>{formatDate(plan.supersededOn)}</time>
            </DataListValue>
          </DataListItem>
        ) : null}
      </DataList>

      {plan.reopenReason && isDraft ? (
        <Alert type="info" className="rh-alert">
          <Paragraph>
            Dit plan is teruggezet naar concept: {plan.reopenReason}. Vraag het gezin opnieuw om instemming.
          </Paragraph>
        </Alert>
      ) : null}

      <section aria-labelledby={`${headingId}-perspective`} className="rh-plan__part">
        <Heading level={4} id={`${headingId}-perspective`}>
          Perspectief
        </Heading>
        {plan.redacted ? (
          <Paragraph className="rh-muted">
            Het perspectief valt buiten de toestemming die uw organisatie heeft.
          </Paragraph>
        ) : plan.perspective ? (
          <Paragraph className="rh-plan__perspective">{plan.perspective}</Paragraph>
        ) : (
          <Paragraph className="rh-muted">Nog geen perspectief beschreven.</Paragraph>
        )}
        {isDraft && can("MANAGE_PLAN") && !plan.redacted ? (
          <Disclosure label="Perspectief wijzigen" describedBy={headingId}>
            {(done, cancel) => (
              <PerspectiveForm plan={plan} onDone={done} onCancel={cancel} onChanged={onChanged} />
            )}
          </Disclosure>
        ) : null}
      </section>

      <div role="group" aria-label="Doelen per leefgebied" className="rh-plan__part">
        {groups.length === 0 ? (
          <Paragraph className="rh-muted">Dit plan heeft nog geen doelen.</Paragraph>
        ) : null}
        {groups.map((group) => (
          <section
            key={group.domain}
            aria-labelledby={`${headingId}-domain-${group.domain}`}
            className="rh-plan__domain"
          >
            <Heading level={4} id={`${headingId}-domain-${group.domain}`} className="rh-plan__domain-heading">
              <span className="rh-plan__domain-kicker">Doelen · </span>
              {label(DOMAIN_LABELS, group.domain)}
            </Heading>
            <ul className="rh-goal-list">
              {group.goals.map((goal) => (
                <li key={goal.id}>
                  <GoalCard goal={goal} caseData={caseData} level={5} onChanged={onChanged} />
                </li>
              ))}
            </ul>
          </section>
        ))}
        {isDraft && can("MANAGE_PLAN") ? (
          <Disclosure label="Doel toevoegen" describedBy={headingId} primary>
            {(done, cancel) => (
              <AddGoalForm
                plan={plan}
                persons={persons}
                onDone={done}
                onCancel={cancel}
                onChanged={onChanged}
              />
            )}
          </Disclosure>
        ) : null}
      </div>

      {canAgree || canApprove || canReopen || (plan.status === "AGREED" && plan.approvalProblem) ? (
        <section aria-labelledby={`${headingId}-status`} className="rh-plan__part">
          <Heading level={4} id={`${headingId}-status`}>
            Instemming en vaststellen
          </Heading>
          {canAgree ? (
            <>
              <Paragraph>
                Bespreek het plan met het gezin. Leg vast wie ermee heeft ingestemd en wanneer; daarna kan het
                plan worden vastgesteld.
              </Paragraph>
              <Disclosure label="Instemming gezin vastleggen" describedBy={headingId} primary>
                {(done, cancel) => (
                  <AgreePlanForm
                    plan={plan}
                    persons={persons}
                    onDone={(notice) => {
                      done();
                      onNotice(notice);
                    }}
                    onCancel={cancel}
                    onChanged={onChanged}
                  />
                )}
              </Disclosure>
            </>
          ) : null}
          {plan.status === "AGREED" && plan.approvalProblem ? (
            <Alert type="warning" className="rh-alert">
              <Paragraph>{plan.approvalProblem}</Paragraph>
            </Alert>
          ) : null}
          <div className="rh-plan__controls">
            {canApprove ? (
              <Disclosure label="Vaststellen" describedBy={headingId} primary>
                {(done, cancel) => (
                  <ApprovePlanForm
                    plan={plan}
                    onDone={(notice) => {
                      done();
                      onNotice(notice);
                    }}
                    onCancel={cancel}
                    onChanged={onChanged}
                  />
                )}
              </Disclosure>
            ) : null}
            {canReopen ? (
              <Disclosure label="Terug naar concept" describedBy={headingId}>
                {(done, cancel) => (
                  <ReopenPlanForm
                    plan={plan}
                    onDone={(notice) => {
                      done();
                      onNotice(notice);
                    }}
                    onCancel={cancel}
                    onChanged={onChanged}
                  />
                )}
              </Disclosure>
            ) : null}
          </div>
        </section>
      ) : null}
    </section>
  );
}
