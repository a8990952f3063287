import { z } from "zod";
import { DOMAINS, type Domain } from "../enums";
import type { FieldError } from "../errors";
import { calendarDate, isIsoDate } from "./dates";

// Self-reliance assessments (docs/domain.md): per person and domain on the scale of the
// Zelfredzaamheid-Matrix (ZRM 2017), 1 to 5; a score describes about the last 30 days. Repeated over time, the
// scores show progress. Safety is kept apart: it has its own assessment and scale (./safety.ts), so a ZRM
// score in the domain SAFETY is refused.

export const ZRM_SCORES = [1, 2, 3, 4, 5] as const;
export type ZrmScore = (typeof ZRM_SCORES)[number];

export const ZRM_LABELS: Readonly<Record<ZrmScore, string>> = {
  1: "acuut",
  2: "niet zelfredzaam",
  3: "beperkt zelfredzaam",
  4: "voldoende zelfredzaam",
  5: "volledig zelfredzaam",
};

/** How many days a ZRM score describes. */
export const ZRM_PERIOD_DAYS = 30;

export function isZrmScore(value: unknown): value is ZrmScore {
  return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 5;
}

export function zrmLabel(score: ZrmScore): string {
  return ZRM_LABELS[score];
}

const ZRM_SCORE_MESSAGE = "Een ZRM-score is een heel getal van 1 tot en met 5.";

/** For input schemas: a ZRM score, with the Dutch message. */
export const zrmScoreSchema = z.custom<ZrmScore>(isZrmScore, ZRM_SCORE_MESSAGE);

export interface AssessmentInput {
  domain: Domain;
  score: number;
  assessedOn: string;
}

/** Problems with a self-reliance assessment, with paths relative to the input (`score`, `assessedOn`, …). */
export function assessmentProblems(input: AssessmentInput, today: Date | string): FieldError[] {
  const problems: FieldError[] = [];
  if (input.domain === "SAFETY") {
    problems.push({
      path: "domain",
      message: "Veiligheid wordt niet op de ZRM-schaal gescoord; gebruik een veiligheidsinschatting.",
    });
  }
  if (!isZrmScore(input.score)) problems.push({ path: "score", message: ZRM_SCORE_MESSAGE });
  if (!isIsoDate(input.assessedOn)) {
    problems.push({ path: "assessedOn", message: "Geef de datum van de inschatting (JJJJ-MM-DD)." });
  } else if (input.assessedOn > calendarDate(today)) {
    problems.push({ path: "assessedOn", message: "De datum van de inschatting ligt in de toekomst." });
  }
  return problems;
}

export type Trend = "UP" | "DOWN" | "FLAT";

export interface ScorePoint {
  assessedOn: string;
  score: ZrmScore;
}

export interface Progress {
  personId: string;
  domain: Domain;
  /** The scores of this person and domain in date order. */
  points: ScorePoint[];
  first: ScorePoint;
  latest: ScorePoint;
  /** Latest minus first: from -4 to +4. */
  change: number;
  /** The direction of `change`: UP more self-reliant, DOWN less, FLAT no net change (or a single score). */
  trend: Trend;
}

/**
 * Progress per person and domain from a series of assessments in any order. Within a group the scores are
 * ordered by date; assessments on the same date keep their order in `series`, so the later one counts as
 * latest. Groups come per person in order of first appearance, then in the order of DOMAINS. A score outside
 * the ZRM scale is a RangeError (validate input with `assessmentProblems`).
 */
export function progress(
  series: readonly { personId: string; domain: Domain; assessedOn: string; score: number }[],
): Progress[] {
  const groups = new Map<string, Map<Domain, ScorePoint[]>>();
  for (const item of series) {
    if (!isZrmScore(item.score)) throw new RangeError(`not a ZRM score: ${String(item.score)}`);
    if (!isIsoDate(item.assessedOn)) throw new RangeError(`not a calendar date: ${String(item.assessedOn)}`);
    let byDomain = groups.get(item.personId);
    if (!byDomain) groups.set(item.personId, (byDomain = new Map()));
    let points = byDomain.get(item.domain);
    if (!points) byDomain.set(item.domain, (points = []));
    points.push({ assessedOn: item.assessedOn, score: item.score });
  }
  const result: Progress[] = [];
  for (const [personId, byDomain] of groups) {
    for (const domain of DOMAINS) {
      const points = byDomain.get(domain);
      if (!points) continue;
      // Array.prototype.sort is stable: same-date scores keep their order.
      points.sort((a, b) => (a.assessedOn < b.assessedOn ? -1 : a.assessedOn > b.assessedOn ? 1 : 0));
      const first = points[0]!;
      const latest = points[points.length - 1]!;
      const change = latest.score - first.score;
      result.push({
        personId,
        domain,
        points,
        first,
        latest,
        change,
        trend: change > 0 ? "UP" : change < 0 ? "DOWN" : "FLAT",
      });
    }
  }
  return result;
}
