import { useMutation } from "@apollo/client/react";
import { Heading, Paragraph, StatusBadge } from "@utrecht/component-library-react";
import { useState } from "react";
import { DataRows } from "../../components/DataRows";
import { formatDayOf } from "../../labels";
import { PhaseMoves } from "../meetings/PhaseMoves";
import { PhaseStepper } from "../meetings/PhaseStepper";
import { outcomeRows } from "./labels";
import { type SessionEntry as Entry, type TableMember } from "./types";
import { RecordOutcomeForm } from "./RecordOutcomeForm";
import { MoveAgendaPhaseDocument } from "../../generated/graphql";

/**
 * One case on a session's agenda, discussed as a meeting (marked "Nu aan de orde" while the session is at it): its question, the preparation summary while the viewer
 * may read it (else "Niet (meer) in te zien"), the phase (question, image forming, judgement, decision) with the
 * chair's buttons to move it, the chair's outcome form in the decision phase, and the outcome once decided.
 */
export interface SessionEntryProps {
  entry: Entry;
  /** The table's chair and members (who was there is recorded with the outcome). */
  members: readonly TableMember[];
  /** The case the session is at now (the first one not decided, on the day). */
  current?: boolean;
  onChanged: () => Promise<unknown>;
}

export function SessionEntry({ entry, members, current = false, onChanged }: SessionEntryProps) {
  const headingId = `agenda-entry-${entry.id}`;
  const [moveEntry] = useMutation(MoveAgendaPhaseDocument);
  const [announced, setAnnounced] = useState("");
  const decided = !!entry.outcome;
  const chair = !decided && entry.viewerCan.includes("DECIDE");
  const summary = entry.preparationSummary ?? <span className="rh-muted">Niet (meer) in te zien</span>;
  return (
    <article className="rh-card" aria-labelledby={headingId} data-testid="agenda-entry">
      <Heading level={3} id={headingId}>
        {entry.caseReference}
      </Heading>
      {current ? (
        <Paragraph>
          <StatusBadge status="active" className="rh-badge">
            Nu aan de orde
          </StatusBadge>
        </Paragraph>
      ) : null}
      <DataRows
        rows={[
          ["Vraag", entry.question],
          ["Voorbereiding", summary],
          ["Op de agenda sinds", formatDayOf(entry.placedAt)],
          ...outcomeRows(entry),
        ]}
      />
      <PhaseStepper phase={entry.phase} decided={decided} />
      <p role="status" className="rh-visually-hidden">
        {announced}
      </p>
      {chair ? (
        <PhaseMoves
          phase={entry.phase}
          allowedMoves={entry.allowedPhaseMoves}
          move={(phase) => moveEntry({ variables: { input: { entryId: entry.id, phase } } })}
          onMoved={setAnnounced}
          subject={`De bespreking van ${entry.caseReference}`}
        />
      ) : null}
      {chair && entry.phase === "DECISION" ? (
        <RecordOutcomeForm
          entryId={entry.id}
          caseReference={entry.caseReference}
          members={members}
          onRecorded={onChanged}
        />
      ) : null}
      {chair && entry.phase !== "DECISION" ? (
        <Paragraph className="rh-muted">
          Eerst de beeldvorming, dan de oordeelsvorming: de uitkomst legt u vast in de fase besluitvorming.
        </Paragraph>
      ) : null}
    </article>
  );
}
