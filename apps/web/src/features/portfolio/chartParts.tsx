import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import type { TooltipProps, TooltipValueType, XAxisProps } from "recharts";

// The recharts pieces the portfolio's bar charts share. Plain functions that return chart elements, so recharts
// sees its own components.

/** One series of bars; the colour has at least 3:1 contrast on white (WCAG 1.4.11). */
export interface BarSpec {
  dataKey: string;
  name: string;
  fill: string;
}

/** The bars of the series, stacked when `stackId` is given; not animated. */
export function bars(specs: readonly BarSpec[], stackId?: string) {
  return specs.map((spec) => (
    <Bar key={spec.dataKey} {...spec} stackId={stackId} isAnimationActive={false} />
  ));
}

/** Bars standing up per category (a phase) along the x axis, whole numbers on the y axis. */
export function columnBarChart({
  data,
  categoryKey,
  series,
  stackId,
  unit,
}: {
  data: object[];
  categoryKey: string;
  series: readonly BarSpec[];
  stackId?: string;
  unit?: string;
}) {
  return (
    <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey={categoryKey} tick={{ fontSize: 12 }} />
      <YAxis allowDecimals={false} unit={unit} />
      <Tooltip />
      <Legend />
      {bars(series, stackId)}
    </BarChart>
  );
}

/** Stacked bars lying down, one row per category (a case, an organisation) named on the y axis. */
export function rowBarChart({
  data,
  categoryKey,
  categoryWidth,
  series,
  stackId,
  right = 16,
  xAxis,
  formatter,
}: {
  data: object[];
  categoryKey: string;
  categoryWidth: number;
  series: readonly BarSpec[];
  stackId: string;
  right?: number;
  xAxis?: Omit<XAxisProps, "type" | "ref">;
  formatter?: TooltipProps<TooltipValueType, string | number>["formatter"];
}) {
  return (
    <BarChart data={data} layout="vertical" margin={{ top: 8, right, bottom: 8, left: 16 }}>
      <CartesianGrid strokeDasharray="3 3" horizontal={false} />
      <XAxis type="number" {...xAxis} />
      <YAxis type="category" dataKey={categoryKey} width={categoryWidth} tick={{ fontSize: 12 }} />
      <Tooltip formatter={formatter} />
      <Legend />
      {bars(series, stackId)}
    </BarChart>
  );
}

/** The height of a row chart: room for each row, at least 160 px. */
export function rowChartHeight(rows: number): number {
  return Math.max(160, 48 + rows * 32);
}
