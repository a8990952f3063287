import type { OperationContext } from "../../../operation";
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import {
  AppError,
  CASE_FRAMEWORKS,
  caseUpdateKind,
  frameworkAllowsProcesregisseur,
  parseInput,
  targetId,
} from "@regiehub/domain";
import { tables, type CaseRow, type Executor } from "@regiehub/db";
import { authorizeCase } from "../access";
import { municipality, optionalId, title, version } from "../inputs";
import { requireProfessionalWithRole } from "./directors";

export const UpdateCaseInput = z.object({
  id: targetId(),
  version,
  title: title.nullish(),
  municipality: municipality.nullish(),
  /** Deprecated: refused when given. The framework changes only by a table's decision (`decideFramework`). */
  framework: z.enum(CASE_FRAMEWORKS).nullish(),
  casusregisseurId: optionalId,
  procesregisseurId: optionalId,
});

export async function updateCase(
  { db, actor, changes }: OperationContext,
  rawInput: unknown,
): Promise<CaseRow> {
  const input = parseInput(UpdateCaseInput, rawInput);
  if (input.framework) {
    throw AppError.badInput(
      "input.framework",
      "Het kader verandert alleen door een besluit van een tafel (decideFramework), niet door de casus te bewerken",
    );
  }
  return changes.transaction(db, async (tx, record) => {
    await authorizeCase(tx, actor, input.id, "case.update");
    const updates: Partial<typeof tables.cases.$inferInsert> = {};
    if (input.title) updates.title = input.title;
    if (input.municipality) updates.municipality = input.municipality;
    if (input.procesregisseurId) {
      const [current] = await tx
        .select({ framework: tables.cases.framework })
        .from(tables.cases)
        .where(eq(tables.cases.id, input.id));
      if (current && !frameworkAllowsProcesregisseur(current.framework)) {
        throw AppError.badInput(
          "input.procesregisseurId",
          "Een procesregisseur werkt niet in het gedwongen kader: de gecertificeerde instelling voert de regie",
        );
      }
      await requireProfessionalWithRole(
        tx,
        input.procesregisseurId,
        "PROCESREGISSEUR",
        "input.procesregisseurId",
      );
      updates.procesregisseurId = input.procesregisseurId;
    }
    if (input.casusregisseurId) {
      const director = await requireProfessionalWithRole(
        tx,
        input.casusregisseurId,
        "CASUSREGISSEUR",
        "input.casusregisseurId",
      );
      updates.casusregisseurId = director.id;
      await ensureOnTeam(tx, input.id, director.organisationId, director.id, actor.professionalId);
    }
    const updated = await bumpVersion(tx, input.id, input.version, updates);
    record({
      kind: caseUpdateKind(Object.keys(updates)),
      caseId: input.id,
      subjectPersonIds: [],
      fields: Object.keys(updates).map((k) => `Case.${k}`),
      legalBasis: "LEGAL_TASK",
    });
    return updated;
  });
}

/** Applies changes only when the caller's version is current; a stale version is a CONFLICT. */
export async function bumpVersion(
  tx: Executor,
  caseId: string,
  expectedVersion: number,
  changes: Partial<typeof tables.cases.$inferInsert>,
): Promise<CaseRow> {
  const { cases } = tables;
  const [row] = await tx
    .update(cases)
    .set({ ...changes, version: sql`${cases.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(cases.id, caseId), eq(cases.version, expectedVersion)))
    .returning();
  if (!row) throw new AppError("CONFLICT", "The case was changed by someone else; reload and try again");
  return row;
}

export async function ensureOnTeam(
  tx: Executor,
  caseId: string,
  organisationId: string,
  professionalId: string,
  addedBy: string,
): Promise<void> {
  await tx
    .insert(tables.caseTeamMembers)
    .values({
      caseId,
      organisationId,
      professionalId,
      responsibility: "Casusregie",
      addedByProfessionalId: addedBy,
    })
    .onConflictDoNothing();
}
