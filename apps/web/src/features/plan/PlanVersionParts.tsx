import { Alert, DataList, Heading, Paragraph } from "@utrecht/component-library-react";
import { DataRow } from "../../components/DataRows";
import { DateText } from "../../components/DateText";
import { Disclosure } from "../../components/Disclosure";
import { DOMAIN_LABELS, formatDate, joinNames, label } from "../../labels";
import type { CaseDetail } from "../cases/types";
import { AddGoalForm } from "./AddGoalForm";
import { GoalCard } from "./GoalCard";
import type { PlanDetail, PlanGoal } from "./types";
import { AgreePlanForm, ApprovePlanForm, PerspectiveForm, ReopenPlanForm } from "./PlanForms";
import type { PersonOption } from "./PlanForms";

// The parts of one plan version (see PlanVersionView): its facts, perspective, goals per domain, and agreement
// and approval.

interface PartProps {
  plan: PlanDetail;
  /** Id of the version's heading (the parts' headings and controls refer to it). */
  headingId: string;
  onChanged: () => Promise<void>;
}

/** When the version was drawn up, agreed with the family, approved and superseded. */
export function PlanFacts({ plan }: { plan: PlanDetail }) {
  return (
    <DataList className="rh-data-list rh-plan__facts">
      <DataRow label="Opgesteld">{formatDate(String(plan.createdAt).slice(0, 10))}</DataRow>
      {plan.agreedOn ? (
        <DataRow label="Afgesproken met gezin">
          <DateText date={plan.agreedOn} />
          {plan.agreedBy && plan.agreedBy.length > 0
            ? `, door ${joinNames(plan.agreedBy.map((p) => p.fullName))}`
            : null}
        </DataRow>
      ) : null}
      {plan.approvedOn ? (
        <DataRow label="Vastgesteld">
          <DateText date={plan.approvedOn} />
          {plan.approvedBy ? `, door ${plan.approvedBy.name}` : null}
        </DataRow>
      ) : null}
      {plan.supersededOn ? (
        <DataRow label="Vervangen">
          <DateText date={plan.supersededOn} />
        </DataRow>
      ) : null}
    </DataList>
  );
}

/** "Perspectief": where the family wants to go; changed in a draft. */
export function PerspectivePart({
  plan,
  headingId,
  onChanged,
  canChange,
}: PartProps & { canChange: boolean }) {
  return (
    <section aria-labelledby={`${headingId}-perspective`} className="rh-part">
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
      {canChange && !plan.redacted ? (
        <Disclosure label="Perspectief wijzigen" describedBy={headingId}>
          {(done, cancel) => (
            <PerspectiveForm plan={plan} onDone={done} onCancel={cancel} onChanged={onChanged} />
          )}
        </Disclosure>
      ) : null}
    </section>
  );
}

export interface GoalGroup {
  domain: PlanGoal["domain"];
  goals: PlanGoal[];
}

interface GoalsPartProps extends PartProps {
  groups: readonly GoalGroup[];
  caseData: CaseDetail;
  persons: readonly PersonOption[];
  canAdd: boolean;
}

/** The goals per life domain, each with its actions and results; adding one in a draft. */
export function PlanGoalsPart({
  plan,
  headingId,
  onChanged,
  groups,
  caseData,
  persons,
  canAdd,
}: GoalsPartProps) {
  return (
    <div role="group" aria-label="Doelen per leefgebied" className="rh-part">
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
          <ul className="rh-stack-list">
            {group.goals.map((goal) => (
              <li key={goal.id}>
                <GoalCard goal={goal} caseData={caseData} level={5} onChanged={onChanged} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      {canAdd ? (
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
  );
}

interface StatusPartProps extends PartProps {
  persons: readonly PersonOption[];
  canAgree: boolean;
  canApprove: boolean;
  canReopen: boolean;
  /** Show a confirmation at the top of the page (this version's controls go away after the change). */
  onNotice: (notice: string) => void;
}

/** "Instemming en vaststellen": the family's agreement, approval and back to draft. */
export function PlanStatusPart(props: StatusPartProps) {
  const { plan, headingId, onChanged, persons, canAgree, canApprove, canReopen, onNotice } = props;
  const closeWith = (done: () => void) => (notice: string) => {
    done();
    onNotice(notice);
  };
  const formProps = { plan, onChanged };
  return (
    <section aria-labelledby={`${headingId}-status`} className="rh-part">
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
              <AgreePlanForm {...formProps} persons={persons} onDone={closeWith(done)} onCancel={cancel} />
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
            {(done, cancel) => <ApprovePlanForm {...formProps} onDone={closeWith(done)} onCancel={cancel} />}
          </Disclosure>
        ) : null}
        {canReopen ? (
          <Disclosure label="Terug naar concept" describedBy={headingId}>
            {(done, cancel) => <ReopenPlanForm {...formProps} onDone={closeWith(done)} onCancel={cancel} />}
          </Disclosure>
        ) : null}
      </div>
    </section>
  );
}
