import {
  Button,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { useQuery } from "@apollo/client/react";
import { TableScroll } from "../../components/TableScroll";
import { VisuallyHidden } from "../../components/VisuallyHidden";
import { HOUSEHOLD_ROLE_LABELS, formatShortDate, label } from "../../labels";
import { usePersonExport } from "../inzage/usePersonExport";
import type { ExportablePerson } from "../inzage/usePersonExport";
import { Disclosure } from "../../components/Disclosure";
import "../plan/plan.css";
import { CASE_BSN_QUERY } from "./operations";
import type { CaseDetail, PersonRow } from "./operations";
import { PersonForm } from "./PersonForm";

export interface PersonsSectionProps {
  caseData: CaseDetail;
  onChanged: () => Promise<void>;
}

/** "Gezinsleden": the family members (BSN with READ_BSN, inzage export), and "Gezinslid toevoegen" behind a button. */
export function PersonsSection({ caseData, onChanged }: PersonsSectionProps) {
  const can = (action: CaseDetail["viewerCan"][number]) => caseData.viewerCan.includes(action);
  const canReadBsn = can("READ_BSN");
  // BSN is only asked for once we know the viewer may read it.
  const bsnQuery = useQuery(CASE_BSN_QUERY, { variables: { id: caseData.id }, skip: !canReadBsn });
  const inzage = usePersonExport();
  const bsnById = new Map((bsnQuery.data?.case?.persons ?? []).map((p) => [p.id, p.bsn]));

  const added = async () => {
    await onChanged();
    if (canReadBsn) await bsnQuery.refetch().catch(() => undefined);
  };

  return (
    <section aria-labelledby="persons-heading" className="rh-section">
      <Heading level={2} id="persons-heading">
        Gezinsleden
      </Heading>
      {can("EXPORT_PERSON") ? inzage.status : null}
      <PersonsTable
        persons={caseData.persons}
        showBsn={canReadBsn}
        bsnById={bsnById}
        onExport={can("EXPORT_PERSON") ? (p) => void inzage.run(p) : null}
        exportingId={inzage.busyId}
      />
      {can("ADD_PERSON") ? (
        <Disclosure label="Gezinslid toevoegen">
          {() => <PersonForm caseId={caseData.id} onAdded={added} />}
        </Disclosure>
      ) : null}
    </section>
  );
}

interface PersonsTableProps {
  persons: PersonRow[];
  showBsn: boolean;
  bsnById: Map<string, string | null>;
  /** With EXPORT_PERSON: "Inzage exporteren" per person. */
  onExport: ((person: ExportablePerson) => void) | null;
  exportingId: string | null;
}

function PersonsTable({ persons, showBsn, bsnById, onExport, exportingId }: PersonsTableProps) {
  if (persons.length === 0) return <Paragraph>Er zijn nog geen gezinsleden vastgelegd.</Paragraph>;
  return (
    <TableScroll label="Gezinsleden">
      <Table aria-labelledby="persons-heading" className="rh-table">
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Naam</TableHeaderCell>
            <TableHeaderCell scope="col">Rol</TableHeaderCell>
            <TableHeaderCell scope="col">Geboortedatum</TableHeaderCell>
            <TableHeaderCell scope="col">Leeftijd</TableHeaderCell>
            <TableHeaderCell scope="col">BSN</TableHeaderCell>
            {onExport ? (
              <TableHeaderCell scope="col">
                <VisuallyHidden>Inzage</VisuallyHidden>
              </TableHeaderCell>
            ) : null}
          </TableRow>
        </TableHeader>
        <TableBody>
          {persons.map((p) => (
            <TableRow key={p.id}>
              <TableHeaderCell scope="row" className="rh-row-header">
                {p.fullName}
              </TableHeaderCell>
              <TableCell>{label(HOUSEHOLD_ROLE_LABELS, p.householdRole)}</TableCell>
              <TableCell className="rh-nowrap">
                {p.birthDate ? (
                  <time dateTime={p.birthDate}>{formatShortDate(p.birthDate)}</time>
                ) : (
                  <Unknown />
                )}
              </TableCell>
              <TableCell>{p.age !== null && p.age !== undefined ? `${p.age} jaar` : <Unknown />}</TableCell>
              <TableCell className="rh-nowrap">{bsnCell(p, showBsn, bsnById)}</TableCell>
              {onExport ? (
                <TableCell>
                  <Button
                    appearance="secondary-action-button"
                    busy={exportingId === p.id}
                    onClick={() => onExport(p)}
                  >
                    Inzage exporteren<VisuallyHidden> van {p.fullName}</VisuallyHidden>
                  </Button>
                </TableCell>
              ) : null}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}

function bsnCell(person: PersonRow, showBsn: boolean, bsnById: Map<string, string | null>) {
  if (!person.hasBsn) return <span className="rh-muted">Niet vastgelegd</span>;
  if (!showBsn) return "Vastgelegd";
  const bsn = bsnById.get(person.id);
  return bsn ? <span className="rh-tabular">{bsn}</span> : "Vastgelegd";
}

function Unknown() {
  return <span className="rh-muted">Onbekend</span>;
}
