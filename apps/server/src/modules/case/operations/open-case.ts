import type { OperationContext } from "../../../operation";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import {
  AppError,
  CASE_FRAMEWORKS,
  CERTIFIED_INSTITUTION_KINDS,
  dutchDate,
  parseInput,
} from "@regiehub/domain";
import { tables, type CaseRow } from "@regiehub/db";
import { authorize } from "@regiehub/policy";
import { municipality, optionalId, title } from "../inputs";
import { requireProfessionalWithRole } from "./directors";

export const OpenCaseInput = z.object({
  title,
  municipality,
  framework: z.enum(CASE_FRAMEWORKS).default("VOLUNTARY"),
  casusregisseurId: optionalId,
  procesregisseurId: optionalId,
});

/** Opens a case in phase SIGNAL; the casusregisseur's organisation joins the team as directing member. */
export async function openCase(
  { db, actor, changes, now }: OperationContext,
  rawInput: unknown,
): Promise<CaseRow> {
  authorize(actor, "case.open");
  const input = parseInput(OpenCaseInput, rawInput);
  const casusregisseurId =
    input.casusregisseurId ?? (actor.role === "CASUSREGISSEUR" ? actor.professionalId : undefined);
  if (!casusregisseurId) throw AppError.badInput("input.casusregisseurId", "Kies een casusregisseur");
  const procesregisseurId =
    input.procesregisseurId ?? (actor.role === "PROCESREGISSEUR" ? actor.professionalId : null);

  return changes.transaction(db, async (tx, record) => {
    const casusregisseur = await requireProfessionalWithRole(
      tx,
      casusregisseurId,
      "CASUSREGISSEUR",
      "input.casusregisseurId",
    );
    if (procesregisseurId) {
      await requireProfessionalWithRole(tx, procesregisseurId, "PROCESREGISSEUR", "input.procesregisseurId");
    }
    if (input.framework === "COMPULSORY") {
      // Opened in the compulsory framework (a measure is already in place): directed by a certified
      // institution, without a procesregisseur (docs/domain.md; domain `framework`).
      if (procesregisseurId) {
        throw AppError.badInput(
          "input.procesregisseurId",
          "Een procesregisseur werkt niet in het gedwongen kader: de gecertificeerde instelling voert de regie",
        );
      }
      const [organisation] = await tx
        .select({ kind: tables.organisations.kind })
        .from(tables.organisations)
        .where(eq(tables.organisations.id, casusregisseur.organisationId));
      if (!organisation || !CERTIFIED_INSTITUTION_KINDS.includes(organisation.kind)) {
        throw AppError.badInput(
          "input.casusregisseurId",
          "In het gedwongen kader voert een casusregisseur van een gecertificeerde instelling (jeugdbescherming) de regie",
        );
      }
    }
    const year = dutchDate(now).slice(0, 4);
    const [created] = await tx
      .insert(tables.cases)
      .values({
        reference: sql`${`RH-${year}-`} || lpad(nextval('case_reference_seq')::text, 4, '0')`,
        title: input.title,
        municipality: input.municipality,
        framework: input.framework,
        casusregisseurId,
        procesregisseurId,
        openedOn: dutchDate(now),
      })
      .returning();
    if (!created) throw new Error("insert returned no row");
    await tx.insert(tables.caseTeamMembers).values({
      caseId: created.id,
      organisationId: casusregisseur.organisationId,
      professionalId: casusregisseur.id,
      responsibility: "Casusregie",
      addedByProfessionalId: actor.professionalId,
    });
    const [reloaded] = await tx.select().from(tables.cases).where(eq(tables.cases.id, created.id));
    record({
      kind: "CASE_OPENED",
      caseId: created.id,
      subjectPersonIds: [],
      fields: ["Case.title", "Case.municipality", "Case.framework"],
      legalBasis: "LEGAL_TASK",
    });
    return reloaded!;
  });
}
