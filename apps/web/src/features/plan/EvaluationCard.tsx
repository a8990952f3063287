import { DataList, Heading, Paragraph } from "@utrecht/component-library-react";
import { DataRow } from "../../components/DataRows";
import { DateText } from "../../components/DateText";
import { Disclosure } from "../../components/Disclosure";
import { formatDate } from "../../labels";
import { EvaluationStatusBadge, OverdueBadge } from "./Badges";
import { HoldForm } from "./EvaluationForms";
import { versionLabel } from "./labels";
import type { PlanEvaluationRow } from "./types";

export interface EvaluationCardProps {
  evaluation: PlanEvaluationRow;
  canManage: boolean;
  onChanged: (notice: string) => Promise<void>;
}

/** One evaluation, planned or held: its dates, who took part, the conclusions; recording it when planned. */
export function EvaluationCard({ evaluation, canManage, onChanged }: EvaluationCardProps) {
  const headingId = `evaluation-${evaluation.id}-heading`;
  if (evaluation.redacted) {
    return (
      <article aria-labelledby={headingId} className="rh-evaluation rh-evaluation--redacted">
        <Heading level={4} id={headingId}>
          Afgeschermde evaluatie
        </Heading>
        <Paragraph>Deze evaluatie valt buiten de toestemming die uw organisatie heeft.</Paragraph>
      </article>
    );
  }
  const date = evaluation.heldOn ?? evaluation.scheduledOn;
  return (
    <article
      aria-labelledby={headingId}
      className={evaluation.overdue ? "rh-evaluation rh-evaluation--overdue" : "rh-evaluation"}
    >
      <div className="rh-evaluation__head">
        <Heading level={4} id={headingId}>
          Evaluatie {date ? formatDate(date) : ""}
        </Heading>
        <EvaluationStatusBadge status={evaluation.status} />
        {evaluation.overdue ? <OverdueBadge /> : null}
      </div>
      <EvaluationFacts evaluation={evaluation} />
      {canManage && evaluation.status === "SCHEDULED" ? (
        <Disclosure label="Evaluatie vastleggen" describedBy={headingId} primary>
          {(done, cancel) => (
            <HoldForm
              evaluation={evaluation}
              onDone={(message) => {
                done();
                void onChanged(message);
              }}
              onCancel={cancel}
            />
          )}
        </Disclosure>
      ) : null}
    </article>
  );
}

function EvaluationFacts({ evaluation }: { evaluation: PlanEvaluationRow }) {
  const { scheduledOn, heldOn, participants, conclusions, ledToPlan } = evaluation;
  return (
    <DataList className="rh-data-list">
      {scheduledOn ? (
        <DataRow label="Gepland op">
          <DateText date={scheduledOn} />
        </DataRow>
      ) : null}
      {heldOn ? (
        <DataRow label="Gehouden op">
          <DateText date={heldOn} />
        </DataRow>
      ) : null}
      {participants && participants.length > 0 ? (
        <DataRow label={heldOn ? "Deelnemers" : "Uitgenodigd"}>{participants.join(", ")}</DataRow>
      ) : null}
      {conclusions ? (
        <DataRow label="Conclusies">
          <span className="rh-evaluation__conclusions">{conclusions}</span>
        </DataRow>
      ) : null}
      {ledToPlan ? <DataRow label="Leidde tot">{versionLabel(ledToPlan.number)} van het plan</DataRow> : null}
    </DataList>
  );
}
