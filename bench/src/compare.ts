import type { Child } from "./child-rpc";
import type { LoadResult, LoadSpec } from "./load/http-load";
import { interleave, median, roundRatios, spread, summarizeLatencies, type Spread } from "./stats";

// One comparison: two variants (A and B) under the same load, interleaved A, B, A, B … over the rounds, after
// a warm-up of each. The figure is A/B of throughput per round, reported as min / median / max.

export type Request = Omit<LoadSpec, "connections" | "durationMs">;

export interface Comparison {
  id: string;
  /** What the row measures, as the README's table names it. */
  title: string;
  a: { name: string; request: Request };
  b: { name: string; request: Request };
  connections: number;
  /** The issue's goal for the median ratio, when it sets one. */
  goal?: string;
}

export interface Timing {
  rounds: number;
  durationMs: number;
  warmupMs: number;
  /** Record a CPU profile of this process (the hub runs in it) during the rounds of variant A. */
  profile?: (id: string) => Promise<() => Promise<void>>;
}

export interface VariantRound {
  round: number;
  requestsPerSecond: number;
  completed: number;
  errors: number;
  p50: number;
  p99: number;
}

export interface VariantResult {
  name: string;
  rounds: VariantRound[];
  medianRequestsPerSecond: number;
  medianP50: number;
  medianP99: number;
  errors: number;
  errorSamples: string[];
}

export interface ComparisonResult {
  id: string;
  title: string;
  connections: number;
  goal: string | null;
  timing: Timing;
  a: VariantResult;
  b: VariantResult;
  /** A/B of throughput, per round. */
  ratios: number[];
  ratio: Spread;
}

function variantResult(name: string, rounds: VariantRound[], samples: string[]): VariantResult {
  return {
    name,
    rounds,
    medianRequestsPerSecond: median(rounds.map((r) => r.requestsPerSecond)),
    medianP50: median(rounds.map((r) => r.p50)),
    medianP99: median(rounds.map((r) => r.p99)),
    errors: rounds.reduce((n, r) => n + r.errors, 0),
    errorSamples: samples.slice(0, 3),
  };
}

export async function runComparison(
  load: Child,
  comparison: Comparison,
  timing: Timing,
  progress: (line: string) => void,
): Promise<ComparisonResult> {
  const { connections } = comparison;
  const variants = { A: comparison.a, B: comparison.b };
  const samples: Record<"A" | "B", string[]> = { A: [], B: [] };
  const rounds: Record<"A" | "B", VariantRound[]> = { A: [], B: [] };
  for (const key of ["A", "B"] as const) {
    if (timing.warmupMs > 0) {
      const warm = await load.call<LoadResult>("run", {
        ...variants[key].request,
        connections,
        durationMs: timing.warmupMs,
      });
      samples[key].push(...warm.errorSamples);
    }
  }
  for (const step of interleave(["A", "B"] as const, timing.rounds)) {
    const stopProfile =
      step.variant === "A" && timing.profile
        ? await timing.profile(`${comparison.id}.round${step.round}`)
        : undefined;
    const result = await load.call<LoadResult>("run", {
      ...variants[step.variant].request,
      connections,
      durationMs: timing.durationMs,
    });
    await stopProfile?.();
    const latency = summarizeLatencies(result.latenciesMs);
    rounds[step.variant].push({
      round: step.round,
      requestsPerSecond: result.requestsPerSecond,
      completed: result.completed,
      errors: result.errors,
      p50: latency.p50,
      p99: latency.p99,
    });
    samples[step.variant].push(...result.errorSamples);
    progress(
      `  ${comparison.id} round ${step.round} ${step.variant} (${variants[step.variant].name}): ` +
        `${result.requestsPerSecond.toFixed(1)} req/s, p50 ${latency.p50.toFixed(1)} ms, ` +
        `p99 ${latency.p99.toFixed(1)} ms${result.errors ? `, ${result.errors} errors` : ""}`,
    );
  }
  const ratios = roundRatios(
    rounds.A.map((r) => r.requestsPerSecond),
    rounds.B.map((r) => r.requestsPerSecond),
  );
  return {
    id: comparison.id,
    title: comparison.title,
    connections,
    goal: comparison.goal ?? null,
    timing,
    a: variantResult(comparison.a.name, rounds.A, samples.A),
    b: variantResult(comparison.b.name, rounds.B, samples.B),
    ratios,
    ratio: spread(ratios),
  };
}
