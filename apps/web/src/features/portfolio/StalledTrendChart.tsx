import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { DateText } from "../../components/DateText";
import type { Column } from "../../components/ColumnTable";
import { ChartFrame } from "./ChartFrame";
import { stalledTrendDescription, weekEndLabel } from "./charts";
import type { PortfolioChartsData } from "./types";

/** At least 3:1 contrast on white (WCAG 1.4.11); the table below carries the same figures. */
const STALLED = "#a4262c";

type Week = PortfolioChartsData["stalledByWeek"][number];

const COLUMNS: readonly Column<Week>[] = [
  { header: "Week tot en met", cell: (w) => <DateText date={w.weekEnd} /> },
  { header: "Vastgelopen casussen", cell: (w) => w.stalled },
];

/**
 * "Vastgelopen casussen per week": the stalled trend over the last 26 weeks as a line chart, and the same
 * figures as a table. The chart is an image for assistive technology, with the figures in words.
 */
export function StalledTrendChart({ weeks }: { weeks: PortfolioChartsData["stalledByWeek"] }) {
  const data = weeks.map((w) => ({ week: weekEndLabel(w.weekEnd), vastgelopen: w.stalled }));
  return (
    <ChartFrame
      id="portfolio-stalled-trend-heading"
      title="Vastgelopen casussen per week"
      intro={
        <>
          Per week van de laatste 26 weken: hoeveel open casussen op de laatste dag van die week vastliepen
          (geen voortgang in het plan, geen actie afgerond, geen evaluatie en geen fasewissel in de ingestelde
          periode). Casussen in monitoring tellen niet mee. Het verleden is gereconstrueerd uit wat het
          dossier bewaart; de laatste week is vandaag.
        </>
      }
      description={stalledTrendDescription(weeks)}
      chart={
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
      }
      columns={COLUMNS}
      rows={weeks}
      rowKey={(w) => w.weekEnd}
    />
  );
}
