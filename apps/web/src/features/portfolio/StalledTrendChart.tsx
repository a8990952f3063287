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
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { TableScroll } from "../../components/TableScroll";
import { formatDate } from "../../labels";
import { stalledTrendDescription, weekEndLabel } from "./charts";
import type { PortfolioChartsData } from "./operations";

/** At least 3:1 contrast on white (WCAG 1.4.11); the table below carries the same figures. */
const STALLED = "#a4262c";

/**
 * "Vastgelopen casussen per week": the stalled trend over the last 26 weeks as a line chart, and the same
 * figures as a table. The chart is an image for assistive technology, with the figures in words.
 */
export function StalledTrendChart({ weeks }: { weeks: PortfolioChartsData["stalledByWeek"] }) {
  const data = weeks.map((w) => ({ week: weekEndLabel(w.weekEnd), vastgelopen: w.stalled }));
  return (
    <section aria-labelledby="portfolio-stalled-trend-heading" className="rh-section">
      <Heading level={3} id="portfolio-stalled-trend-heading">
        Vastgelopen casussen per week
      </Heading>
      <Paragraph>
        Per week van de laatste 26 weken: hoeveel open casussen op de laatste dag van die week vastliepen
        (geen voortgang in het plan, geen actie afgerond, geen evaluatie en geen fasewissel in de ingestelde
        periode). Casussen in monitoring tellen niet mee. Het verleden is gereconstrueerd uit wat het dossier
        bewaart; de laatste week is vandaag.
      </Paragraph>
      <div role="img" aria-label={stalledTrendDescription(weeks)} className="rh-chart">
        <ResponsiveContainer width="100%" height={240}>
          <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="week" tick={{ fontSize: 12 }} interval={3} />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Line
              type="linear"
              dataKey="vastgelopen"
              name="Vastgelopen"
              stroke={STALLED}
              strokeWidth={2}
              dot={{ r: 3, fill: STALLED }}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <TableScroll label="Vastgelopen casussen per week">
        <Table className="rh-table">
          <TableCaption className="rh-table__caption">Vastgelopen casussen per week</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Week tot en met</TableHeaderCell>
              <TableHeaderCell scope="col">Vastgelopen casussen</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {weeks.map((w) => (
              <TableRow key={w.weekEnd}>
                <TableHeaderCell scope="row">
                  <time dateTime={w.weekEnd}>{formatDate(w.weekEnd)}</time>
                </TableHeaderCell>
                <TableCell>{w.stalled}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableScroll>
    </section>
  );
}
