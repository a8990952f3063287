import {
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
import type { CaseDetail } from "../cases/types";
import { OrganisationAccessDocument } from "../../generated/graphql";

/** Each team organisation once, the directing one first. */
function teamOrganisations(caseData: CaseDetail) {
  const seen = new Map<string, { id: string; name: string; isDirecting: boolean }>();
  for (const m of caseData.team) {
    const known = seen.get(m.organisation.id);
    seen.set(m.organisation.id, {
      id: m.organisation.id,
      name: m.organisation.name,
      isDirecting: (known?.isDirecting ?? false) || m.isDirecting,
    });
  }
  return [...seen.values()].sort(
    (a, b) => Number(b.isDirecting) - Number(a.isDirecting) || a.name.localeCompare(b.name, "nl"),
  );
}

/** "Wie ziet wat": per team organisation how many dossier items it may see now (`accessFor`). */
export function AccessSummary({ caseData }: { caseData: CaseDetail }) {
  const organisations = teamOrganisations(caseData);
  return (
    <section aria-labelledby="access-summary-heading" className="rh-section">
      <Heading level={3} id="access-summary-heading">
        Wie ziet wat
      </Heading>
      <Paragraph>Wat elke organisatie in het team nu van het dossier mag zien.</Paragraph>
      <TableScroll label="Wie ziet wat">
        <Table aria-labelledby="access-summary-heading" className="rh-table">
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Organisatie</TableHeaderCell>
              <TableHeaderCell scope="col">Ziet</TableHeaderCell>
              <TableHeaderCell scope="col">Actieve toestemmingen</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {organisations.map((o) => (
              <TableRow key={o.id}>
                <TableHeaderCell scope="row" className="rh-row-header">
                  {o.name}
                </TableHeaderCell>
                <AccessCells caseId={caseData.id} organisationId={o.id} />
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableScroll>
    </section>
  );
}

function AccessCells({ caseId, organisationId }: { caseId: string; organisationId: string }) {
  const { data, error } = useQuery(OrganisationAccessDocument, {
    variables: { caseId, organisationId },
    fetchPolicy: "cache-and-network",
  });
  const access = data?.case?.accessFor;
  if (!access) {
    const text = error ? "Niet beschikbaar" : "Bezig met laden…";
    return (
      <>
        <TableCell className="rh-muted">{text}</TableCell>
        <TableCell className="rh-muted">{text}</TableCell>
      </>
    );
  }
  return (
    <>
      <TableCell>
        {access.wholeCase
          ? `het hele dossier (${access.totalItemCount} items)`
          : `${access.visibleItemCount} van ${access.totalItemCount} items`}
      </TableCell>
      <TableCell>
        {access.wholeCase ? <span className="rh-muted">Niet nodig</span> : access.activeGrants.length}
      </TableCell>
    </>
  );
}
