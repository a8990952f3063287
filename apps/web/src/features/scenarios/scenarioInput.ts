import type { CaseScenarios } from "./types";

// The scenario form's values and the input they become (pure, tested next to it).

export const QUADRANT_KEYS = ["0-0", "0-1", "1-0", "1-1"] as const;
export type QuadrantKey = (typeof QUADRANT_KEYS)[number];

export interface ScenarioFormValues {
  firstQuestion: string;
  firstOutcomes: [string, string];
  secondQuestion: string;
  secondOutcomes: [string, string];
  responses: Record<QuadrantKey, string>;
  /** One signal per line. */
  signals: Record<QuadrantKey, string>;
}

const empty = () => ({ "0-0": "", "0-1": "", "1-0": "", "1-1": "" });

/** The form's start: the case's scenarios as they are, or empty. */
export function initialValues(current: CaseScenarios | null | undefined): ScenarioFormValues {
  if (!current) {
    return {
      firstQuestion: "",
      firstOutcomes: ["", ""],
      secondQuestion: "",
      secondOutcomes: ["", ""],
      responses: empty(),
      signals: empty(),
    };
  }
  const [first, second] = current.factors;
  const responses = empty();
  const signals = empty();
  for (const s of current.scenarios) {
    const key = s.key as QuadrantKey;
    responses[key] = s.response;
    signals[key] = s.signals.map((signal) => signal.description).join("\n");
  }
  return {
    firstQuestion: first?.question ?? "",
    firstOutcomes: [first?.outcomes[0] ?? "", first?.outcomes[1] ?? ""],
    secondQuestion: second?.question ?? "",
    secondOutcomes: [second?.outcomes[0] ?? "", second?.outcomes[1] ?? ""],
    responses,
    signals,
  };
}

/** The input of `setCaseScenarios`: lines become signals (empty lines dropped). */
export function scenariosInput(caseId: string, version: number | null, v: ScenarioFormValues) {
  return {
    caseId,
    version,
    factors: [
      { question: v.firstQuestion, outcomes: [...v.firstOutcomes] },
      { question: v.secondQuestion, outcomes: [...v.secondOutcomes] },
    ],
    scenarios: QUADRANT_KEYS.map((key) => ({
      key,
      response: v.responses[key],
      signals: v.signals[key]
        .split("\n")
        .map((line) => line.trim())
        .filter((line) => line !== ""),
    })),
  };
}

/** The Dutch name of a scenario: the two outcomes it combines. */
export function scenarioName(
  v: Pick<ScenarioFormValues, "firstOutcomes" | "secondOutcomes">,
  key: QuadrantKey,
) {
  const [a, b] = key.split("-").map(Number) as [0 | 1, 0 | 1];
  const first = v.firstOutcomes[a] || (a === 0 ? "uitkomst 1" : "uitkomst 2");
  const second = v.secondOutcomes[b] || (b === 0 ? "uitkomst 1" : "uitkomst 2");
  return `${first} en ${second}`;
}
