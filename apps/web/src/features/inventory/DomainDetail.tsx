import { Heading, StatusBadge } from "@utrecht/component-library-react";
import { ColumnTable } from "../../components/ColumnTable";
import type { Column } from "../../components/ColumnTable";
import { formatDate, formatShortDate } from "../../labels";
import type { Domain } from "../../generated/graphql";
import { signed, trendText, zrmText } from "./labels";
import type { AssessmentRow, ProgressRow } from "./types";
import { SelfRelianceChart, SeriesSwatch } from "./SelfRelianceChart";

const SCORE_COLUMNS: Column<AssessmentRow>[] = [
  { header: "Persoon", cell: (a) => a.person?.fullName ?? "—", className: "rh-row-header" },
  {
    header: "Datum",
    cell: (a) => <time dateTime={a.assessedOn ?? undefined}>{formatShortDate(a.assessedOn)}</time>,
    className: "rh-nowrap",
  },
  {
    header: "Score",
    cell: (a) => (a.score === null ? "—" : a.scoreLabel ? `${a.score} – ${a.scoreLabel}` : zrmText(a.score)),
  },
  { header: "Toelichting", cell: (a) => a.explanation || <span className="rh-muted">Geen toelichting</span> },
  {
    header: "Ingeschat door",
    cell: (a) => (
      <>
        {a.author?.name ?? "—"}
        <span className="rh-muted rh-block">{a.authorOrganisation.name}</span>
      </>
    ),
  },
];

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

export interface DomainDetailProps {
  domain: Domain;
  domainLabel: string;
  /** The series of each person on this domain, in the order of the case. */
  rows: readonly ProgressRow[];
  /** The scores on this domain, per person by date. */
  assessments: readonly AssessmentRow[];
  personIndex: (id: string) => number;
}

/** The detail of one chosen domain: the trend per person, the line chart and the scores with explanation. */
export function DomainDetail({ domain, domainLabel, rows, assessments, personIndex }: DomainDetailProps) {
  const headingId = `self-reliance-${domain.toLowerCase()}-heading`;
  return (
    <section aria-labelledby={headingId} className="rh-subsection rh-domain-chart">
      <Heading level={4} id={headingId}>
        {domainLabel}
      </Heading>
      {rows.length > 0 ? (
        <>
          <ul className="rh-trends" aria-label={`Verloop per persoon op ${domainLabel}`}>
            {rows.map((row) => (
              <TrendItem key={row.person.id} row={row} index={personIndex(row.person.id)} />
            ))}
          </ul>
          <SelfRelianceChart
            domainLabel={domainLabel}
            rows={rows}
            styleIndex={(row) => personIndex(row.person.id)}
          />
        </>
      ) : null}
      <ColumnTable caption={`Scores in tabel: ${domainLabel}`} columns={SCORE_COLUMNS} rows={assessments} />
    </section>
  );
}
