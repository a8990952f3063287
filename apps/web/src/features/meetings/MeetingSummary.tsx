import { Alert, Paragraph } from "@utrecht/component-library-react";
import { DataRows } from "../../components/DataRows";
import { prematureWarning } from "./labels";
import type { MeetingDetail } from "./types";

/**
 * The counts of the contributions the viewer sees, and for the chair a warning when judgements or proposals
 * came while the picture was still being formed ("eerst de beeldvorming").
 */
export function MeetingSummary({ summary, chair }: { summary: MeetingDetail["summary"]; chair: boolean }) {
  return (
    <>
      {chair && summary.premature > 0 ? (
        <Alert type="warning" className="rh-alert">
          <Paragraph data-testid="premature-warning">
            <strong>Let op:</strong> {prematureWarning(summary.premature)}
          </Paragraph>
        </Alert>
      ) : null}
      <DataRows
        testId="meeting-summary"
        className="rh-meeting-summary"
        rows={[
          ["Informatie", summary.information],
          ["Oordelen", summary.judgements],
          ["Voorstellen", summary.proposals],
          ["Tijdens de beeldvorming", summary.premature],
        ]}
      />
    </>
  );
}
