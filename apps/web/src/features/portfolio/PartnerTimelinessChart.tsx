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
import { daysText, partnerTimelinessDescription, percentText } from "./charts";
import type { PortfolioChartsData } from "./operations";

/** Colours with at least 3:1 contrast on white (WCAG 1.4.11); the table below carries the same figures. */
const ON_TIME = "#115e6e";
const LATE = "#a14a00";
const OVERDUE = "#a4262c";

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
    <section aria-labelledby="portfolio-partner-timeliness-heading" className="rh-section">
      <Heading level={3} id="portfolio-partner-timeliness-heading">
        Tijdigheid per ketenpartner
      </Heading>
      <Paragraph>
        Voor de kwaliteitsborging van de hulpverlening van uitvoerende ketenpartners binnen de gemeente: per
        organisatie de acties in deze casussen waarvan de einddatum voorbij is — op tijd afgerond, te laat
        afgerond of nog open — met het aandeel op tijd en de mediaan van het aantal dagen te laat.
      </Paragraph>
      {rows.length === 0 ? (
        <Paragraph className="rh-muted">Er zijn nog geen acties waarvan de einddatum voorbij is.</Paragraph>
      ) : (
        <>
          <div role="img" aria-label={partnerTimelinessDescription(rows)} className="rh-chart">
            <ResponsiveContainer width="100%" height={Math.max(160, 48 + rows.length * 32)}>
              <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 16 }}>
                <CartesianGrid strokeDasharray="3 3" horizontal={false} />
                <XAxis type="number" allowDecimals={false} />
                <YAxis type="category" dataKey="organisatie" width={170} tick={{ fontSize: 12 }} />
                <Tooltip />
                <Legend />
                <Bar
                  dataKey="opTijd"
                  name="Op tijd"
                  stackId="acties"
                  fill={ON_TIME}
                  isAnimationActive={false}
                />
                <Bar
                  dataKey="teLaat"
                  name="Te laat afgerond"
                  stackId="acties"
                  fill={LATE}
                  isAnimationActive={false}
                />
                <Bar
                  dataKey="openTeLaat"
                  name="Open en te laat"
                  stackId="acties"
                  fill={OVERDUE}
                  isAnimationActive={false}
                />
              </BarChart>
            </ResponsiveContainer>
          </div>
          <TableScroll label="Tijdigheid per ketenpartner">
            <Table className="rh-table">
              <TableCaption className="rh-table__caption">Tijdigheid per ketenpartner</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">Organisatie</TableHeaderCell>
                  <TableHeaderCell scope="col">Op tijd</TableHeaderCell>
                  <TableHeaderCell scope="col">Te laat afgerond</TableHeaderCell>
                  <TableHeaderCell scope="col">Open en te laat</TableHeaderCell>
                  <TableHeaderCell scope="col">Aandeel op tijd</TableHeaderCell>
                  <TableHeaderCell scope="col">Mediaan te laat</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {rows.map((r) => (
                  <TableRow key={r.organisation.id}>
                    <TableHeaderCell scope="row">{r.organisation.name}</TableHeaderCell>
                    <TableCell>{r.doneOnTime}</TableCell>
                    <TableCell>{r.doneLate}</TableCell>
                    <TableCell>{r.openOverdue}</TableCell>
                    <TableCell>{percentText(r.onTimeShare)}</TableCell>
                    <TableCell>{r.medianDaysLate === null ? "—" : daysText(r.medianDaysLate)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableScroll>
        </>
      )}
    </section>
  );
}
