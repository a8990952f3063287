import { describe, expect, it } from "vitest";
import {
  ZRM_COLOURS,
  buildZrmMatrix,
  contrastRatio,
  initialChartDomains,
  seriesOffset,
  zrmColour,
} from "./zrmMatrix";
import type { MatrixAssessment } from "./zrmMatrix";

const linda = { id: "p-linda", fullName: "Linda Koopmans" };
const kim = { id: "p-kim", fullName: "Kim Koopmans" };
const order = [linda.id, kim.id];
const personIndex = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);

function a(partial: Partial<MatrixAssessment> & { id: string }): MatrixAssessment {
  return { domain: "FINANCES", person: linda, score: 3, assessedOn: "2026-01-10", ...partial };
}

describe("buildZrmMatrix", () => {
  it("puts domains in ZRM order, persons in case order, dates oldest first", () => {
    const matrix = buildZrmMatrix(
      [
        a({ id: "1", domain: "HOUSING", assessedOn: "2026-03-01", score: 4 }),
        a({ id: "2", domain: "FINANCES", person: kim, assessedOn: "2026-01-10", score: 2 }),
        a({ id: "3", domain: "FINANCES", assessedOn: "2026-03-01", score: 5 }),
        a({ id: "4", domain: "FINANCES", assessedOn: "2026-01-10", score: 1 }),
      ],
      personIndex,
    );
    expect(matrix.columns).toEqual(["2026-01-10", "2026-03-01"]);
    expect(matrix.rows.map((r) => r.key)).toEqual(["FINANCES:p-linda", "FINANCES:p-kim", "HOUSING:p-linda"]);
    expect(matrix.rows.map((r) => r.cells)).toEqual([
      [1, 5],
      [2, null],
      [null, 4],
    ]);
  });

  it("leaves out redacted assessments (no person, score or date) and lets the later of two on one date win", () => {
    const matrix = buildZrmMatrix(
      [
        a({ id: "1", person: null }),
        a({ id: "2", score: null }),
        a({ id: "3", assessedOn: null }),
        a({ id: "4", score: 2 }),
        a({ id: "5", score: 3 }),
      ],
      personIndex,
    );
    expect(matrix.columns).toEqual(["2026-01-10"]);
    expect(matrix.rows).toHaveLength(1);
    expect(matrix.rows[0]?.cells).toEqual([3]);
  });

  it("is empty without assessments", () => {
    expect(buildZrmMatrix([], personIndex)).toEqual({ columns: [], rows: [] });
  });
});

describe("zrmColour", () => {
  it("runs from red (1) to green (5) as on the ZRM form, and nothing outside 1–5", () => {
    expect(zrmColour(1)?.border).toBe("#b3261e");
    expect(zrmColour(5)?.border).toBe("#1f6b2a");
    expect(zrmColour(0)).toBeNull();
    expect(zrmColour(6)).toBeNull();
    expect(zrmColour(2.5)).toBeNull();
  });

  it("keeps the text at 4.5:1 or more on every score colour (WCAG 1.4.3)", () => {
    for (const colour of Object.values(ZRM_COLOURS)) {
      expect(contrastRatio(colour.text, colour.background)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(colour.border, "#ffffff")).toBeGreaterThanOrEqual(3);
    }
  });
});

describe("contrastRatio", () => {
  it("is 21 for black on white, 1 for equal colours, and refuses what is not #rrggbb", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#000000")).toBeCloseTo(21, 5);
    expect(contrastRatio("#777777", "#777777")).toBe(1);
    expect(() => contrastRatio("red", "#ffffff")).toThrow("Not a colour: red");
    expect(() => contrastRatio("#fff", "#ffffff")).toThrow();
  });
});

describe("initialChartDomains", () => {
  it("opens the first domain in ZRM order with at least two scores", () => {
    expect(
      initialChartDomains([
        { domain: "HOUSING", points: [1, 2] },
        { domain: "FINANCES", points: [1] },
        { domain: "WORK", points: [1, 2, 3] },
      ]),
    ).toEqual(["WORK"]);
  });

  it("opens nothing when no domain has a trend yet", () => {
    expect(initialChartDomains([{ domain: "FINANCES", points: [1] }])).toEqual([]);
    expect(initialChartDomains([])).toEqual([]);
  });
});

describe("seriesOffset", () => {
  it("spreads the series symmetrically around the score, so equal scores do not overlap", () => {
    expect(seriesOffset(0, 1)).toBe(0);
    expect(seriesOffset(0, 2)).toBe(-0.04);
    expect(seriesOffset(1, 2)).toBe(0.04);
    const three = [0, 1, 2].map((i) => seriesOffset(i, 3));
    expect(three).toEqual([-0.08, 0, 0.08]);
    expect(new Set(three).size).toBe(3);
  });

  it("stays within ±0.15 for many series and is 0 for an index outside the series", () => {
    const many = Array.from({ length: 8 }, (_, i) => seriesOffset(i, 8));
    expect(Math.max(...many.map(Math.abs))).toBeLessThanOrEqual(0.15);
    expect(new Set(many).size).toBe(8);
    expect(seriesOffset(-1, 3)).toBe(0);
    expect(seriesOffset(3, 3)).toBe(0);
  });
});
