import {
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { TableScroll } from "../../components/TableScroll";
import { PHASE_LABELS, label } from "../../labels";
import { timeInPhaseDescription, weeksText } from "./charts";
import type { PortfolioChartsData } from "./operations";

/** Colours with at least 3:1 contrast on white (WCAG 1.4.11); the table below carries the same figures. */
const MEDIAN = "#115e6e";
const LONGEST = "#a14a00";

/**
 * "Tijd in fase": per phase of an open case the median and the longest time in the current phase, in whole
 * weeks, as a bar chart, and the same figures with the number of cases as a table.
 */
export function TimeInPhaseChart({ rows }: { rows: PortfolioChartsData["timeInPhase"] }) {
  const data = rows.map((r) => ({
    fase: label(PHASE_LABELS, r.phase),
    mediaan: r.medianWeeks ?? 0,
    langst: r.maxWeeks ?? 0,
  }));
  return (
    <section aria-labelledby="portfolio-time-in-phase-heading" className="rh-section">
      <Heading level={3} id="portfolio-time-in-phase-heading">
        Tijd in fase
      </Heading>
      <Paragraph>
        Hoeveel hele weken de open casussen in hun huidige fase zitten: de mediaan en de langste, per fase.
      </Paragraph>
      <div role="img" aria-label={timeInPhaseDescription(rows)} className="rh-chart">
        <ResponsiveContainer width="100%" height={240}>
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="fase" tick={{ fontSize: 12 }} />
            <YAxis allowDecimals={false} unit=" wk" />
            <Tooltip />
            <Legend />
            <Bar dataKey="mediaan" name="Mediaan (weken)" fill={MEDIAN} isAnimationActive={false} />
            <Bar dataKey="langst" name="Langst (weken)" fill={LONGEST} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <TableScroll label="Tijd in fase">
        <Table className="rh-table">
          <TableCaption className="rh-table__caption">Tijd in fase</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Fase</TableHeaderCell>
              <TableHeaderCell scope="col">Casussen</TableHeaderCell>
              <TableHeaderCell scope="col">Mediaan in fase</TableHeaderCell>
              <TableHeaderCell scope="col">Langst in fase</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.phase}>
                <TableHeaderCell scope="row">{label(PHASE_LABELS, r.phase)}</TableHeaderCell>
                <TableCell>{r.cases}</TableCell>
                <TableCell>{r.medianWeeks === null ? "—" : weeksText(r.medianWeeks)}</TableCell>
                <TableCell>{r.maxWeeks === null ? "—" : weeksText(r.maxWeeks)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableScroll>
    </section>
  );
}
