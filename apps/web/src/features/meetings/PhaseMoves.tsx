import { Button, ButtonGroup } from "@utrecht/component-library-react";
import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import { ErrorAlert } from "../../components/ErrorAlert";
import { generalErrorMessages } from "../../errors";
import type { MeetingPhase } from "../../generated/graphql";
import { MEETING_PHASE_LABELS, MEETING_PHASE_ORDER, phaseMoveLabel } from "./labels";
import { MOVE_MEETING_PHASE_MUTATION, type MeetingDetail } from "./operations";

/** Forward first ("Naar oordeelsvorming"), then back ("Terug naar beeldvorming"). */
function ordered(from: MeetingPhase, moves: readonly MeetingPhase[]): MeetingPhase[] {
  const at = MEETING_PHASE_ORDER.indexOf(from);
  return [...moves].sort(
    (a, b) =>
      Number(MEETING_PHASE_ORDER.indexOf(b) > at) - Number(MEETING_PHASE_ORDER.indexOf(a) > at) ||
      MEETING_PHASE_ORDER.indexOf(a) - MEETING_PHASE_ORDER.indexOf(b),
  );
}

/**
 * The chair's buttons to move the meeting to the phases it may go to now (one forward, one back). The answer
 * updates the meeting in the cache, so the stepper follows; `onMoved` announces the new phase.
 */
export function PhaseMoves({
  meeting,
  onMoved,
}: {
  meeting: MeetingDetail;
  onMoved: (message: string) => void;
}) {
  const [move] = useMutation(MOVE_MEETING_PHASE_MUTATION);
  const [busy, setBusy] = useState<MeetingPhase | null>(null);
  const [error, setError] = useState<unknown>(null);
  if (meeting.allowedPhaseMoves.length === 0) return null;

  const go = async (phase: MeetingPhase) => {
    if (busy) return;
    setBusy(phase);
    setError(null);
    try {
      await move({ variables: { input: { meetingId: meeting.id, version: meeting.version, phase } } });
      onMoved(`Het overleg is nu in de fase ${MEETING_PHASE_LABELS[phase].toLowerCase()}.`);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="rh-meeting-moves">
      <ErrorAlert messages={generalErrorMessages(error)} heading="De fase is niet gewijzigd." />
      <ButtonGroup>
        {ordered(meeting.phase, meeting.allowedPhaseMoves).map((phase) => {
          const forward = MEETING_PHASE_ORDER.indexOf(phase) > MEETING_PHASE_ORDER.indexOf(meeting.phase);
          return (
            <Button
              key={phase}
              appearance={forward ? "primary-action-button" : "secondary-action-button"}
              busy={busy === phase}
              aria-disabled={busy !== null || undefined}
              onClick={() => void go(phase)}
            >
              {phaseMoveLabel(meeting.phase, phase)}
            </Button>
          );
        })}
      </ButtonGroup>
    </div>
  );
}
