import type { Column } from "../../components/ColumnTable";
import { ChartFrame } from "./ChartFrame";
import { rowBarChart, rowChartHeight } from "./chartParts";
import { daysText, partnerTimelinessDescription, percentText } from "./charts";
import type { PortfolioChartsData } from "./types";

type Row = PortfolioChartsData["partnerTimeliness"][number];

/** Colours with at least 3:1 contrast on white (WCAG 1.4.11); the table below carries the same figures. */
const SERIES = [
  { dataKey: "opTijd", name: "Op tijd", fill: "#115e6e" },
  { dataKey: "teLaat", name: "Te laat afgerond", fill: "#a14a00" },
  { dataKey: "openTeLaat", name: "Open en te laat", fill: "#a4262c" },
];

const COLUMNS: readonly Column<Row>[] = [
  { header: "Organisatie", cell: (r) => r.organisation.name },
  { header: "Op tijd", cell: (r) => r.doneOnTime },
  { header: "Te laat afgerond", cell: (r) => r.doneLate },
  { header: "Open en te laat", cell: (r) => r.openOverdue },
  { header: "Aandeel op tijd", cell: (r) => percentText(r.onTimeShare) },
  { header: "Mediaan te laat", cell: (r) => (r.medianDaysLate === null ? "—" : daysText(r.medianDaysLate)) },
];

/**
 * "Tijdigheid per ketenpartner", for the municipality's quality assurance of the help its chain partners
 * give: per organisation its actions with a passed due date — done on time, done late, open and late — as a
 * stacked bar chart, and the same counts with the share on time and the median days late as a table.
 */
export function PartnerTimelinessChart({ rows }: { rows: PortfolioChartsData["partnerTimeliness"] }) {
  const data = rows.map((r) => ({
    organisatie: r.organisation.name,
    opTijd: r.doneOnTime,
    teLaat: r.doneLate,
    openTeLaat: r.openOverdue,
  }));
  return (
    <ChartFrame
      id="portfolio-partner-timeliness-heading"
      title="Tijdigheid per ketenpartner"
      intro="Voor de kwaliteitsborging van de hulpverlening van uitvoerende ketenpartners binnen de gemeente: per organisatie de acties in deze casussen waarvan de einddatum voorbij is — op tijd afgerond, te laat afgerond of nog open — met het aandeel op tijd en de mediaan van het aantal dagen te laat."
      empty="Er zijn nog geen acties waarvan de einddatum voorbij is."
      description={partnerTimelinessDescription(rows)}
      height={rowChartHeight(rows.length)}
      chart={rowBarChart({
        data,
        categoryKey: "organisatie",
        categoryWidth: 170,
        series: SERIES,
        stackId: "acties",
        xAxis: { allowDecimals: false },
      })}
      columns={COLUMNS}
      rows={rows}
      rowKey={(r) => r.organisation.id}
    />
  );
}
