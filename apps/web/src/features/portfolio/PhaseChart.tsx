import { Heading } from "@utrecht/component-library-react";
import { ColumnTable, type Column } from "../../components/ColumnTable";
import { PHASE_LABELS, label } from "../../labels";
import type { PortfolioSummaryQuery } from "../../generated/graphql";
import { ChartImage } from "./ChartFrame";
import { columnBarChart } from "./chartParts";

type Summary = PortfolioSummaryQuery["portfolioSummary"];
type PhaseRow = Summary["byPhase"][number];

/** Colours with at least 3:1 contrast on white (WCAG 1.4.11); the table below carries the same figures. */
const SERIES = [
  { dataKey: "loopt", name: "Loopt", fill: "#115e6e" },
  { dataKey: "vastgelopen", name: "Vastgelopen", fill: "#a4262c" },
];

const COLUMNS: readonly Column<PhaseRow>[] = [
  { header: "Fase", cell: (p) => label(PHASE_LABELS, p.phase) },
  { header: "Casussen", cell: (p) => p.cases },
  { header: "Waarvan vastgelopen", cell: (p) => p.stalled },
];

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
      <ChartImage description={phaseChartDescription(summary)}>
        {columnBarChart({ data, categoryKey: "fase", series: SERIES, stackId: "fase" })}
      </ChartImage>
      <ColumnTable
        columns={COLUMNS}
        rows={summary.byPhase}
        rowKey={(p) => p.phase}
        aria-label="Casussen per fase"
      />
    </section>
  );
}
