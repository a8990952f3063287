import type { OperationContext } from "../../../operation";
import { asc } from "drizzle-orm";
import { tables, type EscalationTableRow } from "@regiehub/db";
import { authorize } from "@regiehub/policy";

/** The tables of the region's ladder, by level then name: who may bring a case where. */
export async function listEscalationTables({ db, actor }: OperationContext): Promise<EscalationTableRow[]> {
  authorize(actor, "escalationTable.list");
  return db
    .select()
    .from(tables.escalationTables)
    .orderBy(asc(tables.escalationTables.level), asc(tables.escalationTables.name));
}
