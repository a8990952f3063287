import type { OperationContext } from "../../../operation";
import { eq } from "drizzle-orm";
import { z } from "zod";
import {
  AppError,
  CASE_PHASES,
  canTransition,
  dutchDate,
  transitionNeedsReason,
  parseInput,
  targetId,
  text,
} from "@regiehub/domain";
import { tables, type CaseRow } from "@regiehub/db";
import { retainUntilFor } from "../../../retention";
import { authorizeCase } from "../access";
import { version } from "../inputs";
import { bumpVersion } from "./update-case";

export const MoveCasePhaseInput = z.object({
  id: targetId(),
  version,
  to: z.enum(CASE_PHASES),
  reason: text({ max: 2000, min: 0, multiline: true, tooLong: "Maximaal 2000 tekens" }).nullish(),
});

/**
 * Moves a case along the phase rules of the domain and records the transition with its reason. Closing sets
 * the retention date (closing date plus `retentionYears`); reopening clears both.
 */
export async function moveCasePhase(
  { db, actor, changes, now }: OperationContext,
  rawInput: unknown,
  retentionYears: number,
): Promise<CaseRow> {
  const input = parseInput(MoveCasePhaseInput, rawInput);
  return changes.transaction(db, async (tx, record) => {
    await authorizeCase(tx, actor, input.id, "case.movePhase");
    const [current] = await tx.select().from(tables.cases).where(eq(tables.cases.id, input.id)).for("update");
    if (!current) throw AppError.notFound("Case");
    if (current.version !== input.version) {
      throw new AppError("CONFLICT", "The case was changed by someone else; reload and try again");
    }
    if (!canTransition(current.phase, input.to)) {
      throw AppError.badInput("input.to", `Van fase ${current.phase} kan de casus niet naar ${input.to}`);
    }
    const reason = input.reason || null;
    if (transitionNeedsReason(current.phase, input.to) && !reason) {
      throw AppError.badInput("input.reason", "Geef een reden voor deze faseovergang");
    }
    await tx.insert(tables.casePhaseTransitions).values({
      caseId: current.id,
      fromPhase: current.phase,
      toPhase: input.to,
      reason,
      byProfessionalId: actor.professionalId,
    });
    const closedOn = input.to === "CLOSED" ? dutchDate(now) : null;
    const moved = await bumpVersion(tx, current.id, input.version, {
      phase: input.to,
      closedOn,
      retainUntil: closedOn ? retainUntilFor(closedOn, retentionYears) : null,
    });
    record({
      kind: "PHASE_CHANGED",
      caseId: current.id,
      subjectPersonIds: [],
      fields: ["Case.phase"],
      legalBasis: "LEGAL_TASK",
      detail: `phase ${current.phase} -> ${input.to}${reason ? `: ${reason}` : ""}`,
    });
    return moved;
  });
}
