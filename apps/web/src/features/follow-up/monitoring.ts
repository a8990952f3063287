import type { MonitoringOutcome } from "../../generated/graphql";

// The outcomes of a monitoring follow-up, in the order the form offers them.

export const OUTCOME_LABELS: Record<MonitoringOutcome, string> = {
  CONTINUE: "Doorgaan met monitoring",
  CLOSE: "Afsluiten",
  REOPEN: "Heropenen",
};

export const OUTCOME_HINTS: Record<MonitoringOutcome, string> = {
  CONTINUE: "De casus blijft in monitoring met een nieuwe vervolgdatum.",
  CLOSE: "Het houdt stand: de casus wordt gesloten.",
  REOPEN: "Het houdt geen stand: de casus gaat terug naar de uitvoering.",
};

export const OUTCOMES = ["CONTINUE", "CLOSE", "REOPEN"] as const satisfies readonly MonitoringOutcome[];
