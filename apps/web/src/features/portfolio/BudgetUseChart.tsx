import {
  Heading,
  Paragraph,
  StatusBadge,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { RouterLink } from "../../components/RouterLink";
import { TableScroll } from "../../components/TableScroll";
import { formatEuro } from "../../components/money";
import { budgetUseDescription } from "./charts";
import type { PortfolioChartsData } from "./operations";

/** Colours with at least 3:1 contrast on white (WCAG 1.4.11); the table below carries the same figures. */
const SPENT = "#1f4e99";
const COMMITTED = "#5b3f8c";
const AVAILABLE = "#3b6b1f";
const OVER = "#a4262c";

const wholeEuros = new Intl.NumberFormat("nl-NL", {
  style: "currency",
  currency: "EUR",
  maximumFractionDigits: 0,
});

/**
 * "Budgetgebruik per casus": per case with a budget what is spent, committed and still available (or over
 * the budget) as a stacked bar chart in euros, and the same amounts as a table.
 */
export function BudgetUseChart({ rows }: { rows: PortfolioChartsData["budgetUse"] }) {
  const euros = (cents: number) => Math.round(cents) / 100;
  const data = rows.map((r) => ({
    casus: r.reference,
    besteed: euros(r.spentCents),
    verplicht: euros(r.committedCents),
    beschikbaar: euros(Math.max(0, r.availableCents)),
    over: euros(Math.max(0, -r.availableCents)),
  }));
  return (
    <section aria-labelledby="portfolio-budget-use-heading" className="rh-section">
      <Heading level={3} id="portfolio-budget-use-heading">
        Budgetgebruik per casus
      </Heading>
      <Paragraph>
        Per casus met een budget: wat besteed is (afgelopen verwijzingen en beschikkingen), wat nog verplicht
        staat (lopende) en wat beschikbaar is, de meest gebruikte eerst.
      </Paragraph>
      {rows.length === 0 ? (
        <Paragraph className="rh-muted">Er zijn nog geen casussen met een budget.</Paragraph>
      ) : (
        <>
          <div role="img" aria-label={budgetUseDescription(rows)} className="rh-chart">
            <ResponsiveContainer width="100%" height={Math.max(160, 48 + rows.length * 32)}>
              <BarChart data={data} layout="vertical" margin={{ top: 8, right: 40, bottom: 8, left: 16 }}>
                <CartesianGrid strokeDasharray="3 3" horizontal={false} />
                <XAxis type="number" tickFormatter={(euros: number) => wholeEuros.format(euros)} />
                <YAxis type="category" dataKey="casus" width={110} tick={{ fontSize: 12 }} />
                <Tooltip formatter={(euros) => formatEuro(Math.round(Number(euros) * 100))} />
                <Legend />
                <Bar
                  dataKey="besteed"
                  name="Besteed"
                  stackId="budget"
                  fill={SPENT}
                  isAnimationActive={false}
                />
                <Bar
                  dataKey="verplicht"
                  name="Verplicht"
                  stackId="budget"
                  fill={COMMITTED}
                  isAnimationActive={false}
                />
                <Bar
                  dataKey="beschikbaar"
                  name="Beschikbaar"
                  stackId="budget"
                  fill={AVAILABLE}
                  isAnimationActive={false}
                />
                <Bar
                  dataKey="over"
                  name="Over het budget"
                  stackId="budget"
                  fill={OVER}
                  isAnimationActive={false}
                />
              </BarChart>
            </ResponsiveContainer>
          </div>
          <TableScroll label="Budgetgebruik per casus">
            <Table className="rh-table">
              <TableCaption className="rh-table__caption">Budgetgebruik per casus</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">Casus</TableHeaderCell>
                  <TableHeaderCell scope="col">Budget</TableHeaderCell>
                  <TableHeaderCell scope="col">Besteed</TableHeaderCell>
                  <TableHeaderCell scope="col">Verplicht</TableHeaderCell>
                  <TableHeaderCell scope="col">Beschikbaar</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {rows.map((r) => (
                  <TableRow key={r.caseId}>
                    <TableHeaderCell scope="row">
                      <RouterLink to={`/casussen/${encodeURIComponent(r.caseId)}`}>{r.reference}</RouterLink>
                    </TableHeaderCell>
                    <TableCell className="rh-nowrap">{formatEuro(r.budgetCents)}</TableCell>
                    <TableCell className="rh-nowrap">{formatEuro(r.spentCents)}</TableCell>
                    <TableCell className="rh-nowrap">{formatEuro(r.committedCents)}</TableCell>
                    <TableCell className="rh-nowrap">
                      {formatEuro(r.availableCents)}
                      {r.overBudget ? (
                        <>
                          {" "}
                          <StatusBadge status="danger" className="rh-badge">
                            Over het budget
                          </StatusBadge>
                        </>
                      ) : null}
                    </TableCell>
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
