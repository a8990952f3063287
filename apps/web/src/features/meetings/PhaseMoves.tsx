import { Button, ButtonGroup } from "@utrecht/component-library-react";
import { useState } from "react";
import { ErrorAlert } from "../../components/ErrorAlert";
import { generalErrorMessages } from "../../errors";
import type { MeetingPhase } from "../../generated/graphql";
import { MEETING_PHASE_LABELS, MEETING_PHASE_ORDER, phaseMoveLabel } from "./labels";

/** Forward first ("Naar oordeelsvorming"), then back ("Terug naar beeldvorming"). */
function ordered(from: MeetingPhase, moves: readonly MeetingPhase[]): MeetingPhase[] {
  const at = MEETING_PHASE_ORDER.indexOf(from);
  return [...moves].sort(
    (a, b) =>
      Number(MEETING_PHASE_ORDER.indexOf(b) > at) - Number(MEETING_PHASE_ORDER.indexOf(a) > at) ||
      MEETING_PHASE_ORDER.indexOf(a) - MEETING_PHASE_ORDER.indexOf(b),
  );
}

export interface PhaseMovesProps {
  /** The phase it is in. */
  phase: MeetingPhase;
  /** Where the chair may move it now (empty: no buttons). */
  allowedMoves: readonly MeetingPhase[];
  /** Sends the move; the answer updates the cache, so the stepper follows. */
  move: (phase: MeetingPhase) => Promise<unknown>;
  /** Announces the new phase ("Het overleg is nu in de fase …"). */
  onMoved: (message: string) => void;
  /** What moves, in the announcement: "Het overleg", "De bespreking". */
  subject?: string;
}

/**
 * The chair's buttons to move a meeting — or a table's discussion of a case — to the phases it may go to now
 * (one forward, one back).
 */
export function PhaseMoves({
  phase: from,
  allowedMoves,
  move,
  onMoved,
  subject = "Het overleg",
}: PhaseMovesProps) {
  const [busy, setBusy] = useState<MeetingPhase | null>(null);
  const [error, setError] = useState<unknown>(null);
  if (allowedMoves.length === 0) return null;

  const go = async (phase: MeetingPhase) => {
    if (busy) return;
    setBusy(phase);
    setError(null);
    try {
      await move(phase);
      onMoved(`${subject} is nu in de fase ${MEETING_PHASE_LABELS[phase].toLowerCase()}.`);
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
        {ordered(from, allowedMoves).map((phase) => {
          const forward = MEETING_PHASE_ORDER.indexOf(phase) > MEETING_PHASE_ORDER.indexOf(from);
          return (
            <Button
              key={phase}
              appearance={forward ? "primary-action-button" : "secondary-action-button"}
              busy={busy === phase}
              aria-disabled={busy !== null || undefined}
              onClick={() => void go(phase)}
            >
              {phaseMoveLabel(from, phase)}
            </Button>
          );
        })}
      </ButtonGroup>
    </div>
  );
}
