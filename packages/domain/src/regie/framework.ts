import type { CaseFramework, OrganisationKind } from "../enums";

// The framework of a case as a state machine (docs/domain.md, articles 000 and 001):
//
//   VOLUNTARY ⇄ DRANG → COMPULSORY → VOLUNTARY
//        └──────────────↗
//
// - It changes only by a recorded decision of a table that decides frameworks (e.g. the
//   Jeugdbeschermingsplein: "vrijwillig volstaat", "drang met doelen en monitoring", "verzoek tot onderzoek
//   door de Raad voor de Kinderbescherming" leading to a measure), never by editing the case.
// - Into COMPULSORY a casusregisseur of a certified institution (JEUGDBESCHERMING) takes over case direction,
//   and the procesregisseur's role ends: "een procesregisseur werkt niet in het gedwongen kader".
// - Out of COMPULSORY (the measure ends) the case returns to VOLUNTARY, not to DRANG: drang is a step before
//   a measure, not after it. Staying in the same framework is not a transition.

const TRANSITIONS: Record<CaseFramework, readonly CaseFramework[]> = {
  VOLUNTARY: ["DRANG", "COMPULSORY"],
  DRANG: ["VOLUNTARY", "COMPULSORY"],
  COMPULSORY: ["VOLUNTARY"],
};

export function allowedFrameworkTransitions(from: CaseFramework): readonly CaseFramework[] {
  return TRANSITIONS[from];
}

export function canChangeFramework(from: CaseFramework, to: CaseFramework): boolean {
  return TRANSITIONS[from].includes(to);
}

/** The organisation kinds whose casusregisseurs may direct a case in the compulsory framework. */
export const CERTIFIED_INSTITUTION_KINDS: readonly OrganisationKind[] = ["JEUGDBESCHERMING"];

/** A case in the compulsory framework has no procesregisseur. */
export function frameworkAllowsProcesregisseur(framework: CaseFramework): boolean {
  return framework !== "COMPULSORY";
}

/** The Dutch name of a framework, for reasons and the timeline. */
export const FRAMEWORK_LABELS: Record<CaseFramework, string> = {
  VOLUNTARY: "vrijwillig kader",
  DRANG: "drang",
  COMPULSORY: "gedwongen kader",
};

export type FrameworkRefusal =
  /** Staying where it is: nothing to decide as a framework change. */
  | "UNCHANGED"
  /** Not a step of the state machine (e.g. COMPULSORY → DRANG). */
  | "NOT_ALLOWED"
  /** The table does not decide frameworks. */
  | "TABLE_DOES_NOT_DECIDE"
  /** Into COMPULSORY without naming the casusregisseur of a certified institution who takes over. */
  | "NEEDS_CERTIFIED_CASUSREGISSEUR"
  /** A new casusregisseur named where none takes over (only into COMPULSORY). */
  | "NO_TAKEOVER_HERE";

export interface FrameworkDecisionCheck {
  from: CaseFramework;
  to: CaseFramework;
  tableDecidesFramework: boolean;
  /** The organisation kind of the named new casusregisseur; null when none is named. */
  newCasusregisseurOrganisationKind: OrganisationKind | null;
}

/** Why a framework decision cannot be recorded; null when it can. */
export function checkFrameworkDecision(c: FrameworkDecisionCheck): FrameworkRefusal | null {
  if (c.from === c.to) return "UNCHANGED";
  if (!canChangeFramework(c.from, c.to)) return "NOT_ALLOWED";
  if (!c.tableDecidesFramework) return "TABLE_DOES_NOT_DECIDE";
  if (c.to === "COMPULSORY") {
    if (c.newCasusregisseurOrganisationKind === null) return "NEEDS_CERTIFIED_CASUSREGISSEUR";
    if (!CERTIFIED_INSTITUTION_KINDS.includes(c.newCasusregisseurOrganisationKind)) {
      return "NEEDS_CERTIFIED_CASUSREGISSEUR";
    }
    return null;
  }
  if (c.newCasusregisseurOrganisationKind !== null) return "NO_TAKEOVER_HERE";
  return null;
}

/** The Dutch message for a refusal, for BAD_USER_INPUT. */
export function frameworkRefusalMessage(r: FrameworkRefusal, from: CaseFramework, to: CaseFramework): string {
  switch (r) {
    case "UNCHANGED":
      return `De casus staat al in het ${FRAMEWORK_LABELS[to]}`;
    case "NOT_ALLOWED":
      return `Van ${FRAMEWORK_LABELS[from]} kan de casus niet naar ${FRAMEWORK_LABELS[to]}`;
    case "TABLE_DOES_NOT_DECIDE":
      return "Deze tafel besluit niet over het kader van een casus";
    case "NEEDS_CERTIFIED_CASUSREGISSEUR":
      return "Naar het gedwongen kader: kies een casusregisseur van een gecertificeerde instelling (jeugdbescherming)";
    case "NO_TAKEOVER_HERE":
      return "Alleen bij het gedwongen kader neemt een andere casusregisseur de regie over";
  }
}
