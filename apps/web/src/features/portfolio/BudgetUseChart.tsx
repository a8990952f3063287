import { StatusBadge } from "@utrecht/component-library-react";
import type { Column } from "../../components/ColumnTable";
import { RouterLink } from "../../components/RouterLink";
import { formatEuro } from "../../components/money";
import { ChartFrame } from "./ChartFrame";
import { rowBarChart, rowChartHeight } from "./chartParts";
import { budgetUseDescription } from "./charts";
import type { PortfolioChartsData } from "./types";

type Row = PortfolioChartsData["budgetUse"][number];

/** Colours with at least 3:1 contrast on white (WCAG 1.4.11); the table below carries the same figures. */
const SERIES = [
  { dataKey: "besteed", name: "Besteed", fill: "#1f4e99" },
  { dataKey: "verplicht", name: "Verplicht", fill: "#5b3f8c" },
  { dataKey: "beschikbaar", name: "Beschikbaar", fill: "#3b6b1f" },
  { dataKey: "over", name: "Over het budget", fill: "#a4262c" },
];

const wholeEuros = new Intl.NumberFormat("nl-NL", {
  style: "currency",
  currency: "EUR",
  maximumFractionDigits: 0,
});

const euros = (cents: number) => Math.round(cents) / 100;

const COLUMNS: readonly Column<Row>[] = [
  {
    header: "Casus",
    cell: (r) => <RouterLink to={`/casussen/${encodeURIComponent(r.caseId)}`}>{r.reference}</RouterLink>,
  },
  { header: "Budget", cell: (r) => formatEuro(r.budgetCents), className: "rh-nowrap" },
  { header: "Besteed", cell: (r) => formatEuro(r.spentCents), className: "rh-nowrap" },
  { header: "Verplicht", cell: (r) => formatEuro(r.committedCents), className: "rh-nowrap" },
  {
    header: "Beschikbaar",
    cell: (r) => (
      <>
        {formatEuro(r.availableCents)}
        {r.overBudget ? (
          <>
            {" "}
            <StatusBadge status="danger" className="rh-badge">
              Over het budget
            </StatusBadge>
          </>
        ) : null}
      </>
    ),
    className: "rh-nowrap",
  },
];

/**
 * "Budgetgebruik per casus": per case with a budget what is spent, committed and still available (or over
 * the budget) as a stacked bar chart in euros, and the same amounts as a table.
 */
export function BudgetUseChart({ rows }: { rows: PortfolioChartsData["budgetUse"] }) {
  const data = rows.map((r) => ({
    casus: r.reference,
    besteed: euros(r.spentCents),
    verplicht: euros(r.committedCents),
    beschikbaar: euros(Math.max(0, r.availableCents)),
    over: euros(Math.max(0, -r.availableCents)),
  }));
  return (
    <ChartFrame
      id="portfolio-budget-use-heading"
      title="Budgetgebruik per casus"
      intro="Per casus met een budget: wat besteed is (afgelopen verwijzingen en beschikkingen), wat nog verplicht staat (lopende) en wat beschikbaar is, de meest gebruikte eerst."
      empty="Er zijn nog geen casussen met een budget."
      description={budgetUseDescription(rows)}
      height={rowChartHeight(rows.length)}
      chart={rowBarChart({
        data,
        categoryKey: "casus",
        categoryWidth: 110,
        series: SERIES,
        stackId: "budget",
        right: 40,
        xAxis: { tickFormatter: (value: number) => wholeEuros.format(value) },
        formatter: (value) => formatEuro(Math.round(Number(value) * 100)),
      })}
      columns={COLUMNS}
      rows={rows}
      rowKey={(r) => r.caseId}
    />
  );
}
