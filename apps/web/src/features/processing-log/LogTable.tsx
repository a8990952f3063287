import {
  StatusBadge,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { TableScroll } from "../../components/TableScroll";
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
import type { LogEntry } from "./operations";

/** "Noor Jansen, Kees Jansen", "Noor Jansen en 1 ander", "3 personen". */
function concerned(entry: LogEntry): string {
  const names = entry.subjects.map((p) => p.fullName);
  const others = entry.subjectCount - names.length;
  const persons = (n: number) => (n === 1 ? "1 persoon" : `${n} personen`);
  if (names.length === 0) return entry.subjectCount > 0 ? persons(entry.subjectCount) : "—";
  if (others <= 0) return names.join(", ");
  return `${names.join(", ")} en ${others === 1 ? "1 ander" : `${others} anderen`}`;
}

/** The processing log as a table: when, who, what, about whom, which fields, why, on which basis, outcome. */
export function LogTable({ entries }: { entries: readonly LogEntry[] }) {
  return (
    <TableScroll label="Verwerkingslog">
      <Table aria-label="Verwerkingslog" className="rh-table rh-table--log">
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Tijd</TableHeaderCell>
            <TableHeaderCell scope="col">Wie</TableHeaderCell>
            <TableHeaderCell scope="col">Handeling</TableHeaderCell>
            <TableHeaderCell scope="col">Betrokkenen</TableHeaderCell>
            <TableHeaderCell scope="col">Velden</TableHeaderCell>
            <TableHeaderCell scope="col">Doel</TableHeaderCell>
            <TableHeaderCell scope="col">Rechtsgrond</TableHeaderCell>
            <TableHeaderCell scope="col">Uitkomst</TableHeaderCell>
            <TableHeaderCell scope="col">Noodtoegang</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {entries.map((entry) => (
            <TableRow key={entry.id} className={entry.breakGlass ? "rh-log-row--break-glass" : undefined}>
              <TableCell className="rh-nowrap">
                <time dateTime={isoDateTime(entry.startedAt)}>{formatShortDateTime(entry.startedAt)}</time>
              </TableCell>
              <TableCell>
                <span className="rh-log__actor">
                  {entry.actor?.name ?? label(ACTOR_TYPE_LABELS, entry.actorType)}
                </span>
                {entry.organisation ? <span className="rh-log__meta">{entry.organisation.name}</span> : null}
                {entry.role ? (
                  <span className="rh-log__meta rh-muted">{label(ROLE_LABELS, entry.role)}</span>
                ) : null}
              </TableCell>
              <TableCell>
                {label(LOG_OPERATION_LABELS, entry.operation)}
                {entry.detail ? <span className="rh-log__meta rh-muted">{entry.detail}</span> : null}
              </TableCell>
              <TableCell>{concerned(entry)}</TableCell>
              <TableCell className="rh-log__fields">
                {entry.fields.length > 0 ? entry.fields.join(", ") : <span className="rh-muted">—</span>}
              </TableCell>
              <TableCell>
                {entry.purpose}
                <span className="rh-log__meta rh-muted">{entry.processingActivityId}</span>
              </TableCell>
              <TableCell>
                {entry.legalBasis ? (
                  label(LEGAL_BASIS_LABELS, entry.legalBasis)
                ) : (
                  <span className="rh-muted">—</span>
                )}
              </TableCell>
              <TableCell>
                <StatusBadge
                  status={entry.outcome === "SUCCESS" ? "safe" : "danger"}
                  className={`rh-badge rh-outcome rh-outcome--${entry.outcome.toLowerCase()}`}
                >
                  {label(LOG_OUTCOME_LABELS, entry.outcome)}
                </StatusBadge>
              </TableCell>
              <TableCell>
                {entry.breakGlass ? (
                  <StatusBadge status="warning" className="rh-badge rh-badge--break-glass">
                    Ja
                  </StatusBadge>
                ) : (
                  "Nee"
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
