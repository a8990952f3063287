// The checks the ladder's forms make before sending: per field what is missing, in Dutch. Pure, so they are
// unit-tested; `checkFields` marks the fields of a form.

/** Field of the input → what is wrong with it. */
export type Problems = Partial<Record<string, string>>;

const NO_TABLE = "Kies naar welke tafel de casus gaat.";
const NO_REASON = "Geef een reden.";
const NO_DECISION = "Beschrijf het besluit van de tafel.";
const NO_DATE = "Geef de datum waarop de tafel besloot.";
const NO_FRAMEWORK = "Kies het kader dat de tafel besloot.";
const NO_CASUSREGISSEUR = "Kies de casusregisseur van de gecertificeerde instelling die de regie overneemt.";

export interface DecisionValues {
  decision: string;
  decidedOn: string;
}

/** A table's decision and its date: both required, or (when the table has not met yet) both or neither. */
export function decisionProblems({ decision, decidedOn }: DecisionValues, required: boolean): Problems {
  const hasDecision = decision.trim() !== "";
  const problems: Problems = {};
  if (!hasDecision && (required || decidedOn)) problems["decision"] = NO_DECISION;
  if (!decidedOn && (required || hasDecision)) problems["decidedOn"] = NO_DATE;
  return problems;
}

/** Op- of afschalen: a table (or none), a reason, and optionally the table's decision with its date. */
export function climbProblems(values: DecisionValues & { target: string; reason: string }): Problems {
  return {
    ...(values.target ? {} : { tableId: NO_TABLE }),
    ...(values.reason.trim() ? {} : { reason: NO_REASON }),
    ...decisionProblems(values, false),
  };
}

/** A decision on the framework: the new framework, the decision, its date, and into the compulsory framework
 * the casusregisseur of the certified institution who takes over. */
export function frameworkProblems(
  values: DecisionValues & { to: string; casusregisseurId: string },
): Problems {
  return {
    ...(values.to ? {} : { to: NO_FRAMEWORK }),
    ...decisionProblems(values, true),
    ...(values.to === "COMPULSORY" && !values.casusregisseurId
      ? { casusregisseurId: NO_CASUSREGISSEUR }
      : {}),
  };
}

/** The confirmation after op- of afschalen. */
export function climbNotice(goingUp: boolean, tableName: string | undefined): string {
  if (goingUp) return `De casus is opgeschaald naar ${tableName ?? "de tafel"}.`;
  return tableName
    ? `De casus is afgeschaald naar ${tableName}.`
    : "De casus is afgeschaald: geen tafel meer.";
}
