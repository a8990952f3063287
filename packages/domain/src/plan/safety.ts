import { z } from "zod";
import type { FieldError } from "../errors";
import { calendarDate, isIsoDate } from "./dates";

// Safety assessments (docs/domain.md), kept apart from self-reliance. The Signs of Safety scale runs
// from 0 (not safe in the parents' care) to 10 (safe enough to close the case); every danger statement is
// paired with a safety goal; a risk level; an ACUTE flag that notifies the casusregisseur and the
// procesregisseur at once. Instruments such as ARIJ or LIRIK are recorded as evidence, not as the outcome.

export const SAFETY_SCORE_MIN = 0;
export const SAFETY_SCORE_MAX = 10;

/** The two ends of the scale, as a professional asks the scaling question. */
export const SAFETY_SCALE_ANCHORS = {
  0: "niet veilig in de zorg van de ouders",
  10: "veilig genoeg om de casus af te sluiten",
} as const;

export const RISK_LEVELS = ["LOW", "MEDIUM", "HIGH"] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export function isSafetyScore(value: unknown): value is number {
  return (
    typeof value === "number" &&
    Number.isInteger(value) &&
    value >= SAFETY_SCORE_MIN &&
    value <= SAFETY_SCORE_MAX
  );
}

const SAFETY_SCORE_MESSAGE = "Een veiligheidsscore is een heel getal van 0 tot en met 10.";

/** For input schemas: a safety score, with the Dutch message. */
export const safetyScoreSchema = z.custom<number>(isSafetyScore, SAFETY_SCORE_MESSAGE);

/** A danger statement (gevaar) and the safety goal (veiligheidsdoel) that answers it. */
export interface DangerStatement {
  danger: string;
  safetyGoal: string;
}

export interface SafetyAssessmentInput {
  score: number;
  riskLevel: RiskLevel;
  acute: boolean;
  dangerStatements: readonly DangerStatement[];
  assessedOn: string;
}

/**
 * Problems with a safety assessment, with paths relative to the input (`score`, `riskLevel`,
 * `dangerStatements.1.safetyGoal`, …). An empty list means valid.
 */
export function safetyAssessmentProblems(input: SafetyAssessmentInput, today: Date | string): FieldError[] {
  const problems: FieldError[] = [];
  if (!isSafetyScore(input.score)) problems.push({ path: "score", message: SAFETY_SCORE_MESSAGE });
  if (input.acute && input.riskLevel !== "HIGH") {
    problems.push({ path: "riskLevel", message: "Bij acute onveiligheid is het risiconiveau hoog." });
  }
  input.dangerStatements.forEach((statement, i) => {
    const hasDanger = statement.danger.trim() !== "";
    const hasGoal = statement.safetyGoal.trim() !== "";
    if (!hasDanger) {
      problems.push({
        path: `dangerStatements.${i}.danger`,
        message: hasGoal
          ? "Beschrijf het gevaar waar dit veiligheidsdoel op antwoordt."
          : "Beschrijf het gevaar.",
      });
    }
    if (!hasGoal) {
      problems.push({
        path: `dangerStatements.${i}.safetyGoal`,
        message: "Koppel een veiligheidsdoel aan dit gevaar.",
      });
    }
  });
  if (!isIsoDate(input.assessedOn)) {
    problems.push({ path: "assessedOn", message: "Geef de datum van de inschatting (JJJJ-MM-DD)." });
  } else if (input.assessedOn > calendarDate(today)) {
    problems.push({ path: "assessedOn", message: "De datum van de inschatting ligt in de toekomst." });
  }
  return problems;
}

/** An ACUTE assessment notifies the casusregisseur and the procesregisseur at once. */
export function requiresImmediateNotification(assessment: { acute: boolean }): boolean {
  return assessment.acute;
}
