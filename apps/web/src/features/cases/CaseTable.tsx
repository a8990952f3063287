import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { EscalationBadge } from "../../components/EscalationBadge";
import { RouterLink } from "../../components/RouterLink";
import { TableScroll } from "../../components/TableScroll";
import { FRAMEWORK_LABELS, PHASE_LABELS, formatShortDate, label } from "../../labels";
import type { CaseListItem } from "./operations";

/** The cases of the list: reference, title (a link), phase, framework, casusregisseur, opened, escalation. */
export function CaseTable({ cases, compact = false }: { cases: CaseListItem[]; compact?: boolean }) {
  return (
    <TableScroll label="Casussen">
      <Table aria-label="Casussen" className={compact ? "rh-table rh-table--cases" : "rh-table"}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Kenmerk</TableHeaderCell>
            <TableHeaderCell scope="col">Casus</TableHeaderCell>
            <TableHeaderCell scope="col">Fase</TableHeaderCell>
            <TableHeaderCell scope="col">Kader</TableHeaderCell>
            <TableHeaderCell scope="col">
              Casus
              <wbr />
              regisseur
            </TableHeaderCell>
            <TableHeaderCell scope="col">Geopend</TableHeaderCell>
            <TableHeaderCell scope="col">Escalatie</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {cases.map((c) => (
            <TableRow key={c.id}>
              <TableCell className="rh-nowrap">{c.reference}</TableCell>
              <TableCell>
                <RouterLink to={`/casussen/${encodeURIComponent(c.id)}`}>{c.title}</RouterLink>
              </TableCell>
              <TableCell>{label(PHASE_LABELS, c.phase)}</TableCell>
              <TableCell>{label(FRAMEWORK_LABELS, c.framework)}</TableCell>
              <TableCell>
                {c.casusregisseur?.name ?? <span className="rh-muted">Nog niet toegewezen</span>}
              </TableCell>
              <TableCell className="rh-nowrap">
                <time dateTime={c.openedOn}>{formatShortDate(c.openedOn)}</time>
              </TableCell>
              <TableCell>
                <EscalationBadge level={c.escalationLevel} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
