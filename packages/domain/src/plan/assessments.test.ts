import { describe, expect, it } from "vitest";
import {
  ZRM_LABELS,
  ZRM_SCORES,
  assessmentProblems,
  isZrmScore,
  progress,
  zrmLabel,
  zrmScoreSchema,
} from "./assessments";

describe("the ZRM scale", () => {
  it("runs 1 to 5 with the Dutch labels", () => {
    expect(ZRM_SCORES).toEqual([1, 2, 3, 4, 5]);
    expect(ZRM_LABELS).toEqual({
      1: "acuut",
      2: "niet zelfredzaam",
      3: "beperkt zelfredzaam",
      4: "voldoende zelfredzaam",
      5: "volledig zelfredzaam",
    });
    expect(zrmLabel(3)).toBe("beperkt zelfredzaam");
  });

  it("accepts whole numbers from 1 to 5 only", () => {
    for (const score of ZRM_SCORES) expect(isZrmScore(score)).toBe(true);
    for (const bad of [0, 6, 2.5, -1, Number.NaN, "3", null, undefined]) {
      expect(isZrmScore(bad), String(bad)).toBe(false);
    }
    expect(zrmScoreSchema.safeParse(4).success).toBe(true);
    const refused = zrmScoreSchema.safeParse(3.5);
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toMatch(/1 tot en met 5/);
  });
});

describe("assessment problems", () => {
  const ok = { domain: "HOUSING" as const, score: 3, assessedOn: "2025-03-10" };

  it("passes a valid assessment", () => {
    expect(assessmentProblems(ok, "2025-03-10")).toEqual([]);
  });

  it("names the field of each problem", () => {
    expect(assessmentProblems({ ...ok, score: 6 }, "2025-03-10").map((p) => p.path)).toEqual(["score"]);
    expect(assessmentProblems({ ...ok, assessedOn: "2025-03-11" }, "2025-03-10")).toEqual([
      { path: "assessedOn", message: expect.stringMatching(/toekomst/) },
    ]);
    expect(assessmentProblems({ ...ok, assessedOn: "2025-02-30" }, "2025-03-10").map((p) => p.path)).toEqual([
      "assessedOn",
    ]);
  });

  it("keeps safety off the ZRM scale", () => {
    expect(assessmentProblems({ ...ok, domain: "SAFETY" }, "2025-03-10")).toEqual([
      { path: "domain", message: expect.stringMatching(/veiligheidsinschatting/) },
    ]);
  });
});

describe("progress", () => {
  it("gives latest minus first per person and domain, in date order", () => {
    const [housing] = progress([
      { personId: "p1", domain: "HOUSING", assessedOn: "2025-06-01", score: 3 },
      { personId: "p1", domain: "HOUSING", assessedOn: "2025-01-01", score: 1 },
      { personId: "p1", domain: "HOUSING", assessedOn: "2025-09-01", score: 4 },
    ]);
    expect(housing).toMatchObject({
      personId: "p1",
      domain: "HOUSING",
      first: { assessedOn: "2025-01-01", score: 1 },
      latest: { assessedOn: "2025-09-01", score: 4 },
      change: 3,
      trend: "UP",
    });
    expect(housing!.points.map((p) => p.score)).toEqual([1, 3, 4]);
  });

  it("shows a decline as DOWN and no net change as FLAT", () => {
    const result = progress([
      { personId: "p1", domain: "FINANCES", assessedOn: "2025-01-01", score: 4 },
      { personId: "p1", domain: "FINANCES", assessedOn: "2025-04-01", score: 2 },
      { personId: "p1", domain: "WORK", assessedOn: "2025-01-01", score: 2 },
      { personId: "p1", domain: "WORK", assessedOn: "2025-02-01", score: 5 },
      { personId: "p1", domain: "WORK", assessedOn: "2025-04-01", score: 2 },
    ]);
    expect(result.map((r) => [r.domain, r.change, r.trend])).toEqual([
      ["FINANCES", -2, "DOWN"],
      ["WORK", 0, "FLAT"],
    ]);
  });

  it("is FLAT with a single score", () => {
    const [only] = progress([{ personId: "p1", domain: "HOUSING", assessedOn: "2025-01-01", score: 2 }]);
    expect(only).toMatchObject({ change: 0, trend: "FLAT", first: { score: 2 }, latest: { score: 2 } });
  });

  it("keeps persons and domains apart", () => {
    const result = progress([
      { personId: "mother", domain: "MENTAL_HEALTH", assessedOn: "2025-01-01", score: 2 },
      { personId: "child", domain: "EDUCATION", assessedOn: "2025-01-01", score: 1 },
      { personId: "mother", domain: "HOUSING", assessedOn: "2025-01-01", score: 5 },
      { personId: "mother", domain: "MENTAL_HEALTH", assessedOn: "2025-05-01", score: 3 },
      { personId: "child", domain: "EDUCATION", assessedOn: "2025-05-01", score: 1 },
    ]);
    // Per person in order of appearance, then in the order of DOMAINS (HOUSING before MENTAL_HEALTH).
    expect(result.map((r) => [r.personId, r.domain, r.change, r.points.length])).toEqual([
      ["mother", "HOUSING", 0, 1],
      ["mother", "MENTAL_HEALTH", 1, 2],
      ["child", "EDUCATION", 0, 2],
    ]);
  });

  it("counts the later entry as latest when two share a date", () => {
    const [same] = progress([
      { personId: "p1", domain: "HOUSING", assessedOn: "2025-01-01", score: 2 },
      { personId: "p1", domain: "HOUSING", assessedOn: "2025-03-01", score: 3 },
      { personId: "p1", domain: "HOUSING", assessedOn: "2025-03-01", score: 4 },
    ]);
    expect(same).toMatchObject({ latest: { score: 4 }, change: 2 });
  });

  it("is empty for no assessments and refuses scores off the scale", () => {
    expect(progress([])).toEqual([]);
    expect(() =>
      progress([{ personId: "p1", domain: "HOUSING", assessedOn: "2025-01-01", score: 7 }]),
    ).toThrow(RangeError);
  });
});
