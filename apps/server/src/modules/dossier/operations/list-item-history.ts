import type { OperationContext } from "../../../operation";
import { asc, eq } from "drizzle-orm";
import { z } from "zod";
import { AppError, isUuid, parseInput, targetId } from "@regiehub/domain";
import { tables, unsafeLoadItemFacts } from "@regiehub/db";
import { authorizeCase } from "../../case/access";

/** An earlier version of an item: its content as it was before a correction. */
export type ItemVersionRow = typeof tables.dossierItemVersions.$inferSelect;

export const ListItemHistoryInput = z.object({ id: targetId() });

/**
 * The earlier versions of a corrected item, oldest first (privacy officer, and the directing organisation).
 * The snapshots are the item's content as it was: reading them is logged.
 */
export async function listItemHistory(
  { db, actor, audit }: OperationContext,
  rawInput: unknown,
): Promise<ItemVersionRow[]> {
  const { id } = parseInput(ListItemHistoryInput, rawInput, "");
  const facts = isUuid(id) ? await unsafeLoadItemFacts(db, id) : undefined;
  if (!facts) throw AppError.notFound("Item");
  await authorizeCase(db, actor, facts.caseId, "item.readHistory");
  const versions = await db
    .select()
    .from(tables.dossierItemVersions)
    .where(eq(tables.dossierItemVersions.itemId, id))
    .orderBy(asc(tables.dossierItemVersions.version));
  audit.read({
    caseId: facts.caseId,
    subjectPersonIds: facts.subjectPersonIds,
    itemIds: [id],
    fields: ["DossierItemVersion.snapshot"],
    legalBasis: "LEGAL_TASK",
    activity: "RH-PA-04",
  });
  return versions;
}
