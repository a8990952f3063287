import { useMutation } from "@apollo/client/react";
import { Heading, Paragraph } from "@utrecht/component-library-react";
import { DataRows } from "../../components/DataRows";
import { DateText } from "../../components/DateText";
import { formatDateTime, isoDateTime, joinNames } from "../../labels";
import type { CaseDetail } from "../cases/types";
import { ContributionForm } from "./ContributionForm";
import { ContributionList } from "./ContributionList";
import { DecisionForm } from "./DecisionForm";
import { DecisionView } from "./DecisionView";
import { MEETING_PHASE_LABELS } from "./labels";
import { MeetingSummary } from "./MeetingSummary";
import { MinutesDownloads } from "./MinutesDownloads";
import { type MeetingDetail } from "./types";
import { PhaseMoves } from "./PhaseMoves";
import { PhaseStepper } from "./PhaseStepper";
import { MoveMeetingPhaseDocument } from "../../generated/graphql";

export interface MeetingViewProps {
  meeting: MeetingDetail;
  caseData: CaseDetail;
  /** After a change: reload, then show the confirmation (if any) at the top of the page. */
  onChanged: (message: string) => Promise<void>;
}

/** The content of a meeting's page (see MeetingPage). */
export function MeetingView({ meeting, caseData, onChanged }: MeetingViewProps) {
  const [moveMeeting] = useMutation(MoveMeetingPhaseDocument);
  const chair = meeting.viewerCan.includes("CHAIR");
  const decided = meeting.decidedAt !== null && meeting.decidedAt !== undefined;
  const professionals = meeting.participants.flatMap(({ professional: p }) =>
    p ? [`${p.name} (${p.organisation.name})`] : [],
  );
  const family = meeting.participants.flatMap(({ person }) => (person ? [person.fullName] : []));

  return (
    <>
      <Paragraph className="rh-meeting__question">
        <strong>Vraagstelling:</strong> {meeting.question}
      </Paragraph>

      <section aria-labelledby="meeting-phase-heading" className="rh-subsection">
        <Heading level={3} id="meeting-phase-heading">
          Fase
        </Heading>
        <PhaseStepper phase={meeting.phase} decided={decided} labelledBy="meeting-phase-heading" />
        <Paragraph data-testid="meeting-phase">
          {decided ? (
            <>
              Besloten op{" "}
              <time dateTime={isoDateTime(meeting.decidedAt)}>{formatDateTime(meeting.decidedAt)}</time>; het
              overleg is gesloten.
            </>
          ) : (
            <>
              Huidige fase: <strong>{MEETING_PHASE_LABELS[meeting.phase]}</strong>
            </>
          )}
        </Paragraph>
        {chair ? (
          <PhaseMoves
            phase={meeting.phase}
            allowedMoves={meeting.allowedPhaseMoves}
            move={(phase) =>
              moveMeeting({
                variables: { input: { meetingId: meeting.id, version: meeting.version, phase } },
              })
            }
            onMoved={(message) => void onChanged(message)}
          />
        ) : null}
      </section>

      <DataRows
        rows={[
          ["Datum", <DateText key="date" date={meeting.heldOn} />],
          ["Voorzitter", `${meeting.chair.name} (${meeting.chair.organisation.name})`],
          ["Deelnemers", professionals.length > 0 ? joinNames(professionals) : "Geen"],
          ["Gezinsleden aanwezig", family.length > 0 ? joinNames(family) : "Geen"],
        ]}
      />

      {meeting.decision ? <DecisionView decision={meeting.decision} caseId={caseData.id} /> : null}
      {decided ? <MinutesDownloads meetingId={meeting.id} /> : null}

      <section aria-labelledby="contributions-heading" className="rh-subsection">
        <Heading level={3} id="contributions-heading">
          Bijdragen
        </Heading>
        <MeetingSummary summary={meeting.summary} chair={chair} />
        <ContributionList contributions={meeting.contributions} />
      </section>

      {meeting.viewerCan.includes("CONTRIBUTE") && !decided ? (
        <ContributionForm
          meetingId={meeting.id}
          phase={meeting.phase}
          persons={caseData.persons}
          onDone={() => onChanged("")}
        />
      ) : null}

      {chair && meeting.phase === "DECISION" && !decided ? (
        <DecisionForm meeting={meeting} caseData={caseData} onDone={onChanged} />
      ) : null}
    </>
  );
}
