// Scenario thinking (scenariodenken, article 003, after Senge): two uncertain factors, each with two
// outcomes, span four scenarios. For each the team agrees a response and the signals that would show it is
// happening. Observing a signal makes its scenario the current one.

/** The two outcomes of one uncertain factor, e.g. "Gaat moeder meewerken?" → "ja" / "nee". */
export interface UncertainFactor {
  question: string;
  outcomes: readonly [string, string];
}

/** A quadrant position: the outcome (0 or 1) of the first and of the second factor. */
export type QuadrantPosition = readonly [0 | 1, 0 | 1];

export const QUADRANT_POSITIONS: readonly QuadrantPosition[] = [
  [0, 0],
  [0, 1],
  [1, 0],
  [1, 1],
];

/** A stable key of a quadrant position ("0-1"). */
export function quadrantKey([a, b]: QuadrantPosition): string {
  return `${a}-${b}`;
}

/** The default title of a scenario: the outcomes it combines ("Moeder werkt mee · rechter beslist uithuisplaatsing"). */
export function scenarioTitle(
  first: UncertainFactor,
  second: UncertainFactor,
  [a, b]: QuadrantPosition,
): string {
  return `${first.outcomes[a]} · ${second.outcomes[b]}`;
}

export type FactorProblem =
  /** A question or outcome is empty. */
  | "EMPTY"
  /** Both outcomes of a factor are the same: it is not uncertain. */
  | "SAME_OUTCOMES"
  /** The two factors ask the same question. */
  | "SAME_QUESTION";

const norm = (text: string) => text.trim().toLocaleLowerCase("nl");

/** Why two factors cannot span a quadrant; null when they can. */
export function checkFactors(first: UncertainFactor, second: UncertainFactor): FactorProblem | null {
  for (const f of [first, second]) {
    if (norm(f.question) === "" || f.outcomes.some((o) => norm(o) === "")) return "EMPTY";
    if (norm(f.outcomes[0]) === norm(f.outcomes[1])) return "SAME_OUTCOMES";
  }
  if (norm(first.question) === norm(second.question)) return "SAME_QUESTION";
  return null;
}

/** A signal that was observed, with its scenario. */
export interface ObservedSignal {
  position: QuadrantPosition;
  observedAt: Date;
}

/** The current scenario: that of the signal observed last; null while none is observed. */
export function currentScenario(observed: readonly ObservedSignal[]): QuadrantPosition | null {
  let latest: ObservedSignal | null = null;
  for (const s of observed) if (!latest || s.observedAt > latest.observedAt) latest = s;
  return latest ? latest.position : null;
}
