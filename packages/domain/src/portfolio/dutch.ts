import type { CasePhase } from "../phases";

// Small pieces of Dutch for the portfolio's reasons: counted nouns, euro amounts, phase names.

/** "1 actie", "2 acties", "0 acties": the count with the singular only for exactly one. */
export function counted(count: number, singular: string, plural: string): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

export const days = (count: number): string => counted(count, "dag", "dagen");
export const weeks = (count: number): string => counted(count, "week", "weken");

/**
 * Euro cents as Dutch money, always with cents and a plain space: 125000 → "€ 1.250,00", -500 → "€ -5,00".
 * Written out by hand rather than with Intl, whose output (a non-breaking space) depends on the ICU version.
 */
export function euroText(cents: number): string {
  const whole = Math.round(cents);
  const sign = whole < 0 ? "-" : "";
  const absolute = Math.abs(whole);
  const euros = String(Math.floor(absolute / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const rest = String(absolute % 100).padStart(2, "0");
  return `€ ${sign}${euros},${rest}`;
}

/** Case phases in lower-case Dutch, as in "12 weken in fase uitvoering". */
export const CASE_PHASE_WORDS: Record<CasePhase, string> = {
  SIGNAL: "signaal",
  INVENTORY: "inventarisatie",
  ANALYSIS: "analyse",
  PLAN: "plan",
  EXECUTION: "uitvoering",
  EVALUATION: "evaluatie",
  MONITORING: "monitoring",
  CLOSED: "gesloten",
};

/** Escalation levels 1–3 by the table they bring the case to (docs/domain.md). */
export const ESCALATION_LEVEL_WORDS: Record<number, string> = {
  1: "casusregie",
  2: "procesregie",
  3: "veiligheidstafel",
};
