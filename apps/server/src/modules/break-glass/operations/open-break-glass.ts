import type { OperationContext } from "../../../operation";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { AppError, id, parseInput, targetId, text } from "@regiehub/domain";
import { tables, type BreakGlassRow } from "@regiehub/db";
import { authorizeCase } from "../../case/access";

export const BreakGlassInput = z.object({
  caseId: targetId(),
  itemId: id("Onbekend item").nullish(),
  justification: text({
    min: 20,
    max: 2000,
    multiline: true,
    required: "Onderbouw de noodtoegang in minstens 20 tekens",
    tooLong: "Maximaal 2000 tekens",
  }),
});

/**
 * Break-glass (noodknop): a team member opens one item, or the whole case, outside the grants for
 * `minutes`, under VITAL_INTEREST. The access and its log entry (flagged break-glass, with the justification)
 * commit together; the privacy officer reviews it afterwards.
 */
export async function openBreakGlass(
  { db, actor, changes, now }: OperationContext,
  rawInput: unknown,
  minutes: number,
): Promise<BreakGlassRow> {
  const input = parseInput(BreakGlassInput, rawInput);
  return changes.transaction(db, async (tx, record) => {
    await authorizeCase(tx, actor, input.caseId, "breakGlass.open");
    const itemId = input.itemId ?? null;
    if (itemId) {
      const [item] = await tx
        .select({ id: tables.dossierItems.id })
        .from(tables.dossierItems)
        .where(and(eq(tables.dossierItems.id, itemId), eq(tables.dossierItems.caseId, input.caseId)));
      if (!item) throw AppError.badInput("input.itemId", "Dit item hoort niet bij deze casus");
    }
    const [row] = await tx
      .insert(tables.breakGlassAccesses)
      .values({
        caseId: input.caseId,
        itemId,
        professionalId: actor.professionalId,
        organisationId: actor.organisationId,
        justification: input.justification,
        openedAt: now,
        expiresAt: new Date(now.getTime() + minutes * 60_000),
      })
      .returning();
    if (!row) throw new Error("insert returned no row");
    record({
      kind: "BREAK_GLASS_OPENED",
      caseId: input.caseId,
      subjectPersonIds: [],
      itemIds: itemId ? [itemId] : [],
      fields: ["BreakGlassAccess"],
      legalBasis: "VITAL_INTEREST",
      activity: "RH-PA-03",
      breakGlass: true,
      detail: input.justification,
    });
    return row;
  });
}
