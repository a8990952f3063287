import { desc, inArray } from "drizzle-orm";
import { tables, type Executor } from "@regiehub/db";

/** One recorded phase transition of a case: from, to, reason, who and when. */
export type PhaseTransitionModel = typeof tables.casePhaseTransitions.$inferSelect;

/**
 * The phase transitions of each case, newest first, WITHOUT access rules: only for cases already authorised
 * (the fields of a `Case` resolve on readable cases only). Steps recorded in one transaction share their
 * time; there the later phase comes first (the enum's order: such steps only go forward).
 */
export async function unsafeLoadPhaseTransitions(
  db: Executor,
  caseIds: readonly string[],
): Promise<PhaseTransitionModel[][]> {
  const { casePhaseTransitions } = tables;
  const rows =
    caseIds.length === 0
      ? []
      : await db
          .select()
          .from(casePhaseTransitions)
          .where(inArray(casePhaseTransitions.caseId, [...caseIds]))
          .orderBy(desc(casePhaseTransitions.at), desc(casePhaseTransitions.toPhase));
  return caseIds.map((id) => rows.filter((r) => r.caseId === id));
}
