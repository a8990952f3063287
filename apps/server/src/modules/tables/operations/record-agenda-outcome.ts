import type { OperationContext } from "../../../operation";
import { eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { AGENDA_OUTCOMES, AppError, id, parseInput, targetId, text } from "@regiehub/domain";
import { tables, type AgendaEntryRow } from "@regiehub/db";
import { CASE_WORKER_ROLES } from "@regiehub/policy";
import { isoDate } from "../../actions/operations/shared";
import { authorizeEntry, loadEntry } from "../access";

export const RecordAgendaOutcomeInput = z.object({
  entryId: targetId(),
  outcome: z.enum(AGENDA_OUTCOMES),
  decision: text({ max: 5_000, min: 5, multiline: true, required: "Beschrijf het besluit van de tafel" }),
  carriedByProfessionalId: id("Kies een professional die aan casussen werkt").nullish(),
  nextReviewOn: isoDate.nullish(),
});

/**
 * Records the table's outcome on a case on its agenda (the table's chair, while open). From this moment the
 * members' access to the preparation summary lapses; they and the case's directors are notified of the
 * outcome (TABLE_OUTCOME) — the process outcome, never the dossier content.
 */
export async function recordAgendaOutcome(
  { db, actor, changes, now }: OperationContext,
  rawInput: unknown,
): Promise<AgendaEntryRow & { caseReference: string }> {
  const input = parseInput(RecordAgendaOutcomeInput, rawInput);
  return changes.transaction(db, async (tx, record) => {
    const loaded = await loadEntry(tx, input.entryId, now, { forUpdate: true });
    if (loaded.entry.decidedAt) {
      throw new AppError("CONFLICT", "De tafel heeft al een uitkomst vastgelegd").about(loaded.entry.caseId);
    }
    authorizeEntry(actor, loaded, "agenda.decide");
    const { entry, session } = loaded;
    if (input.nextReviewOn && input.nextReviewOn <= session.heldOn) {
      throw AppError.badInput("input.nextReviewOn", "Kies een dag na de zitting");
    }
    if (input.carriedByProfessionalId) {
      const [p] = await tx
        .select({ role: tables.professionals.role, apiClientId: tables.professionals.apiClientId })
        .from(tables.professionals)
        .where(eq(tables.professionals.id, input.carriedByProfessionalId));
      if (!p || p.apiClientId !== null || !CASE_WORKER_ROLES.includes(p.role)) {
        throw AppError.badInput(
          "input.carriedByProfessionalId",
          "Kies een professional die aan casussen werkt",
        );
      }
    }
    const [decided] = await tx
      .update(tables.agendaEntries)
      .set({
        decidedAt: now,
        outcome: input.outcome,
        decision: input.decision,
        carriedByProfessionalId: input.carriedByProfessionalId ?? null,
        nextReviewOn: input.nextReviewOn ?? null,
      })
      .where(eq(tables.agendaEntries.id, entry.id))
      .returning();
    // A notification names its case, which only those who may read the case can open: the members on the case
    // team and the directors are notified; the other members see the outcome in their sessions.
    const members = loaded.resource.tableMemberProfessionalIds.length
      ? await tx
          .select({ id: tables.professionals.id, organisationId: tables.professionals.organisationId })
          .from(tables.professionals)
          .where(inArray(tables.professionals.id, [...loaded.resource.tableMemberProfessionalIds]))
      : [];
    const recipients = new Set(
      [
        ...members
          .filter((m) => loaded.caseFacts.teamOrganisationIds.includes(m.organisationId))
          .map((m) => m.id),
        loaded.caseFacts.casusregisseurId,
        loaded.caseFacts.procesregisseurId,
      ].filter((p): p is string => !!p && p !== actor.professionalId),
    );
    if (recipients.size > 0) {
      await tx.insert(tables.notifications).values(
        [...recipients].map((recipientProfessionalId) => ({
          recipientProfessionalId,
          caseId: entry.caseId,
          kind: "TABLE_OUTCOME" as const,
        })),
      );
    }
    record({
      kind: "AGENDA_DECIDED",
      caseId: entry.caseId,
      subjectPersonIds: [],
      fields: [
        "AgendaEntry.outcome",
        "AgendaEntry.decision",
        "AgendaEntry.carriedBy",
        "AgendaEntry.nextReviewOn",
      ],
      legalBasis: entry.legalBasis,
      detail: `table outcome ${input.outcome}`,
    });
    const [theCase] = await tx
      .select({ reference: tables.cases.reference })
      .from(tables.cases)
      .where(eq(tables.cases.id, entry.caseId));
    return { ...decided!, caseReference: theCase!.reference };
  });
}
