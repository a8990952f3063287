import type { OperationContext } from "../../../operation";
import { eq } from "drizzle-orm";
import { z } from "zod";
import {
  AppError,
  CASE_FRAMEWORKS,
  checkFrameworkDecision,
  dutchDate,
  frameworkRefusalMessage,
  id,
  parseInput,
  targetId,
} from "@regiehub/domain";
import { tables, type CaseRow } from "@regiehub/db";
import { authorizeCase } from "../../case/access";
import { requireProfessionalWithRole } from "../../case/operations/directors";
import { bumpVersion, ensureOnTeam } from "../../case/operations/update-case";
import { checkDecisionPair, decidedOn, decisionText, notifyTeam, versionInput } from "./shared";

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
    const newDirector = input.casusregisseurId
      ? await requireProfessionalWithRole(
          tx,
          input.casusregisseurId,
          "CASUSREGISSEUR",
          "input.casusregisseurId",
        )
      : null;
    const [newDirectorOrganisation] = newDirector
      ? await tx
          .select({ kind: tables.organisations.kind })
          .from(tables.organisations)
          .where(eq(tables.organisations.id, newDirector.organisationId))
      : [];
    const refusal = checkFrameworkDecision({
      from: current.framework,
      to: input.to,
      tableDecidesFramework: table.decidesFramework && table.active,
      newCasusregisseurOrganisationKind: newDirectorOrganisation?.kind ?? null,
    });
    if (refusal) {
      const path =
        refusal === "NEEDS_CERTIFIED_CASUSREGISSEUR" || refusal === "NO_TAKEOVER_HERE"
          ? "input.casusregisseurId"
          : refusal === "TABLE_DOES_NOT_DECIDE"
            ? "input.tableId"
            : "input.to";
      throw AppError.badInput(path, frameworkRefusalMessage(refusal, current.framework, input.to));
    }

    const takesOver = input.to === "COMPULSORY" && newDirector !== null;
    await tx.insert(tables.caseFrameworkDecisions).values({
      caseId: current.id,
      tableId: table.id,
      fromFramework: current.framework,
      toFramework: input.to,
      decision: input.decision,
      decidedOn: input.decidedOn,
      newCasusregisseurId: takesOver ? newDirector.id : null,
      previousCasusregisseurId: takesOver ? current.casusregisseurId : null,
      previousProcesregisseurId: takesOver ? current.procesregisseurId : null,
      byProfessionalId: actor.professionalId,
    });
    if (takesOver)
      await ensureOnTeam(tx, current.id, newDirector.organisationId, newDirector.id, actor.professionalId);
    const updated = await bumpVersion(tx, current.id, input.version, {
      framework: input.to,
      ...(takesOver ? { casusregisseurId: newDirector.id, procesregisseurId: null } : {}),
    });
    await notifyTeam(tx, current.id, "FRAMEWORK_DECISION", actor.professionalId, [
      current.casusregisseurId,
      current.procesregisseurId,
      takesOver ? newDirector.id : null,
    ]);
    record({
      kind: "FRAMEWORK_DECIDED",
      caseId: current.id,
      subjectPersonIds: [],
      fields: ["Case.framework"],
      legalBasis: "LEGAL_TASK",
      detail: `framework ${current.framework} -> ${input.to} (${table.name}, ${input.decidedOn})`,
    });
    if (takesOver) {
      record({
        kind: "DIRECTORS_CHANGED",
        caseId: current.id,
        subjectPersonIds: [],
        fields: ["Case.casusregisseurId", "Case.procesregisseurId"],
        legalBasis: "LEGAL_TASK",
        detail: "case direction taken over by a certified institution (compulsory framework)",
      });
    }
    return updated;
  });
}
