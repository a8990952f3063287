import type { OperationContext } from "../../../operation";
import { eq } from "drizzle-orm";
import { z } from "zod";
import {
  AppError,
  checkLadderStep,
  dutchDate,
  id,
  ladderRefusalMessage,
  parseInput,
  targetId,
} from "@regiehub/domain";
import { tables, type CaseRow } from "@regiehub/db";
import { authorizeCase } from "../../case/access";
import { bumpVersion } from "../../case/operations/update-case";
import { checkDecisionPair, notifyTeam, optionalDecision, reason, versionInput } from "./shared";

// One step on the escalation ladder, up or down (escalateCase / deescalateCase share it).

export const ClimbInput = z.object({
  caseId: targetId(),
  version: versionInput,
  /** The table to bring the case to; for de-escalation null means back to no table (level 0). */
  tableId: id("Onbekende tafel").nullish(),
  reason,
  ...optionalDecision,
});

export async function climbLadder(
  { db, actor, changes, now }: OperationContext,
  rawInput: unknown,
  direction: "UP" | "DOWN",
): Promise<CaseRow> {
  const input = parseInput(ClimbInput, rawInput);
  const today = dutchDate(now);
  const pair = checkDecisionPair(input, today);
  if (pair) throw AppError.badInput(pair.path, pair.message);
  if (direction === "UP" && !input.tableId) throw AppError.badInput("input.tableId", "Kies een tafel");
  return changes.transaction(db, async (tx, record) => {
    await authorizeCase(tx, actor, input.caseId, "case.escalate");
    const [current] = await tx
      .select()
      .from(tables.cases)
      .where(eq(tables.cases.id, input.caseId))
      .for("update");
    if (!current) throw AppError.notFound("Case");
    if (current.version !== input.version) {
      throw new AppError("CONFLICT", "The case was changed by someone else; reload and try again");
    }
    if (current.phase === "CLOSED") throw AppError.badInput("input.caseId", "De casus is gesloten");
    const [table] = input.tableId
      ? await tx.select().from(tables.escalationTables).where(eq(tables.escalationTables.id, input.tableId))
      : [null];
    if (input.tableId && !table) throw AppError.badInput("input.tableId", "Onbekende tafel");
    const refusal = checkLadderStep(direction, current.escalationLevel, table ?? null);
    if (refusal)
      throw AppError.badInput("input.tableId", ladderRefusalMessage(refusal, current.escalationLevel));
    const toLevel = table?.level ?? 0;

    await tx.insert(tables.caseEscalations).values({
      caseId: current.id,
      fromLevel: current.escalationLevel,
      toLevel,
      tableId: table?.id ?? null,
      reason: input.reason,
      decision: input.decision ?? null,
      decidedOn: input.decidedOn ?? null,
      byProfessionalId: actor.professionalId,
      // The operation's moment, like every other record of it (an agenda entry's `placedAt`).
      at: now,
    });
    const updated = await bumpVersion(tx, current.id, input.version, {
      escalationLevel: toLevel,
      escalationTableId: table?.id ?? null,
    });
    await notifyTeam(tx, current.id, "ESCALATION", actor.professionalId, [
      current.casusregisseurId,
      current.procesregisseurId,
    ]);
    record({
      kind: "ESCALATION_CHANGED",
      caseId: current.id,
      subjectPersonIds: [],
      fields: ["Case.escalationLevel", "Case.escalationTable"],
      legalBasis: "LEGAL_TASK",
      detail: `${direction === "UP" ? "escalated" : "de-escalated"} ${current.escalationLevel} -> ${toLevel}${
        table ? ` (${table.name})` : ""
      }: ${input.reason}`,
    });
    return updated;
  });
}
