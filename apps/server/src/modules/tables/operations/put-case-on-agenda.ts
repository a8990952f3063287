import type { OperationContext } from "../../../operation";
import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import {
  AppError,
  LEGAL_BASES,
  conflictingAgenda,
  id,
  isUuid,
  parseInput,
  targetId,
  text,
} from "@regiehub/domain";
import { tables, type AgendaEntryRow } from "@regiehub/db";
import { authorizeCase } from "../../case/access";

export const PutCaseOnAgendaInput = z.object({
  sessionId: targetId(),
  caseId: id("Kies een casus"),
  question: text({ max: 1_000, min: 5, multiline: true, required: "Formuleer de vraag aan de tafel" }),
  preparationSummary: text({
    max: 10_000,
    min: 10,
    multiline: true,
    required: "Schrijf de samenvatting die de tafel mag lezen",
  }),
  legalBasis: z.enum(LEGAL_BASES),
});

/**
 * Puts a case on a session's agenda (its directors) with the question and the preparation summary the table's
 * members may read until the table decides. Refused (CONFLICT, naming the table) while the case is open on
 * another agenda: a case is never discussed at two tables at once. The session must not lie in the past.
 */
export async function putCaseOnAgenda(
  { db, actor, changes, now }: OperationContext,
  rawInput: unknown,
): Promise<AgendaEntryRow & { caseReference: string }> {
  const input = parseInput(PutCaseOnAgendaInput, rawInput);
  return changes.transaction(db, async (tx, record) => {
    if (!isUuid(input.sessionId)) throw AppError.notFound("TableSession");
    await authorizeCase(tx, actor, input.caseId, "agenda.place");
    const { tableSessions, agendaEntries, escalationTables, cases } = tables;
    // Serialise agenda changes of one case: two directors cannot place it on two tables at once.
    const [theCase] = await tx.select().from(cases).where(eq(cases.id, input.caseId)).for("update");
    const [session] = await tx
      .select({ id: tableSessions.id, heldOn: tableSessions.heldOn, tableName: escalationTables.name })
      .from(tableSessions)
      .innerJoin(escalationTables, eq(escalationTables.id, tableSessions.tableId))
      .where(eq(tableSessions.id, input.sessionId));
    if (!session) throw AppError.notFound("TableSession");
    const open = await tx
      .select({
        caseId: agendaEntries.caseId,
        sessionId: agendaEntries.sessionId,
        tableName: escalationTables.name,
        sessionDate: tableSessions.heldOn,
      })
      .from(agendaEntries)
      .innerJoin(tableSessions, eq(tableSessions.id, agendaEntries.sessionId))
      .innerJoin(escalationTables, eq(escalationTables.id, tableSessions.tableId))
      .where(and(eq(agendaEntries.caseId, input.caseId), isNull(agendaEntries.decidedAt)));
    if (open.some((e) => e.sessionId === input.sessionId)) {
      throw new AppError("CONFLICT", "Deze casus staat al op de agenda van deze zitting").about(input.caseId);
    }
    const other = conflictingAgenda(input.caseId, input.sessionId, open);
    if (other) {
      throw new AppError(
        "CONFLICT",
        `Deze casus staat nog op de agenda van ${other.tableName} (${other.sessionDate}); een casus wordt niet aan twee tafels tegelijk besproken`,
      ).about(input.caseId);
    }
    const [entry] = await tx
      .insert(agendaEntries)
      .values({
        sessionId: session.id,
        caseId: input.caseId,
        question: input.question,
        preparationSummary: input.preparationSummary,
        legalBasis: input.legalBasis,
        placedByProfessionalId: actor.professionalId,
        placedAt: now,
      })
      .returning();
    record({
      kind: "AGENDA_PLACED",
      caseId: input.caseId,
      subjectPersonIds: [],
      fields: ["AgendaEntry.question", "AgendaEntry.preparationSummary"],
      legalBasis: input.legalBasis,
      detail: `on the agenda of ${session.tableName} (${session.heldOn})`,
    });
    return { ...entry!, caseReference: theCase!.reference };
  });
}
