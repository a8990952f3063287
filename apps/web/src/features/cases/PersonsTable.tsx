import { Button, Paragraph } from "@utrecht/component-library-react";
import { ColumnTable } from "../../components/ColumnTable";
import type { Column } from "../../components/ColumnTable";
import { VisuallyHidden } from "../../components/VisuallyHidden";
import { HOUSEHOLD_ROLE_LABELS, formatShortDate, label } from "../../labels";
import type { ExportablePerson } from "../inzage/usePersonExport";
import type { PersonRow } from "./types";

export interface PersonsTableProps {
  persons: PersonRow[];
  showBsn: boolean;
  bsnById: Map<string, string | null>;
  /** With EXPORT_PERSON: "Inzage exporteren" per person. */
  onExport: ((person: ExportablePerson) => void) | null;
  exportingId: string | null;
}

function Unknown() {
  return <span className="rh-muted">Onbekend</span>;
}

function bsnCell(person: PersonRow, showBsn: boolean, bsnById: Map<string, string | null>) {
  if (!person.hasBsn) return <span className="rh-muted">Niet vastgelegd</span>;
  if (!showBsn) return "Vastgelegd";
  const bsn = bsnById.get(person.id);
  return bsn ? <span className="rh-tabular">{bsn}</span> : "Vastgelegd";
}

/** The family members: name, role, birth date, age, BSN (the number only with READ_BSN), inzage export. */
export function PersonsTable({ persons, showBsn, bsnById, onExport, exportingId }: PersonsTableProps) {
  if (persons.length === 0) return <Paragraph>Er zijn nog geen gezinsleden vastgelegd.</Paragraph>;
  const columns: Column<PersonRow>[] = [
    { header: "Naam", className: "rh-row-header", cell: (p) => p.fullName },
    { header: "Rol", cell: (p) => label(HOUSEHOLD_ROLE_LABELS, p.householdRole) },
    {
      header: "Geboortedatum",
      className: "rh-nowrap",
      cell: (p) =>
        p.birthDate ? <time dateTime={p.birthDate}>{formatShortDate(p.birthDate)}</time> : <Unknown />,
    },
    {
      header: "Leeftijd",
      cell: (p) => (p.age !== null && p.age !== undefined ? `${p.age} jaar` : <Unknown />),
    },
    { header: "BSN", className: "rh-nowrap", cell: (p) => bsnCell(p, showBsn, bsnById) },
  ];
  if (onExport) {
    columns.push({
      header: <VisuallyHidden>Inzage</VisuallyHidden>,
      cell: (p) => (
        <Button appearance="secondary-action-button" busy={exportingId === p.id} onClick={() => onExport(p)}>
          Inzage exporteren<VisuallyHidden> van {p.fullName}</VisuallyHidden>
        </Button>
      ),
    });
  }
  return (
    <ColumnTable
      columns={columns}
      rows={persons}
      aria-labelledby="persons-heading"
      scrollLabel="Gezinsleden"
    />
  );
}
