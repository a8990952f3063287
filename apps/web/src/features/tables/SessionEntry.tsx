import { Heading } from "@utrecht/component-library-react";
import { DataRows } from "../../components/DataRows";
import { formatDayOf } from "../../labels";
import { outcomeRows } from "./labels";
import type { SessionEntry as Entry } from "./operations";
import { RecordOutcomeForm } from "./RecordOutcomeForm";

/**
 * One case on a session's agenda: its question and the preparation summary while the viewer may read it (else
 * "Niet (meer) in te zien"), the outcome once decided, and for the chair the form to record it.
 */
export function SessionEntry({ entry, onChanged }: { entry: Entry; onChanged: () => Promise<unknown> }) {
  const headingId = `agenda-entry-${entry.id}`;
  const summary = entry.preparationSummary ?? <span className="rh-muted">Niet (meer) in te zien</span>;
  return (
    <article className="rh-card" aria-labelledby={headingId} data-testid="agenda-entry">
      <Heading level={3} id={headingId}>
        {entry.caseReference}
      </Heading>
      <DataRows
        rows={[
          ["Vraag", entry.question],
          ["Voorbereiding", summary],
          ["Op de agenda sinds", formatDayOf(entry.placedAt)],
          ...outcomeRows(entry),
        ]}
      />
      {!entry.outcome && entry.viewerCan.includes("DECIDE") ? (
        <RecordOutcomeForm entryId={entry.id} caseReference={entry.caseReference} onRecorded={onChanged} />
      ) : null}
    </article>
  );
}
