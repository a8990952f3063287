import type { Column } from "../../components/ColumnTable";
import { PHASE_LABELS, label } from "../../labels";
import { ChartFrame } from "./ChartFrame";
import { columnBarChart } from "./chartParts";
import { timeInPhaseDescription, weeksText } from "./charts";
import type { PortfolioChartsData } from "./types";

type Row = PortfolioChartsData["timeInPhase"][number];

/** Colours with at least 3:1 contrast on white (WCAG 1.4.11); the table below carries the same figures. */
const SERIES = [
  { dataKey: "mediaan", name: "Mediaan (weken)", fill: "#115e6e" },
  { dataKey: "langst", name: "Langst (weken)", fill: "#a14a00" },
];

const weeksOrDash = (weeks: number | null) => (weeks === null ? "—" : weeksText(weeks));

const COLUMNS: readonly Column<Row>[] = [
  { header: "Fase", cell: (r) => label(PHASE_LABELS, r.phase) },
  { header: "Casussen", cell: (r) => r.cases },
  { header: "Mediaan in fase", cell: (r) => weeksOrDash(r.medianWeeks) },
  { header: "Langst in fase", cell: (r) => weeksOrDash(r.maxWeeks) },
];

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
    <ChartFrame
      id="portfolio-time-in-phase-heading"
      title="Tijd in fase"
      intro="Hoeveel hele weken de open casussen in hun huidige fase zitten: de mediaan en de langste, per fase."
      description={timeInPhaseDescription(rows)}
      chart={columnBarChart({ data, categoryKey: "fase", series: SERIES, unit: " wk" })}
      columns={COLUMNS}
      rows={rows}
      rowKey={(r) => r.phase}
    />
  );
}
