import {
  Heading,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { PHASE_LABELS, label } from "../../labels";
import type { PortfolioSummaryQuery } from "../../generated/graphql";

type Summary = PortfolioSummaryQuery["portfolioSummary"];

/** Colours with at least 3:1 contrast on white (WCAG 1.4.11); the table below carries the same figures. */
const STALLED = "#a4262c";
const MOVING = "#115e6e";

/** The text alternative of the chart: per phase the cases and how many of them are stalled. */
export function phaseChartDescription(summary: Summary): string {
  const parts = summary.byPhase
    .filter((p) => p.cases > 0)
    .map((p) => `${label(PHASE_LABELS, p.phase)}: ${p.cases}, waarvan ${p.stalled} vastgelopen`);
  return `Staafdiagram van de casussen per fase. ${parts.join("; ")}.`;
}

/**
 * "Casussen per fase": a stacked bar chart (stalled and moving cases per phase) and the same figures as a table.
 * The chart is an image for assistive technology, with the figures in words.
 */
export function PhaseChart({ summary }: { summary: Summary }) {
  const data = summary.byPhase
    .filter((p) => p.phase !== "CLOSED")
    .map((p) => ({ fase: label(PHASE_LABELS, p.phase), vastgelopen: p.stalled, loopt: p.cases - p.stalled }));
  return (
    <section aria-labelledby="portfolio-phases-heading" className="rh-section">
      <Heading level={2} id="portfolio-phases-heading">
        Casussen per fase
      </Heading>
      <div role="img" aria-label={phaseChartDescription(summary)} className="rh-chart">
        <ResponsiveContainer width="100%" height={240}>
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="fase" tick={{ fontSize: 12 }} />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Legend />
            <Bar dataKey="loopt" name="Loopt" stackId="fase" fill={MOVING} isAnimationActive={false} />
            <Bar
              dataKey="vastgelopen"
              name="Vastgelopen"
              stackId="fase"
              fill={STALLED}
              isAnimationActive={false}
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <Table aria-label="Casussen per fase" className="rh-table">
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Fase</TableHeaderCell>
            <TableHeaderCell scope="col">Casussen</TableHeaderCell>
            <TableHeaderCell scope="col">Waarvan vastgelopen</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {summary.byPhase.map((p) => (
            <TableRow key={p.phase}>
              <TableHeaderCell scope="row">{label(PHASE_LABELS, p.phase)}</TableHeaderCell>
              <TableCell>{p.cases}</TableCell>
              <TableCell>{p.stalled}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
