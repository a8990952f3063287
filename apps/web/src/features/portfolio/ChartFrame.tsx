import { Heading, Paragraph } from "@utrecht/component-library-react";
import type { ReactElement, ReactNode } from "react";
import { ResponsiveContainer } from "recharts";
import { ColumnTable, type Column } from "../../components/ColumnTable";

/**
 * The chart as an image for assistive technology, its figures in words (`description`); the table beside it
 * carries the same figures.
 */
export function ChartImage({
  description,
  height = 240,
  children,
}: {
  description: string;
  height?: number;
  /** A recharts chart (BarChart, LineChart). */
  children: ReactElement;
}) {
  return (
    <div role="img" aria-label={description} className="rh-chart">
      <ResponsiveContainer width="100%" height={height}>
        {children}
      </ResponsiveContainer>
    </div>
  );
}

export interface ChartFrameProps<R> {
  /** Id of the heading, which names the section. */
  id: string;
  /** The heading, and the caption of the table. */
  title: string;
  /** What the chart shows, in a paragraph under the heading. */
  intro: ReactNode;
  /** The text alternative of the chart. */
  description: string;
  height?: number;
  /** A recharts chart (BarChart, LineChart). */
  chart: ReactElement;
  columns: readonly Column<R>[];
  rows: readonly R[];
  rowKey: (row: R) => string;
  /** Said instead of chart and table when there are no rows; without it they show anyway. */
  empty?: string;
}

/** One chart of "Grafieken": heading, what it shows, the chart with its text alternative, and the same figures
 * as a table. */
export function ChartFrame<R>({
  id,
  title,
  intro,
  description,
  height,
  chart,
  empty,
  ...table
}: ChartFrameProps<R>) {
  return (
    <section aria-labelledby={id} className="rh-section">
      <Heading level={3} id={id}>
        {title}
      </Heading>
      <Paragraph>{intro}</Paragraph>
      {empty !== undefined && table.rows.length === 0 ? (
        <Paragraph className="rh-muted">{empty}</Paragraph>
      ) : (
        <>
          <ChartImage description={description} height={height}>
            {chart}
          </ChartImage>
          <ColumnTable caption={title} {...table} />
        </>
      )}
    </section>
  );
}
