import { Alert, DataList, Heading, Paragraph } from "@utrecht/component-library-react";
import { DataRow } from "../../components/DataRows";
import { DateText } from "../../components/DateText";
import { Disclosure } from "../../components/Disclosure";
import { formatDate, todayInput } from "../../labels";
import { OverdueBadge } from "./Badges";
import { IntervalForm, ScheduleForm } from "./EvaluationForms";
import { months } from "./evaluations";
import { versionLabel } from "./labels";
import type { PlanEvaluationsQuery } from "../../generated/graphql";

type EvaluationsCase = NonNullable<PlanEvaluationsQuery["case"]>;

export interface EvaluationScheduleProps {
  found: EvaluationsCase;
  canManage: boolean;
  /** Reload the evaluations (after a CONFLICT). */
  onReload: () => Promise<void>;
  /** After a change: reload and confirm. */
  onChanged: (notice: string) => Promise<void>;
}

/** "Volgende evaluatie": when the approved plan is next evaluated (late marked), the interval, and planning. */
export function EvaluationSchedule({ found, canManage, onReload, onChanged }: EvaluationScheduleProps) {
  const schedule = found.evaluationSchedule;
  const closeWith = (done: () => void) => (message: string) => {
    done();
    void onChanged(message);
  };
  return (
    <section aria-labelledby="evaluation-schedule-heading" className="rh-card rh-evaluations__schedule">
      <Heading level={3} id="evaluation-schedule-heading">
        Volgende evaluatie
      </Heading>
      {schedule.overdue ? (
        <Alert type="warning" className="rh-alert">
          <Paragraph>
            <strong>Te laat:</strong> de evaluatie had uiterlijk{" "}
            {schedule.nextDueOn ? formatDate(schedule.nextDueOn) : "eerder"} gehouden moeten worden.
          </Paragraph>
        </Alert>
      ) : null}
      <DataList className="rh-data-list">
        <DataRow label="Uiterlijk op">
          {schedule.nextDueOn ? (
            <>
              <DateText date={schedule.nextDueOn} />
              {schedule.overdue ? (
                <>
                  {" "}
                  <OverdueBadge />
                </>
              ) : null}
            </>
          ) : (
            "Nog geen vastgesteld plan"
          )}
        </DataRow>
        {schedule.plan ? (
          <DataRow label="Plan">
            {versionLabel(schedule.plan.number)}
            {schedule.plan.approvedOn ? `, vastgesteld op ${formatDate(schedule.plan.approvedOn)}` : ""}
          </DataRow>
        ) : null}
        <DataRow label="Evalueren">Elke {months(schedule.intervalMonths)}</DataRow>
      </DataList>
      {canManage ? (
        <div className="rh-evaluations__controls">
          <Disclosure label="Interval wijzigen">
            {(done, cancel) => (
              <IntervalForm
                caseId={found.id}
                caseVersion={found.version}
                current={found.evaluationIntervalMonths}
                onDone={closeWith(done)}
                onCancel={cancel}
                onReload={onReload}
              />
            )}
          </Disclosure>
          {schedule.plan ? (
            <Disclosure label="Evaluatie plannen" primary>
              {(done, cancel) => (
                <ScheduleForm
                  caseId={found.id}
                  defaultDate={schedule.nextDueOn ?? todayInput()}
                  onDone={closeWith(done)}
                  onCancel={cancel}
                />
              )}
            </Disclosure>
          ) : (
            <Paragraph className="rh-muted">
              Een evaluatie plannen kan zodra het plan is vastgesteld.
            </Paragraph>
          )}
        </div>
      ) : null}
    </section>
  );
}
