import type { Domain } from "../../generated/graphql";
import { ZRM_DOMAINS } from "./labels";

// The ZRM overview of Beeld: the life domains (and per domain the persons scored on it) against the dates of
// the assessments, and the colours of the scores as on the ZRM form. Pure, so it is tested without a browser.

export interface MatrixAssessment {
  id: string;
  domain: Domain;
  person: { id: string; fullName: string } | null;
  score: number | null;
  assessedOn: string | null;
}

export interface MatrixRow {
  /** `${domain}:${personId}`, unique in the matrix. */
  key: string;
  domain: Domain;
  person: { id: string; fullName: string };
  /** One score per column (null: not scored on that date). */
  cells: (number | null)[];
}

export interface ZrmMatrix {
  /** The dates of the assessments (ISO `YYYY-MM-DD`), oldest first. */
  columns: string[];
  /** Per domain in the usual ZRM order, per person in the order of `personIndex`. */
  rows: MatrixRow[];
}

function domainOrder(domain: Domain): number {
  const i = ZRM_DOMAINS.indexOf(domain);
  return i === -1 ? ZRM_DOMAINS.length : i;
}

/**
 * The matrix of the assessments the viewer may see. Assessments without a person, score or date (redacted
 * ones) are left out. When a person is scored twice on a domain on one date, the later one in the list wins
 * (the list is in the order the server recorded them).
 */
export function buildZrmMatrix(
  assessments: readonly MatrixAssessment[],
  personIndex: (id: string) => number,
): ZrmMatrix {
  const usable = assessments.filter(
    (
      a,
    ): a is MatrixAssessment & {
      person: NonNullable<MatrixAssessment["person"]>;
      score: number;
      assessedOn: string;
    } => a.person !== null && a.score !== null && a.assessedOn !== null,
  );
  const columns = [...new Set(usable.map((a) => a.assessedOn))].sort();
  const byKey = new Map<string, MatrixRow>();
  for (const a of usable) {
    const key = `${a.domain}:${a.person.id}`;
    let row = byKey.get(key);
    if (!row) {
      row = { key, domain: a.domain, person: a.person, cells: columns.map(() => null) };
      byKey.set(key, row);
    }
    row.cells[columns.indexOf(a.assessedOn)] = a.score;
  }
  const rows = [...byKey.values()].sort(
    (a, b) =>
      domainOrder(a.domain) - domainOrder(b.domain) ||
      a.domain.localeCompare(b.domain) ||
      personIndex(a.person.id) - personIndex(b.person.id),
  );
  return { columns, rows };
}

export interface ScoreColour {
  /** Background of the cell: the ZRM form's colour, light enough for dark text. */
  background: string;
  /** A stronger edge in the same hue (a border, so the colour also shows in high-contrast themes). */
  border: string;
  text: string;
}

/** The ZRM form's colours: 1 acuut red, 2 orange, 3 yellow, 4 light green, 5 volledig zelfredzaam green. */
export const ZRM_COLOURS: Record<1 | 2 | 3 | 4 | 5, ScoreColour> = {
  1: { background: "#f9c6c0", border: "#b3261e", text: "#1a1a1a" },
  2: { background: "#fcd9b0", border: "#b35c00", text: "#1a1a1a" },
  3: { background: "#fff0a3", border: "#8a7300", text: "#1a1a1a" },
  4: { background: "#d6efc4", border: "#4f8a2a", text: "#1a1a1a" },
  5: { background: "#a8dca0", border: "#1f6b2a", text: "#1a1a1a" },
};

/** The colours of a score; null for anything outside 1–5. */
export function zrmColour(score: number): ScoreColour | null {
  return (ZRM_COLOURS as Record<number, ScoreColour>)[score] ?? null;
}

/** Relative luminance of `#rrggbb` (WCAG 2.1). */
function luminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`Not a colour: ${hex}`);
  const [r, g, b] = match.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two `#rrggbb` colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The domains whose chart is open at first: the first domain (in ZRM order) with a series of at least two
 * scores, so the page shows one trend; the professional chooses any others.
 */
export function initialChartDomains(
  progress: readonly { domain: Domain; points: readonly unknown[] }[],
): Domain[] {
  const withTrend = progress.filter((p) => p.points.length >= 2).map((p) => p.domain);
  const first = [...new Set(withTrend)].sort((a, b) => domainOrder(a) - domainOrder(b))[0];
  return first ? [first] : [];
}

/**
 * The vertical offset (in score units) of series `index` of `count`, so lines with equal scores lie next to
 * each other instead of on top of each other: spread symmetrically around the score, at most ±0.15.
 */
export function seriesOffset(index: number, count: number): number {
  if (count <= 1 || index < 0 || index >= count) return 0;
  const step = Math.min(0.08, 0.3 / (count - 1));
  return Math.round((index - (count - 1) / 2) * step * 1000) / 1000;
}
