import {
  Alert,
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { useQuery } from "@apollo/client/react";
import type { ReactNode } from "react";
import { TableScroll } from "../../components/TableScroll";
import { usePageTitle } from "../../components/usePageTitle";
import { VisuallyHidden } from "../../components/VisuallyHidden";
import { FRAMEWORK_LABELS, HOUSEHOLD_ROLE_LABELS, formatDate, formatShortDate, label } from "../../labels";
import { useViewer } from "../../viewer";
import { EscalationSection } from "../escalation/EscalationSection";
import { OwnOrganisationAccess } from "../consent/OwnOrganisationAccess";
import { FollowUpSection } from "../follow-up";
import { usePersonExport } from "../inzage/usePersonExport";
import { OwnReferencesSection } from "../partner-references/OwnReferencesSection";
import type { ExportablePerson } from "../inzage/usePersonExport";
import { useCaseContext } from "./caseContext";
import { EscalationBadge } from "./CaseListPage";
import { CASE_BSN_QUERY } from "./operations";
import type { CaseDetail, DirectorRef, PersonRow } from "./operations";
import { PersonForm } from "./PersonForm";
import { PhaseControl } from "./PhaseControl";
import { PhaseSince } from "./PhaseSince";
import { TeamSection } from "./TeamSection";

/** "Overzicht" of a case: summary, phase, family members (with inzage), team, and what the own organisation may see. */
export function CaseOverview() {
  const { caseData, reload: reloadCase } = useCaseContext();
  const viewer = useViewer();
  const id = caseData.id;
  const canReadBsn = caseData.viewerCan.includes("READ_BSN");
  // BSN is only asked for once we know the viewer may read it.
  const bsnQuery = useQuery(CASE_BSN_QUERY, { variables: { id }, skip: !canReadBsn });
  const inzage = usePersonExport();

  usePageTitle(caseData.title);

  const reload = async () => {
    await reloadCase();
    if (canReadBsn) await bsnQuery.refetch().catch(() => undefined);
  };

  const bsnById = new Map((bsnQuery.data?.case?.persons ?? []).map((p) => [p.id, p.bsn]));
  const can = (action: CaseDetail["viewerCan"][number]) => caseData.viewerCan.includes(action);

  return (
    <>
      {caseData.teamWarnings.length > 0 ? (
        <Alert type="warning" className="rh-alert" aria-labelledby="team-warnings-heading">
          <Heading level={2} id="team-warnings-heading" appearance="utrecht-heading-3">
            Aandachtspunten voor het team
          </Heading>
          <UnorderedList>
            {caseData.teamWarnings.map((w) => (
              <UnorderedListItem key={`${w.code}-${w.person.id}`}>{w.message}</UnorderedListItem>
            ))}
          </UnorderedList>
        </Alert>
      ) : null}

      <div className="rh-case__grid">
        <section aria-labelledby="summary-heading" className="rh-card">
          <Heading level={2} id="summary-heading">
            Samenvatting
          </Heading>
          <CaseSummary caseData={caseData} />
        </section>
        {can("MOVE_PHASE") ? (
          <section aria-labelledby="phase-heading" className="rh-card">
            <PhaseControl caseData={caseData} headingId="phase-heading" onReload={reload} />
          </section>
        ) : null}
      </div>

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
        {can("ADD_PERSON") ? <PersonForm caseId={caseData.id} onAdded={reload} /> : null}
      </section>

      {can("MANAGE_REFERENCES") && viewer ? (
        <OwnReferencesSection caseId={caseData.id} organisationName={viewer.organisation.name} />
      ) : null}

      <TeamSection caseData={caseData} canManage={can("MANAGE_TEAM")} onChanged={reload} />

      <EscalationSection caseId={caseData.id} onChanged={reload} />

      {can("READ_FOLLOW_UP") ? <FollowUpSection caseData={caseData} onChanged={reload} /> : null}

      {can("MANAGE_CONSENT") || !viewer ? null : (
        <OwnOrganisationAccess caseData={caseData} organisationId={viewer.organisation.id} />
      )}
    </>
  );
}

function director(person: DirectorRef | null) {
  if (!person) return <span className="rh-muted">Niet toegewezen</span>;
  return (
    <>
      {person.name} <span className="rh-muted">({person.organisation.name})</span>
    </>
  );
}

function CaseSummary({ caseData }: { caseData: CaseDetail }) {
  const rows: [string, ReactNode][] = [
    ["Kenmerk", caseData.reference],
    ["Gemeente", caseData.municipality],
    ["Fase", <PhaseSince key="f" caseData={caseData} />],
    ["Kader", label(FRAMEWORK_LABELS, caseData.framework)],
    ["Escalatieniveau", <EscalationBadge key="e" level={caseData.escalationLevel} />],
    ["Casusregisseur", director(caseData.casusregisseur)],
    ["Procesregisseur", director(caseData.procesregisseur)],
    [
      "Geopend op",
      <time key="o" dateTime={caseData.openedOn}>
        {formatDate(caseData.openedOn)}
      </time>,
    ],
  ];
  if (caseData.closedOn) {
    rows.push([
      "Gesloten op",
      <time key="c" dateTime={caseData.closedOn}>
        {formatDate(caseData.closedOn)}
      </time>,
    ]);
  }
  return (
    <DataList className="rh-data-list">
      {rows.map(([key, value]) => (
        <DataListItem key={key} className="rh-data-list__item">
          <DataListKey>{key}</DataListKey>
          <DataListValue>{value}</DataListValue>
        </DataListItem>
      ))}
    </DataList>
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
