import { DataList, Heading, Paragraph } from "@utrecht/component-library-react";
import { DataRow } from "../../components/DataRows";
import { DateText } from "../../components/DateText";
import { Disclosure } from "../../components/Disclosure";
import { joinNames } from "../../labels";
import type { CaseDetail } from "../cases/types";
import { PriorityBadge } from "./Badges";
import { DoorbraakForm } from "./DoorbraakForm";
import { AddActionForm, RecordResultForm } from "./GoalForms";
import { ActionLine, ResultLine } from "./GoalLines";
import type { PlanGoal } from "./types";

type HeadingLevel = 3 | 4 | 5;
type SubLevel = 4 | 5 | 6;

export function goalHeadingId(goalId: string): string {
  return `goal-${goalId}-heading`;
}

export interface GoalCardProps {
  goal: PlanGoal;
  caseData: CaseDetail;
  level: HeadingLevel;
  /** Reload the page after a change. */
  onChanged: () => Promise<void>;
}

/**
 * One goal: the family's own words first (prominent), the professional wording, priority and target date,
 * its actions (who does what by when, overdue marked "Te laat") and its results.
 */
export function GoalCard({ goal, caseData, level, onChanged }: GoalCardProps) {
  const headingId = goalHeadingId(goal.id);
  if (goal.redacted) {
    return (
      <article className="rh-goal rh-goal--redacted" aria-labelledby={headingId}>
        <Heading level={level} id={headingId} className="rh-goal__heading">
          Afgeschermd doel
        </Heading>
        <Paragraph>Dit doel valt buiten de toestemming die uw organisatie heeft.</Paragraph>
      </article>
    );
  }
  const part = { goal, headingId, level: (level + 1) as SubLevel, onChanged };
  return (
    <article className="rh-goal" aria-labelledby={headingId}>
      <Paragraph className="rh-goal__kicker">
        <span className="rh-goal__kicker-text">Doel in de woorden van het gezin</span>
        <PriorityBadge priority={goal.priority} />
      </Paragraph>
      <Heading level={level} id={headingId} className="rh-goal__heading">
        {goal.familyWording}
      </Heading>
      <DataList className="rh-data-list rh-goal__facts">
        <DataRow label="Professionele formulering">{goal.professionalWording}</DataRow>
        {goal.targetDate ? (
          <DataRow label="Streefdatum">
            <DateText date={goal.targetDate} />
          </DataRow>
        ) : null}
        {goal.subjects && goal.subjects.length > 0 ? (
          <DataRow label="Over">{joinNames(goal.subjects.map((s) => s.fullName))}</DataRow>
        ) : null}
      </DataList>
      <GoalActions {...part} caseData={caseData} />
      <GoalResults {...part} />
    </article>
  );
}

interface GoalPartProps {
  goal: PlanGoal;
  headingId: string;
  level: SubLevel;
  onChanged: () => Promise<void>;
}

/** "Acties" of a goal, with adding one and (for the procesregisseur) a doorbraak. */
function GoalActions({
  goal,
  headingId,
  level,
  onChanged,
  caseData,
}: GoalPartProps & { caseData: CaseDetail }) {
  const formProps = { goal, caseData, onChanged };
  return (
    <section aria-labelledby={`${headingId}-actions`} className="rh-goal__part">
      <Heading level={level} id={`${headingId}-actions`} className="rh-goal__subheading">
        Acties
      </Heading>
      {goal.actions.length === 0 ? (
        <Paragraph className="rh-muted">Nog geen acties.</Paragraph>
      ) : (
        <ul className="rh-stack-list">
          {goal.actions.map((action) => (
            <li key={action.id}>
              <ActionLine action={action} />
            </li>
          ))}
        </ul>
      )}
      {goal.viewerCan.includes("ADD_ACTION") ? (
        <Disclosure label="Actie toevoegen" describedBy={headingId}>
          {(done, cancel) => <AddActionForm {...formProps} onDone={done} onCancel={cancel} />}
        </Disclosure>
      ) : null}
      {caseData.viewerCan.includes("RECORD_DOORBRAAK") ? (
        <Disclosure label="Doorbraak vastleggen" describedBy={headingId}>
          {(done, cancel) => <DoorbraakForm {...formProps} onDone={done} onCancel={cancel} />}
        </Disclosure>
      ) : null}
    </section>
  );
}

/** "Resultaten" of a goal: the latest measurement, the earlier ones folded away, and recording one. */
function GoalResults({ goal, headingId, level, onChanged }: GoalPartProps) {
  const latest = goal.results.length > 0 ? goal.results[goal.results.length - 1] : null;
  const earlier = goal.results.slice(0, -1).reverse();
  return (
    <section aria-labelledby={`${headingId}-results`} className="rh-goal__part">
      <Heading level={level} id={`${headingId}-results`} className="rh-goal__subheading">
        Resultaten
      </Heading>
      {latest ? <ResultLine result={latest} latest /> : null}
      {earlier.length > 0 ? (
        <details className="rh-goal__earlier">
          <summary>Eerdere metingen ({earlier.length})</summary>
          <ul className="rh-stack-list">
            {earlier.map((result) => (
              <li key={result.id}>
                <ResultLine result={result} />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {latest ? null : <Paragraph className="rh-muted">Nog geen resultaten gemeten.</Paragraph>}
      {goal.viewerCan.includes("RECORD_RESULT") ? (
        <Disclosure label="Resultaat vastleggen" describedBy={headingId}>
          {(done, cancel) => (
            <RecordResultForm goal={goal} onDone={done} onCancel={cancel} onChanged={onChanged} />
          )}
        </Disclosure>
      ) : null}
    </section>
  );
}
