// The arithmetic of the bench, kept pure so it can be unit-tested: percentiles of latencies, the interleaved
// schedule of a comparison, and the spread of a ratio across rounds.

/** The p-th percentile (0 < p ≤ 100) by nearest rank: a value that was actually observed. NaN when empty. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  if (!(p > 0 && p <= 100)) throw new RangeError(`percentile must be in (0, 100], got ${p}`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.max(0, rank - 1)]!;
}

/** The middle value (mean of the two middle ones for an even count). NaN when empty. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface Spread {
  min: number;
  median: number;
  max: number;
}

/** Min, median and max of a series (the ratios of the rounds of one comparison). */
export function spread(values: readonly number[]): Spread {
  if (values.length === 0) return { min: Number.NaN, median: Number.NaN, max: Number.NaN };
  return { min: Math.min(...values), median: median(values), max: Math.max(...values) };
}

export interface LatencySummary {
  count: number;
  p50: number;
  p99: number;
  max: number;
}

export function summarizeLatencies(latenciesMs: readonly number[]): LatencySummary {
  return {
    count: latenciesMs.length,
    p50: percentile(latenciesMs, 50),
    p99: percentile(latenciesMs, 99),
    max: latenciesMs.length ? Math.max(...latenciesMs) : Number.NaN,
  };
}

export interface Step<V extends string> {
  round: number;
  variant: V;
}

/**
 * The order in which a comparison runs: every variant once per round, in the given order (A, B, A, B, …),
 * so slow drift of the machine (other work on the shared cores, caches, autovacuum) falls on all of them.
 */
export function interleave<V extends string>(variants: readonly V[], rounds: number): Step<V>[] {
  if (variants.length === 0) throw new RangeError("a comparison needs at least one variant");
  if (!Number.isInteger(rounds) || rounds < 1) throw new RangeError(`rounds must be ≥ 1, got ${rounds}`);
  const steps: Step<V>[] = [];
  for (let round = 1; round <= rounds; round++) {
    for (const variant of variants) steps.push({ round, variant });
  }
  return steps;
}

/**
 * The per-round ratios a / b of two series measured in the same rounds (a[i] and b[i] from round i). A round
 * in which b is zero gives no ratio (it is left out rather than counted as infinite).
 */
export function roundRatios(a: readonly number[], b: readonly number[]): number[] {
  if (a.length !== b.length) throw new RangeError(`rounds differ: ${a.length} vs ${b.length}`);
  const ratios: number[] = [];
  for (let i = 0; i < a.length; i++) {
    if (b[i]! > 0) ratios.push(a[i]! / b[i]!);
  }
  return ratios;
}

/** Rounds a figure for display: 3 significant digits below 100, whole numbers above. */
export function fmt(value: number): string {
  if (!Number.isFinite(value)) return "–";
  if (Math.abs(value) >= 100) return Math.round(value).toLocaleString("en-US");
  return Number(value.toPrecision(3)).toString();
}

/** `min / median / max` of a spread, for tables. */
export function fmtSpread(s: Spread): string {
  return `${fmt(s.min)} / ${fmt(s.median)} / ${fmt(s.max)}`;
}
