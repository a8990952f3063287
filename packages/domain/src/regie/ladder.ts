import { MAX_ESCALATION_LEVEL } from "../enums";

// The escalation ladder (opschalen en afschalen, docs/domain.md): a region names its tables per level
// (1 casusregie, e.g. wijkteamoverleg; 2 procesregie, e.g. Jeugdbeschermingsplein; 3 safety/protection, e.g.
// Zorg- en Veiligheidshuis). A case is at level 0 (no table) or at one table. Escalating brings the case to an
// active table of a higher level; de-escalating to an active table of a lower level, or back to no table.

export interface LadderTable {
  level: number;
  active: boolean;
}

export type LadderRefusal =
  /** Escalating to a table at or below the current level. */
  | "NOT_HIGHER"
  /** De-escalating to a table at or above the current level, or de-escalating at level 0. */
  | "NOT_LOWER"
  /** A retired table. */
  | "TABLE_RETIRED";

/** Why the step cannot be taken; null when it can. `table` null means back to level 0 (de-escalation only). */
export function checkLadderStep(
  direction: "UP" | "DOWN",
  currentLevel: number,
  table: LadderTable | null,
): LadderRefusal | null {
  if (table && !table.active) return "TABLE_RETIRED";
  const toLevel = table?.level ?? 0;
  if (toLevel < 0 || toLevel > MAX_ESCALATION_LEVEL) return direction === "UP" ? "NOT_HIGHER" : "NOT_LOWER";
  if (direction === "UP") return table !== null && toLevel > currentLevel ? null : "NOT_HIGHER";
  return toLevel < currentLevel ? null : "NOT_LOWER";
}

export function ladderRefusalMessage(r: LadderRefusal, currentLevel: number): string {
  switch (r) {
    case "NOT_HIGHER":
      return `Opschalen kan alleen naar een tafel boven het huidige niveau (${currentLevel})`;
    case "NOT_LOWER":
      return currentLevel === 0
        ? "De casus is niet opgeschaald"
        : `Afschalen kan alleen naar een tafel onder het huidige niveau (${currentLevel}) of naar geen tafel`;
    case "TABLE_RETIRED":
      return "Deze tafel is niet meer in gebruik";
  }
}
