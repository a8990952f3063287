import type { DataClass, Domain, RiskLevel, StatementKind } from "../../generated/graphql";
import { DOMAINS } from "../../labels";

// Dutch labels of the inventory and analysis (Beeld, Analyse). The general enums are in src/labels.ts.

/** The ZRM scale (Zelfredzaamheid-Matrix 2017), 1 to 5. */
export const ZRM_SCORES = [1, 2, 3, 4, 5] as const;
export type ZrmScore = (typeof ZRM_SCORES)[number];

export const ZRM_LABELS: Record<ZrmScore, string> = {
  1: "acuut",
  2: "niet zelfredzaam",
  3: "beperkt zelfredzaam",
  4: "voldoende zelfredzaam",
  5: "volledig zelfredzaam",
};

/** "3 – beperkt zelfredzaam"; other numbers as they are. */
export function zrmText(score: number): string {
  const text = (ZRM_LABELS as Record<number, string>)[score];
  return text ? `${score} – ${text}` : String(score);
}

/** Self-reliance is scored on every domain except safety, which has its own assessment and scale. */
export const ZRM_DOMAINS: readonly Domain[] = DOMAINS.filter((d) => d !== "SAFETY");

/** Trend of a series of scores (`SelfRelianceProgress.trend`). */
export const TREND_LABELS: Record<string, string> = {
  UP: "vooruit",
  DOWN: "achteruit",
  FLAT: "gelijk",
};

export function trendText(trend: string): string {
  return TREND_LABELS[trend] ?? trend;
}

/** "+2", "−1", "0". */
export function signed(change: number): string {
  if (change > 0) return `+${change}`;
  if (change < 0) return `−${Math.abs(change)}`;
  return "0";
}

export const RISK_LEVEL_LABELS: Record<RiskLevel, string> = {
  LOW: "Laag",
  MEDIUM: "Gemiddeld",
  HIGH: "Hoog",
};

export const RISK_LEVELS = Object.keys(RISK_LEVEL_LABELS) as RiskLevel[];

/** The safety scale 0–10, with its two anchors as a professional asks the scaling question. */
export const SAFETY_SCORES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;
export const SAFETY_SCALE_ANCHORS: Record<number, string> = {
  0: "niet veilig in de zorg van de ouders",
  10: "veilig genoeg om de casus af te sluiten",
};

export function safetyScoreText(score: number): string {
  const anchor = SAFETY_SCALE_ANCHORS[score];
  return anchor ? `${score} – ${anchor}` : String(score);
}

export const STATEMENT_KIND_LABELS: Record<StatementKind, string> = {
  FACT: "Feit",
  OPINION: "Mening",
};

export const STATEMENT_KINDS = Object.keys(STATEMENT_KIND_LABELS) as StatementKind[];

/** The data class to suggest for a domain: health and substance use are special categories. */
export function suggestedDataClass(domain: Domain | ""): DataClass {
  switch (domain) {
    case "MENTAL_HEALTH":
    case "PHYSICAL_HEALTH":
    case "SUBSTANCE_USE":
    case "YOUTH_CARE":
      return "SPECIAL_CATEGORY";
    case "JUSTICE":
      return "JUSTICE";
    case "SAFETY":
      return "CHILD_SAFETY";
    default:
      return "GENERAL";
  }
}
