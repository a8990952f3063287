import { describe, expect, it } from "vitest";
import {
  RISK_LEVELS,
  SAFETY_SCORE_MAX,
  SAFETY_SCORE_MIN,
  isSafetyScore,
  requiresImmediateNotification,
  safetyAssessmentProblems,
  safetyScoreSchema,
  type SafetyAssessmentInput,
} from "./safety";

const TODAY = "2025-03-10";
const ok: SafetyAssessmentInput = {
  score: 4,
  riskLevel: "MEDIUM",
  acute: false,
  dangerStatements: [
    {
      danger: "Bij ruzie tussen de ouders raakt Sem in paniek en verstopt zich.",
      safetyGoal: "Sem voelt zich veilig thuis, ook als ouders het oneens zijn.",
    },
  ],
  assessedOn: "2025-03-10",
};
const paths = (input: SafetyAssessmentInput) => safetyAssessmentProblems(input, TODAY).map((p) => p.path);

describe("the safety scale", () => {
  it("runs 0 to 10 in whole numbers, with risk levels LOW, MEDIUM, HIGH", () => {
    expect([SAFETY_SCORE_MIN, SAFETY_SCORE_MAX]).toEqual([0, 10]);
    expect(RISK_LEVELS).toEqual(["LOW", "MEDIUM", "HIGH"]);
    expect(isSafetyScore(0)).toBe(true);
    expect(isSafetyScore(10)).toBe(true);
    for (const bad of [-1, 11, 5.5, "5", null]) expect(isSafetyScore(bad), String(bad)).toBe(false);
    expect(safetyScoreSchema.safeParse(0).success).toBe(true);
    expect(safetyScoreSchema.safeParse(11).error?.issues[0]?.message).toMatch(/0 tot en met 10/);
  });
});

describe("safety assessment problems", () => {
  it("passes a valid assessment, also one without danger statements", () => {
    expect(safetyAssessmentProblems(ok, TODAY)).toEqual([]);
    expect(
      safetyAssessmentProblems({ ...ok, score: 10, riskLevel: "LOW", dangerStatements: [] }, TODAY),
    ).toEqual([]);
  });

  it("refuses a score off the scale", () => {
    expect(paths({ ...ok, score: 11 })).toEqual(["score"]);
    expect(paths({ ...ok, score: -1 })).toEqual(["score"]);
  });

  it("pairs every danger statement with a safety goal", () => {
    expect(
      paths({
        ...ok,
        dangerStatements: [
          ok.dangerStatements[0]!,
          { danger: "Moeder drinkt als de kinderen thuis zijn.", safetyGoal: "  " },
          { danger: "", safetyGoal: "Er is altijd een nuchtere volwassene thuis." },
        ],
      }),
    ).toEqual(["dangerStatements.1.safetyGoal", "dangerStatements.2.danger"]);
    expect(paths({ ...ok, dangerStatements: [{ danger: "", safetyGoal: "" }] })).toEqual([
      "dangerStatements.0.danger",
      "dangerStatements.0.safetyGoal",
    ]);
  });

  it("requires risk level HIGH when acute", () => {
    expect(paths({ ...ok, acute: true, riskLevel: "MEDIUM" })).toEqual(["riskLevel"]);
    expect(paths({ ...ok, acute: true, riskLevel: "LOW" })).toEqual(["riskLevel"]);
    expect(paths({ ...ok, acute: true, riskLevel: "HIGH" })).toEqual([]);
    expect(paths({ ...ok, acute: false, riskLevel: "HIGH" })).toEqual([]);
  });

  it("refuses a date in the future or not a date", () => {
    expect(paths({ ...ok, assessedOn: "2025-03-11" })).toEqual(["assessedOn"]);
    expect(paths({ ...ok, assessedOn: "maandag" })).toEqual(["assessedOn"]);
  });
});

describe("acute unsafety", () => {
  it("notifies at once exactly when the ACUTE flag is set", () => {
    expect(requiresImmediateNotification({ acute: true })).toBe(true);
    expect(requiresImmediateNotification({ acute: false })).toBe(false);
  });
});
