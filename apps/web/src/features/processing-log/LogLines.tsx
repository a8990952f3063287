import { StatusBadge } from "@utrecht/component-library-react";
import {
  ACTOR_TYPE_LABELS,
  LEGAL_BASIS_LABELS,
  LOG_OPERATION_LABELS,
  LOG_OUTCOME_LABELS,
  ROLE_LABELS,
  formatShortDateTime,
  isoDateTime,
  label,
} from "../../labels";
import { concernedPersons, describeFields, detailLabel, purposeLabel } from "./logLabels";
import type { LogLine } from "./types";
import "./processing-log.css";

/** One line of the log in words: one request on one case, its persons and data folded in. */
export function describeLine(line: LogLine) {
  // A refusal already reads "Geweigerd" among the operations; only a failure needs a badge of its own.
  const outcomes = line.outcomes.filter((o) => o !== "SUCCESS" && o !== "DENIED");
  return {
    what: line.operations.map((op) => label(LOG_OPERATION_LABELS, op)).join(", "),
    who: line.actor?.name ?? label(ACTOR_TYPE_LABELS, line.actorType),
    whoMeta: [line.organisation?.name, line.role ? label(ROLE_LABELS, line.role) : null]
      .filter(Boolean)
      .join(" · "),
    persons: concernedPersons(
      line.subjects.map((p) => p.fullName),
      line.subjectCount,
    ),
    data: [
      ...describeFields(line.fields),
      ...(line.itemCount > 0
        ? [line.itemCount === 1 ? "1 dossieritem" : `${line.itemCount} dossieritems`]
        : []),
    ],
    purposes: line.processingActivityIds.map(purposeLabel).join("; "),
    bases: line.legalBases.map((b) => label(LEGAL_BASIS_LABELS, b)).join(", "),
    refused: outcomes.map((o) => label(LOG_OUTCOME_LABELS, o)).join(", "),
    details: line.details.flatMap((d) => detailLabel(d) ?? []),
  };
}

export interface LogLinesProps {
  lines: readonly LogLine[];
  /** Show each line's case (a search across cases). */
  showCase: boolean;
}

/** The processing log as a list of lines, newest first: when, who, what, about whom, which data, why. */
export function LogLines({ lines, showCase }: LogLinesProps) {
  return (
    <ol className="rh-log-lines" aria-label="Verwerkingslog">
      {lines.map((line) => {
        const d = describeLine(line);
        return (
          <li key={line.id} className={`rh-log-line${line.breakGlass ? " rh-log-line--break-glass" : ""}`}>
            <p className="rh-log-line__head">
              <time dateTime={isoDateTime(line.startedAt)}>{formatShortDateTime(line.startedAt)}</time>
              <strong>{d.what}</strong>
              {line.breakGlass ? (
                <StatusBadge status="warning" className="rh-badge rh-badge--break-glass">
                  Noodtoegang
                </StatusBadge>
              ) : null}
              {d.refused ? (
                <StatusBadge status="danger" className="rh-badge">
                  {d.refused}
                </StatusBadge>
              ) : null}
            </p>
            <dl className="rh-log-line__facts">
              <dt>Wie</dt>
              <dd>
                {d.who}
                {d.whoMeta ? <span className="rh-muted"> — {d.whoMeta}</span> : null}
              </dd>
              {showCase ? (
                <>
                  <dt>Casus</dt>
                  <dd>{line.caseReference ?? "onbekend"}</dd>
                </>
              ) : null}
              <dt>Betrokkenen</dt>
              <dd>{d.persons}</dd>
              <dt>Gegevens</dt>
              <dd>{d.data.length > 0 ? d.data.join("; ") : "—"}</dd>
              <dt>Doel</dt>
              <dd>
                {d.purposes}
                {d.bases ? <span className="rh-muted"> ({d.bases})</span> : null}
              </dd>
              {d.details.length > 0 ? (
                <>
                  <dt>Toelichting</dt>
                  <dd>{d.details.join("; ")}</dd>
                </>
              ) : null}
            </dl>
          </li>
        );
      })}
    </ol>
  );
}
