import { StatusBadge } from "@utrecht/component-library-react";
import { ColumnTable, type Column } from "../../components/ColumnTable";
import { EscalationBadge } from "../../components/EscalationBadge";
import { RouterLink } from "../../components/RouterLink";
import { FRAMEWORK_LABELS, PHASE_LABELS, label } from "../../labels";
import type { PortfolioItem } from "./types";

/**
 * Why the case stands where it does: acute unsafety or stalled as a badge, escalated to a table and not yet on
 * its agenda as another (the reasons say which table, since when), and the reasons in words.
 */
function Reasons({ item }: { item: PortfolioItem }) {
  return (
    <>
      {item.acuteSafety || item.stalled ? (
        <StatusBadge status={item.acuteSafety ? "danger" : "warning"} className="rh-badge">
          {item.acuteSafety ? "Acute onveiligheid" : "Vastgelopen"}
        </StatusBadge>
      ) : null}
      {item.awaitsAgenda ? (
        <StatusBadge status="warning" className="rh-badge">
          Niet geagendeerd
        </StatusBadge>
      ) : null}
      {item.reasons.length > 0 ? (
        <ul className="rh-reasons">
          {item.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      ) : (
        <span className="rh-muted">Geen signalen</span>
      )}
    </>
  );
}

const COLUMNS: readonly Column<PortfolioItem>[] = [
  {
    header: "Casus",
    cell: (item) => (
      <>
        <RouterLink to={`/casussen/${encodeURIComponent(item.caseId)}`}>{item.title}</RouterLink>
        <br />
        <span className="rh-muted rh-nowrap">{item.reference}</span>
      </>
    ),
  },
  { header: "Waarom hier", cell: (item) => <Reasons item={item} /> },
  {
    header: "Fase",
    cell: (item) => (
      <>
        {label(PHASE_LABELS, item.phase)}
        <br />
        <span className="rh-muted rh-nowrap">
          {item.weeksInPhase === 1 ? "1 week" : `${item.weeksInPhase} weken`}
        </span>
      </>
    ),
  },
  { header: "Kader", cell: (item) => label(FRAMEWORK_LABELS, item.framework) },
  {
    header: (
      <>
        Casus
        <wbr />
        regisseur
      </>
    ),
    cell: (item) => item.casusregisseur?.name ?? <span className="rh-muted">Nog niet toegewezen</span>,
  },
  { header: "Escalatie", cell: (item) => <EscalationBadge level={item.escalationLevel} /> },
];

/** The portfolio's cases, most urgent first (the order the server gives), each with why it is there. */
export function PortfolioTable({ items }: { items: PortfolioItem[] }) {
  return (
    <ColumnTable
      columns={COLUMNS}
      rows={items}
      rowKey={(item) => item.caseId}
      aria-label="Portefeuille"
      rowHeaders={false}
    />
  );
}
