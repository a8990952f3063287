import type { DataRowEntry } from "../../components/DataRows";
import type { AgendaOutcome, CaseFramework } from "../../generated/graphql";
import { FRAMEWORK_LABELS, formatDate } from "../../labels";

/** What a table decides on a case, in Dutch; the key order is the order of the choices. */
export const OUTCOME_LABELS: Record<AgendaOutcome, string> = {
  VOLUNTARY_SUFFICES: "Vrijwillig volstaat",
  DRANG: "Drang",
  RAAD_INVESTIGATION: "Verzoek tot onderzoek Raad voor de Kinderbescherming",
  BACK_TO_TEAM: "Terug naar het team",
};

export const AGENDA_OUTCOMES = Object.keys(OUTCOME_LABELS) as AgendaOutcome[];

interface Decided {
  outcome?: AgendaOutcome | null;
  frameworkDecidedTo?: CaseFramework | null;
  decision?: string | null;
  carriedBy?: { name: string } | null;
  present?: readonly { name: string }[];
  nextReviewOn?: string | null;
}

/** What a decided entry says: the outcome, the decision, who carries the case on and the next review. */
export function outcomeRows(entry: Decided): DataRowEntry[] {
  if (!entry.outcome) return [];
  const rows: DataRowEntry[] = [["Uitkomst", OUTCOME_LABELS[entry.outcome]]];
  if (entry.decision) rows.push(["Besluit", entry.decision]);
  if (entry.frameworkDecidedTo) rows.push(["Kader nu", FRAMEWORK_LABELS[entry.frameworkDecidedTo]]);
  if (entry.present?.length) rows.push(["Aanwezig", entry.present.map((p) => p.name).join(", ")]);
  if (entry.carriedBy) rows.push(["Neemt het over", entry.carriedBy.name]);
  if (entry.nextReviewOn) rows.push(["Volgende bespreking", formatDate(entry.nextReviewOn)]);
  return rows;
}
