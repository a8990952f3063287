import {
  Alert,
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Paragraph,
  PreHeading,
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
import { useParams } from "react-router";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";
import { RouterLink } from "../../components/RouterLink";
import { TableScroll } from "../../components/TableScroll";
import { usePageTitle } from "../../components/usePageTitle";
import { NOT_FOUND_MESSAGE, generalErrorMessages, hasErrorCode } from "../../errors";
import {
  FRAMEWORK_LABELS,
  HOUSEHOLD_ROLE_LABELS,
  PHASE_LABELS,
  formatDate,
  formatShortDate,
  label,
} from "../../labels";
import { EscalationBadge } from "./CaseListPage";
import { CASE_BSN_QUERY, CASE_QUERY } from "./operations";
import type { CaseDetail, DirectorRef, PersonRow } from "./operations";
import { PersonForm } from "./PersonForm";
import { PhaseControl } from "./PhaseControl";
import { TeamSection } from "./TeamSection";

/** One case: summary, family members, team, and the controls `viewerCan` allows. */
export function CasePage() {
  const { id = "" } = useParams();
  const { data, error, loading, refetch } = useQuery(CASE_QUERY, {
    variables: { id },
    fetchPolicy: "cache-and-network",
  });
  const caseData = data?.case ?? null;
  const canReadBsn = caseData?.viewerCan.includes("READ_BSN") ?? false;
  // BSN is only asked for once we know the viewer may read it.
  const bsnQuery = useQuery(CASE_BSN_QUERY, { variables: { id }, skip: !canReadBsn });
  const notFound =
    hasErrorCode(error, "NOT_FOUND") || (!loading && !error && data !== undefined && data.case === null);

  usePageTitle(notFound ? "Casus niet gevonden" : (caseData?.title ?? "Casus"));

  const reload = async () => {
    await refetch().catch(() => undefined);
    if (canReadBsn) await bsnQuery.refetch().catch(() => undefined);
  };

  if (notFound) {
    return (
      <>
        <Heading level={1}>Casus niet gevonden</Heading>
        <Paragraph>{NOT_FOUND_MESSAGE}</Paragraph>
        <Paragraph>
          <RouterLink to="/">Terug naar Casussen</RouterLink>
        </Paragraph>
      </>
    );
  }

  if (!caseData) {
    return error ? (
      <>
        <Heading level={1}>Casus</Heading>
        <ErrorAlert messages={generalErrorMessages(error)}>
          <Button appearance="secondary-action-button" onClick={() => void reload()}>
            Opnieuw proberen
          </Button>
        </ErrorAlert>
      </>
    ) : (
      <Loading />
    );
  }

  const bsnById = new Map((bsnQuery.data?.case?.persons ?? []).map((p) => [p.id, p.bsn]));
  const can = (action: CaseDetail["viewerCan"][number]) => caseData.viewerCan.includes(action);

  return (
    <article className="rh-case" aria-labelledby="case-heading">
      <nav aria-label="Kruimelpad" className="rh-breadcrumb">
        <RouterLink to="/">Casussen</RouterLink>
        <span aria-hidden="true"> › </span>
        <span aria-current="page">{caseData.title}</span>
      </nav>
      <hgroup className="rh-case__title">
        <PreHeading>{caseData.reference}</PreHeading>
        <Heading level={1} id="case-heading">
          {caseData.title}
        </Heading>
      </hgroup>

      {error ? <ErrorAlert messages={generalErrorMessages(error)} /> : null}

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
        <PersonsTable persons={caseData.persons} showBsn={canReadBsn} bsnById={bsnById} />
        {can("ADD_PERSON") ? <PersonForm caseId={caseData.id} onAdded={reload} /> : null}
      </section>

      <TeamSection caseData={caseData} canManage={can("MANAGE_TEAM")} onChanged={reload} />
    </article>
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
    ["Fase", label(PHASE_LABELS, caseData.phase)],
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
}

function PersonsTable({ persons, showBsn, bsnById }: PersonsTableProps) {
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
