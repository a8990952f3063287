import type { OperationContext } from "../../../operation";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { AppError, CASE_FRAMEWORKS, dutchDate, id, parseInput, targetId } from "@regiehub/domain";
import { tables, type CaseRow } from "@regiehub/db";
import { authorizeCase } from "../../case/access";
import { applyFrameworkChange } from "./framework-change";
import { checkDecisionPair, decidedOn, decisionText, versionInput } from "./shared";

export const DecideFrameworkInput = z.object({
  caseId: targetId(),
  version: versionInput,
  tableId: id("Onbekende tafel"),
  to: z.enum(CASE_FRAMEWORKS),
  decision: decisionText,
  decidedOn,
  /** Into COMPULSORY: the casusregisseur of a certified institution who takes over case direction. */
  casusregisseurId: id("Onbekende professional").nullish(),
});

/**
 * Records a table's decision on the framework of a case (VOLUNTARY ⇄ DRANG → COMPULSORY → VOLUNTARY, the state
 * machine in packages/domain/src/regie/framework.ts). The case must be at that table (brought there by
 * `escalateCase`) and the table must decide frameworks. Into the compulsory framework a casusregisseur of a
 * certified institution (JEUGDBESCHERMING) takes over case direction in the same transaction and the
 * procesregisseur's role ends — both kept in the decision's row — because "een procesregisseur werkt niet in
 * het gedwongen kader".
 */
export async function decideFramework(
  { db, actor, changes, now }: OperationContext,
  rawInput: unknown,
): Promise<CaseRow> {
  const input = parseInput(DecideFrameworkInput, rawInput);
  const pair = checkDecisionPair(input, dutchDate(now));
  if (pair) throw AppError.badInput(pair.path, pair.message);
  return changes.transaction(db, async (tx, record) => {
    await authorizeCase(tx, actor, input.caseId, "case.decideFramework");
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
    const [table] = await tx
      .select()
      .from(tables.escalationTables)
      .where(eq(tables.escalationTables.id, input.tableId));
    if (!table) throw AppError.badInput("input.tableId", "Onbekende tafel");
    if (current.escalationTableId !== table.id) {
      throw AppError.badInput("input.tableId", "De casus is niet aan deze tafel ingebracht: schaal eerst op");
    }
    return applyFrameworkChange(tx, record, actor.professionalId, {
      current,
      table,
      to: input.to,
      decision: input.decision,
      decidedOn: input.decidedOn,
      casusregisseurId: input.casusregisseurId ?? null,
      paths: { to: "input.to", table: "input.tableId", casusregisseur: "input.casusregisseurId" },
    });
  });
}
