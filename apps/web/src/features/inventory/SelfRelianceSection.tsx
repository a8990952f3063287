import {
  Heading,
  Paragraph,
  StatusBadge,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { TableScroll } from "../../components/TableScroll";
import { DOMAIN_LABELS, formatDate, formatShortDate, label } from "../../labels";
import type { Domain } from "../../generated/graphql";
import type { PersonOption } from "../dossier/ItemFields";
import { AssessmentForm } from "./AssessmentForm";
import { FormDisclosure } from "./FormDisclosure";
import { ZRM_DOMAINS, signed, trendText, zrmText } from "./labels";
import type { AssessmentRow, ProgressRow } from "./operations";
import { SelfRelianceChart, SeriesSwatch } from "./SelfRelianceChart";

interface DomainGroup {
  domain: Domain;
  rows: ProgressRow[];
  assessments: AssessmentRow[];
}

/** Per domain (in the usual order) the series of each person (in the order of the case) and the scores. */
function groupByDomain(
  progress: readonly ProgressRow[],
  assessments: readonly AssessmentRow[],
  personIndex: (id: string) => number,
): DomainGroup[] {
  const order = (d: Domain) => {
    const i = ZRM_DOMAINS.indexOf(d);
    return i === -1 ? ZRM_DOMAINS.length : i;
  };
  const domains = [...new Set([...progress.map((p) => p.domain), ...assessments.map((a) => a.domain)])].sort(
    (a, b) => order(a) - order(b),
  );
  return domains.map((domain) => ({
    domain,
    rows: progress
      .filter((p) => p.domain === domain && p.points.length > 0)
      .sort((a, b) => personIndex(a.person.id) - personIndex(b.person.id)),
    assessments: assessments
      .filter((a) => a.domain === domain)
      .sort(
        (a, b) =>
          personIndex(a.person?.id ?? "") - personIndex(b.person?.id ?? "") ||
          (a.assessedOn ?? "").localeCompare(b.assessedOn ?? ""),
      ),
  }));
}

const TREND_BADGE: Record<string, string> = { UP: "safe", DOWN: "danger", FLAT: "neutral" };

function TrendItem({ row, index }: { row: ProgressRow; index: number }) {
  const first = row.points[0];
  const single = row.points.length < 2;
  return (
    <li className="rh-trend">
      <SeriesSwatch index={index} />
      <span>
        <strong>{row.person.fullName}</strong>: nu {zrmText(row.latest.score)} (
        {formatDate(row.latest.assessedOn)}).{" "}
        {single || !first ? (
          <span className="rh-muted">Nog één score, dus nog geen verloop.</span>
        ) : (
          <>
            Sinds {formatDate(first.assessedOn)}:{" "}
            <StatusBadge
              status={TREND_BADGE[row.trend] ?? "neutral"}
              className={`rh-badge rh-trend__badge rh-trend__badge--${row.trend.toLowerCase()}`}
            >
              {trendText(row.trend)} ({signed(row.change)})
            </StatusBadge>
          </>
        )}
      </span>
    </li>
  );
}

export interface SelfRelianceSectionProps {
  caseId: string;
  persons: readonly PersonOption[];
  progress: readonly ProgressRow[];
  assessments: readonly AssessmentRow[];
  canRecord: boolean;
}

/** "Zelfredzaamheid": per domain a chart of the ZRM scores over time, the trend per person, and the table. */
export function SelfRelianceSection({
  caseId,
  persons,
  progress,
  assessments,
  canRecord,
}: SelfRelianceSectionProps) {
  const personIndex = (id: string) => {
    const i = persons.findIndex((p) => p.id === id);
    return i === -1 ? persons.length : i;
  };
  const groups = groupByDomain(progress, assessments, personIndex);

  return (
    <section aria-labelledby="self-reliance-heading" className="rh-section rh-inventory-section">
      <Heading level={3} id="self-reliance-heading">
        Zelfredzaamheid
      </Heading>
      <Paragraph>
        Scores op de Zelfredzaamheid-Matrix (ZRM), van 1 (acuut) tot 5 (volledig zelfredzaam), per persoon en
        leefgebied. Door opnieuw te scoren wordt zichtbaar of het gezin vooruitgaat.
      </Paragraph>
      {canRecord ? (
        <FormDisclosure id="assessment-form-panel" label="Zelfredzaamheid scoren">
          {(done, cancel) => (
            <AssessmentForm caseId={caseId} persons={persons} onDone={done} onCancel={cancel} />
          )}
        </FormDisclosure>
      ) : null}
      {groups.length === 0 ? (
        <Paragraph className="rh-muted">Er zijn nog geen scores die u mag zien.</Paragraph>
      ) : null}
      {groups.map((group) => {
        const domainLabel = label(DOMAIN_LABELS, group.domain);
        const headingId = `self-reliance-${group.domain.toLowerCase()}-heading`;
        return (
          <section key={group.domain} aria-labelledby={headingId} className="rh-subsection rh-domain-chart">
            <Heading level={4} id={headingId}>
              {domainLabel}
            </Heading>
            {group.rows.length > 0 ? (
              <>
                <ul className="rh-trends" aria-label={`Verloop per persoon op ${domainLabel}`}>
                  {group.rows.map((row) => (
                    <TrendItem key={row.person.id} row={row} index={personIndex(row.person.id)} />
                  ))}
                </ul>
                <SelfRelianceChart
                  domainLabel={domainLabel}
                  rows={group.rows}
                  styleIndex={(row) => personIndex(row.person.id)}
                />
              </>
            ) : null}
            <TableScroll label={`Scores in tabel: ${domainLabel}`}>
              <Table className="rh-table rh-score-table">
                <TableCaption className="rh-table__caption">Scores in tabel: {domainLabel}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">Persoon</TableHeaderCell>
                    <TableHeaderCell scope="col">Datum</TableHeaderCell>
                    <TableHeaderCell scope="col">Score</TableHeaderCell>
                    <TableHeaderCell scope="col">Toelichting</TableHeaderCell>
                    <TableHeaderCell scope="col">Ingeschat door</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {group.assessments.map((a) => (
                    <TableRow key={a.id}>
                      <TableHeaderCell scope="row" className="rh-row-header">
                        {a.person?.fullName ?? "—"}
                      </TableHeaderCell>
                      <TableCell className="rh-nowrap">
                        <time dateTime={a.assessedOn ?? undefined}>{formatShortDate(a.assessedOn)}</time>
                      </TableCell>
                      <TableCell>
                        {a.score === null
                          ? "—"
                          : a.scoreLabel
                            ? `${a.score} – ${a.scoreLabel}`
                            : zrmText(a.score)}
                      </TableCell>
                      <TableCell>
                        {a.explanation || <span className="rh-muted">Geen toelichting</span>}
                      </TableCell>
                      <TableCell>
                        {a.author?.name ?? "—"}
                        <span className="rh-muted rh-block">{a.authorOrganisation.name}</span>
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableScroll>
          </section>
        );
      })}
    </section>
  );
}
