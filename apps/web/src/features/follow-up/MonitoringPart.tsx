import { Paragraph } from "@utrecht/component-library-react";
import { DateText } from "../../components/DateText";
import { ColumnTable, type Column } from "../../components/ColumnTable";
import { PHASE_LABELS, label } from "../../labels";
import { NONE, ShortDate } from "./cells";
import { calendarDaysBetween } from "@regiehub/domain";
import { dueText } from "./dates";
import { FollowUpPart } from "./FollowUpForm";
import { OUTCOME_LABELS } from "./monitoring";
import { ReviewForm, StartForm } from "./MonitoringForms";
import type { FollowUpCase, MonitoringReviewRow } from "./types";

interface MonitoringPartProps {
  followUp: FollowUpCase;
  today: string;
  canMonitor: boolean;
  onChanged: () => Promise<void>;
}

/**
 * "Monitoring": after evaluation a case is watched for a while (vinger aan de pols) and looked at again on a
 * follow-up date; the outcome continues, closes or reopens it.
 */
export function MonitoringPart({ followUp, today, canMonitor, onChanged }: MonitoringPartProps) {
  const inMonitoring = followUp.phase === "MONITORING";
  const reviews = followUp.monitoringReviews ?? [];
  const formProps = { caseId: followUp.id, version: followUp.version, today, onChanged };
  return (
    <FollowUpPart headingId="monitoring-heading" title="Monitoring">
      {inMonitoring ? (
        <FollowUpDate followUpOn={followUp.monitoringFollowUpOn ?? null} today={today} />
      ) : (
        <Paragraph>
          De casus is niet in monitoring (fase: {label(PHASE_LABELS, followUp.phase)}). Monitoring begint
          vanuit de fase {label(PHASE_LABELS, "EVALUATION")}.
        </Paragraph>
      )}
      {reviews.length > 0 ? (
        <ColumnTable
          columns={REVIEW_COLUMNS}
          rows={reviews}
          aria-labelledby="monitoring-heading"
          scrollLabel="Opvolging van de monitoring"
        />
      ) : null}
      {canMonitor && inMonitoring ? <ReviewForm {...formProps} /> : null}
      {canMonitor && followUp.phase === "EVALUATION" ? <StartForm {...formProps} /> : null}
    </FollowUpPart>
  );
}

function FollowUpDate({ followUpOn, today }: { followUpOn: string | null; today: string }) {
  return (
    <Paragraph data-testid="monitoring-follow-up">
      {followUpOn ? (
        <>
          De casus is in monitoring. Vervolgdatum: <DateText date={followUpOn} /> (
          {dueText(followUpOn, today)})
          {calendarDaysBetween(today, followUpOn) < 0 ? (
            <strong> — de vervolgdatum is verstreken.</strong>
          ) : null}
        </>
      ) : (
        "De casus is in monitoring, zonder vervolgdatum."
      )}
    </Paragraph>
  );
}

const REVIEW_COLUMNS: readonly Column<MonitoringReviewRow>[] = [
  {
    header: "Vastgelegd op",
    cell: (r) => <ShortDate date={r.reviewedOn} />,
    className: "rh-row-header rh-nowrap",
  },
  { header: "Uitkomst", cell: (r) => OUTCOME_LABELS[r.outcome] },
  { header: "Toelichting", cell: (r) => r.note },
  {
    header: "Volgende vervolgdatum",
    cell: (r) => (r.nextFollowUpOn ? <ShortDate date={r.nextFollowUpOn} /> : NONE),
    className: "rh-nowrap",
  },
  { header: "Door", cell: (r) => r.recordedBy.name },
];
