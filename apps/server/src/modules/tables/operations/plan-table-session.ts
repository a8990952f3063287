import type { OperationContext } from "../../../operation";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { AppError, dutchDate, isUuid, parseInput, targetId } from "@regiehub/domain";
import { tables, type TableSessionRow } from "@regiehub/db";
import { authorize } from "@regiehub/policy";
import { noteChecked } from "../../../checked-actions";
import { isoDate } from "../../actions/operations/shared";

export const PlanTableSessionInput = z.object({
  tableId: targetId(),
  heldOn: isoDate,
});

/** Plans a session of an active table of the ladder on a day (today or later). */
export async function planTableSession(
  { db, actor, changes, now }: OperationContext,
  rawInput: unknown,
): Promise<TableSessionRow> {
  noteChecked(actor, "tableSession.plan");
  authorize(actor, "tableSession.plan");
  const input = parseInput(PlanTableSessionInput, rawInput);
  if (input.heldOn < dutchDate(now))
    throw AppError.badInput("input.heldOn", "Kies vandaag of een latere dag");
  return changes.transaction(db, async (tx, record) => {
    const [table] = isUuid(input.tableId)
      ? await tx.select().from(tables.escalationTables).where(eq(tables.escalationTables.id, input.tableId))
      : [];
    if (!table) throw AppError.notFound("EscalationTable");
    if (!table.active) throw AppError.badInput("input.tableId", "Deze tafel komt niet meer bijeen");
    const [session] = await tx
      .insert(tables.tableSessions)
      .values({ tableId: table.id, heldOn: input.heldOn, plannedByProfessionalId: actor.professionalId })
      .returning();
    record({
      kind: "TABLE_SESSION_PLANNED",
      caseId: null,
      subjectPersonIds: [],
      fields: ["TableSession.heldOn"],
      legalBasis: "LEGAL_TASK",
      detail: `session ${session!.id} of ${table.name} on ${input.heldOn}`,
    });
    return session!;
  });
}
