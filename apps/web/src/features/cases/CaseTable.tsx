import { ColumnTable } from "../../components/ColumnTable";
import type { Column } from "../../components/ColumnTable";
import { EscalationBadge } from "../../components/EscalationBadge";
import { RouterLink } from "../../components/RouterLink";
import { FRAMEWORK_LABELS, PHASE_LABELS, formatShortDate, label } from "../../labels";
import type { CaseListItem } from "./types";

const COLUMNS: readonly Column<CaseListItem>[] = [
  { header: "Kenmerk", cell: (c) => c.reference, className: "rh-nowrap" },
  {
    header: "Casus",
    cell: (c) => <RouterLink to={`/casussen/${encodeURIComponent(c.id)}`}>{c.title}</RouterLink>,
  },
  { header: "Fase", cell: (c) => label(PHASE_LABELS, c.phase) },
  { header: "Kader", cell: (c) => label(FRAMEWORK_LABELS, c.framework) },
  {
    header: (
      <>
        Casus
        <wbr />
        regisseur
      </>
    ),
    cell: (c) => c.casusregisseur?.name ?? <span className="rh-muted">Nog niet toegewezen</span>,
  },
  {
    header: "Geopend",
    cell: (c) => <time dateTime={c.openedOn}>{formatShortDate(c.openedOn)}</time>,
    className: "rh-nowrap",
  },
  { header: "Escalatie", cell: (c) => <EscalationBadge level={c.escalationLevel} /> },
];

/** The cases of the list: reference, title (a link), phase, framework, casusregisseur, opened, escalation. */
export function CaseTable({ cases, compact = false }: { cases: CaseListItem[]; compact?: boolean }) {
  return (
    <ColumnTable
      columns={COLUMNS}
      rows={cases}
      aria-label="Casussen"
      rowHeaders={false}
      className={compact ? "rh-table rh-table--cases" : "rh-table"}
    />
  );
}
