import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Paragraph,
} from "@utrecht/component-library-react";
import { formatDate, joinNames } from "../../labels";
import type { CaseDetail } from "../cases/operations";
import { ActionStatusBadge, DoorbraakBadge, OverdueBadge, PriorityBadge, ResultStatusBadge } from "./Badges";
import { Disclosure } from "../../components/Disclosure";
import { DoorbraakForm } from "./DoorbraakForm";
import { AddActionForm, RecordResultForm } from "./GoalForms";
import type { PlanActionRow, PlanGoal, PlanResultRow } from "./operations";

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
  const sub = (level + 1) as SubLevel;
  const latest = goal.results.length > 0 ? goal.results[goal.results.length - 1] : null;
  const earlier = goal.results.slice(0, -1).reverse();

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
        <DataListItem className="rh-data-list__item">
          <DataListKey>Professionele formulering</DataListKey>
          <DataListValue>{goal.professionalWording}</DataListValue>
        </DataListItem>
        {goal.targetDate ? (
          <DataListItem className="rh-data-list__item">
            <DataListKey>Streefdatum</DataListKey>
            <DataListValue>
              <time dateTime={goal.targetDate}>{formatDate(goal.targetDate)}</time>
            </DataListValue>
          </DataListItem>
        ) : null}
        {goal.subjects && goal.subjects.length > 0 ? (
          <DataListItem className="rh-data-list__item">
            <DataListKey>Over</DataListKey>
            <DataListValue>{joinNames(goal.subjects.map((s) => s.fullName))}</DataListValue>
          </DataListItem>
        ) : null}
      </DataList>

      <section aria-labelledby={`${headingId}-actions`} className="rh-goal__part">
        <Heading level={sub} id={`${headingId}-actions`} className="rh-goal__subheading">
          Acties
        </Heading>
        {goal.actions.length === 0 ? (
          <Paragraph className="rh-muted">Nog geen acties.</Paragraph>
        ) : (
          <ul className="rh-goal-actions">
            {goal.actions.map((action) => (
              <li key={action.id}>
                <ActionLine action={action} />
              </li>
            ))}
          </ul>
        )}
        {goal.viewerCan.includes("ADD_ACTION") ? (
          <Disclosure label="Actie toevoegen" describedBy={headingId}>
            {(done, cancel) => (
              <AddActionForm
                goal={goal}
                caseData={caseData}
                onDone={done}
                onCancel={cancel}
                onChanged={onChanged}
              />
            )}
          </Disclosure>
        ) : null}
        {caseData.viewerCan.includes("RECORD_DOORBRAAK") ? (
          <Disclosure label="Doorbraak vastleggen" describedBy={headingId}>
            {(done, cancel) => (
              <DoorbraakForm
                goal={goal}
                caseData={caseData}
                onDone={done}
                onCancel={cancel}
                onChanged={onChanged}
              />
            )}
          </Disclosure>
        ) : null}
      </section>

      <section aria-labelledby={`${headingId}-results`} className="rh-goal__part">
        <Heading level={sub} id={`${headingId}-results`} className="rh-goal__subheading">
          Resultaten
        </Heading>
        {latest ? (
          <>
            <ResultLine result={latest} latest />
            {earlier.length > 0 ? (
              <details className="rh-goal__earlier">
                <summary>Eerdere metingen ({earlier.length})</summary>
                <ul className="rh-goal-results">
                  {earlier.map((result) => (
                    <li key={result.id}>
                      <ResultLine result={result} />
                    </li>
                  ))}
                </ul>
              </details>
            ) : null}
          </>
        ) : (
          <Paragraph className="rh-muted">Nog geen resultaten gemeten.</Paragraph>
        )}
        {goal.viewerCan.includes("RECORD_RESULT") ? (
          <Disclosure label="Resultaat vastleggen" describedBy={headingId}>
            {(done, cancel) => (
              <RecordResultForm goal={goal} onDone={done} onCancel={cancel} onChanged={onChanged} />
            )}
          </Disclosure>
        ) : null}
      </section>
    </article>
  );
}

/** Who carries an action: "Schuldhulp Lindehaven (Bas Meijer)". */
export function ownerText(action: Pick<PlanActionRow, "ownerOrganisation" | "ownerProfessional">): string {
  const organisation = action.ownerOrganisation?.name ?? "Onbekende organisatie";
  return action.ownerProfessional ? `${organisation} (${action.ownerProfessional.name})` : organisation;
}

function ActionLine({ action }: { action: PlanActionRow }) {
  if (action.redacted) {
    return <span className="rh-muted">Afgeschermde actie</span>;
  }
  return (
    <div className={action.overdue ? "rh-goal-action rh-goal-action--overdue" : "rh-goal-action"}>
      <span className="rh-goal-action__title">{action.title}</span>
      <span className="rh-goal-action__meta">
        {ownerText(action)}
        {action.dueOn ? (
          <>
            {" · uiterlijk "}
            <time dateTime={action.dueOn}>{formatDate(action.dueOn)}</time>
          </>
        ) : null}
      </span>
      <span className="rh-goal-action__badges">
        <ActionStatusBadge status={action.status} />
        {action.overdue ? <OverdueBadge /> : null}
        {action.doorbraak ? <DoorbraakBadge /> : null}
      </span>
      {action.doorbraak ? (
        <span className="rh-goal-action__reason">
          Doorbraak van {formatDate(action.doorbraak.decidedOn)}, op grond van {action.doorbraak.authority};
          gehoord: {action.doorbraak.heard.join(", ")}
        </span>
      ) : null}
      {action.statusReason && (action.status === "BLOCKED" || action.status === "CANCELLED") ? (
        <span className="rh-goal-action__reason">Reden: {action.statusReason}</span>
      ) : null}
    </div>
  );
}

function ResultLine({ result, latest = false }: { result: PlanResultRow; latest?: boolean }) {
  if (result.redacted) return <span className="rh-muted">Afgeschermde meting</span>;
  return (
    <div className={latest ? "rh-goal-result rh-goal-result--latest" : "rh-goal-result"}>
      <span className="rh-goal-result__head">
        {latest ? <span className="rh-goal-result__label">Laatste meting: </span> : null}
        <ResultStatusBadge status={result.status} />
        {result.score !== null && result.score !== undefined ? (
          <span className="rh-goal-result__score">score {result.score} van 10</span>
        ) : null}
        {result.measuredOn ? (
          <span className="rh-muted">
            {" "}
            op <time dateTime={result.measuredOn}>{formatDate(result.measuredOn)}</time>
          </span>
        ) : null}
      </span>
      {result.evidence ? <span className="rh-goal-result__evidence">{result.evidence}</span> : null}
    </div>
  );
}
