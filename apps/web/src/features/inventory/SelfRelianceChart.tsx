import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatDate, formatShortDate } from "../../labels";
import { ZRM_LABELS, zrmText } from "./labels";
import type { ProgressRow } from "./types";
import { seriesOffset } from "./zrmMatrix";

/**
 * Line styles per person: colours with at least 3:1 contrast on white (WCAG 1.4.11) and a dash pattern and
 * marker of their own, so colour is never the only difference (WCAG 1.4.1).
 */
export const SERIES_STYLES = [
  { color: "#115e6e", dash: undefined, marker: "circle" },
  { color: "#5b3f8c", dash: "8 4", marker: "square" },
  { color: "#a14a00", dash: "2 4", marker: "diamond" },
  { color: "#1f4e99", dash: "12 4 3 4", marker: "triangle" },
  { color: "#9c1f5e", dash: "4 4", marker: "circle" },
  { color: "#3b6b1f", dash: "16 6", marker: "square" },
] as const;

export type SeriesStyle = (typeof SERIES_STYLES)[number];

export function seriesStyle(index: number): SeriesStyle {
  return SERIES_STYLES[index % SERIES_STYLES.length] ?? SERIES_STYLES[0];
}

const DAY = 24 * 60 * 60 * 1000;

function dayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

function isoOf(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

interface MarkerDotProps {
  /** Index of the series (its style). Not `index`: recharts sets that to the index of the point. */
  series: number;
  /** Set by recharts when it renders the dot. */
  cx?: number;
  cy?: number;
}

/** The marker of a series at one score. */
function MarkerDot({ series, cx, cy }: MarkerDotProps) {
  if (cx === undefined || cy === undefined) return <g />;
  const style = seriesStyle(series);
  const r = 5;
  switch (style.marker) {
    case "square":
      return <rect x={cx - r} y={cy - r} width={2 * r} height={2 * r} fill={style.color} />;
    case "diamond":
      return (
        <polygon
          points={`${cx},${cy - r - 1} ${cx + r + 1},${cy} ${cx},${cy + r + 1} ${cx - r - 1},${cy}`}
          fill={style.color}
        />
      );
    case "triangle":
      return (
        <polygon
          points={`${cx},${cy - r - 1} ${cx + r + 1},${cy + r} ${cx - r - 1},${cy + r}`}
          fill={style.color}
        />
      );
    default:
      return <circle cx={cx} cy={cy} r={r} fill={style.color} />;
  }
}

/** A short line in a series' style, for the legend beside the chart. */
export function SeriesSwatch({ index }: { index: number }) {
  const style = seriesStyle(index);
  return (
    <svg
      className="rh-swatch"
      width="40"
      height="14"
      viewBox="0 0 40 14"
      aria-hidden="true"
      focusable="false"
    >
      <line x1="2" y1="7" x2="38" y2="7" stroke={style.color} strokeWidth="3" strokeDasharray={style.dash} />
      <MarkerDot series={index} cx={20} cy={7} />
    </svg>
  );
}

/** The text alternative of a domain's chart: per person the scores by date and the trend. */
export function chartDescription(domainLabel: string, rows: readonly ProgressRow[]): string {
  const series = rows.map((row) => {
    const scores = row.points.map((p) => `${formatDate(p.assessedOn)}: ${zrmText(p.score)}`).join("; ");
    return `${row.person.fullName}: ${scores}`;
  });
  return `Lijngrafiek van de zelfredzaamheid op ${domainLabel} door de tijd (1 acuut tot 5 volledig zelfredzaam). ${series.join(". ")}.`;
}

export interface SelfRelianceChartProps {
  domainLabel: string;
  /** One series per person, in the order of the legend. */
  rows: readonly ProgressRow[];
  /** The style of a person's series (the same person looks the same in every chart). */
  styleIndex: (row: ProgressRow) => number;
}

/**
 * ZRM scores over time for one domain, a line per person. Each line is drawn a little above or below the score
 * (`seriesOffset`), so lines with equal scores lie side by side; the tooltip shows the real score. The chart is
 * an image for assistive technology (`role="img"` with the scores in words); the same figures are in the table
 * beside it.
 */
export function SelfRelianceChart({ domainLabel, rows, styleIndex }: SelfRelianceChartProps) {
  const times = rows.flatMap((row) => row.points.map((p) => dayNumber(p.assessedOn)));
  const min = Math.min(...times);
  const max = Math.max(...times);
  const pad = Math.max(7 * DAY, Math.round((max - min) * 0.05));
  const ticks = [...new Set(times)].sort((a, b) => a - b);
  const shownTicks = ticks.length > 6 ? ticks.filter((_, i) => i % Math.ceil(ticks.length / 6) === 0) : ticks;

  return (
    <div role="img" aria-label={chartDescription(domainLabel, rows)} className="rh-chart">
      <ResponsiveContainer width="100%" height={280}>
        <LineChart accessibilityLayer={false} margin={{ top: 12, right: 24, bottom: 8, left: 8 }}>
          <CartesianGrid stroke="#d5dfe1" strokeDasharray="3 3" />
          <XAxis
            type="number"
            dataKey="t"
            domain={[min - pad, max + pad]}
            ticks={shownTicks}
            tickFormatter={(t: number) => formatShortDate(isoOf(t))}
            tick={{ fill: "#1f2d30", fontSize: 12 }}
            stroke="#4a5a5f"
            allowDuplicatedCategory={false}
          />
          <YAxis
            type="number"
            domain={[0.8, 5.2]}
            ticks={[1, 2, 3, 4, 5]}
            allowDecimals={false}
            width={170}
            tickFormatter={(v: number) => `${v} ${(ZRM_LABELS as Record<number, string>)[v] ?? ""}`}
            tick={{ fill: "#1f2d30", fontSize: 12 }}
            stroke="#4a5a5f"
          />
          <Tooltip
            labelFormatter={(t) => formatDate(isoOf(Number(t)))}
            formatter={(value, name, item) => {
              const score: unknown = (item as { payload?: { score?: unknown } }).payload?.score;
              return [zrmText(typeof score === "number" ? score : Number(value)), name];
            }}
          />
          {rows.map((row, position) => {
            const index = styleIndex(row);
            const offset = seriesOffset(position, rows.length);
            const style = seriesStyle(index);
            return (
              <Line
                key={row.person.id}
                data={row.points.map((p) => ({
                  t: dayNumber(p.assessedOn),
                  score: p.score,
                  y: p.score + offset,
                }))}
                dataKey="y"
                name={row.person.fullName}
                type="linear"
                stroke={style.color}
                strokeWidth={3}
                strokeDasharray={style.dash}
                dot={<MarkerDot series={index} />}
                activeDot={false}
                isAnimationActive={false}
              />
            );
          })}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
