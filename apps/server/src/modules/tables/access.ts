import { eq } from "drizzle-orm";
import { AppError, isUuid, sessionAccessOpen, type Actor } from "@regiehub/domain";
import {
  tables,
  unsafeLoadCaseAccessFacts,
  type AgendaEntryRow,
  type CaseAccessFacts,
  type EscalationTableRow,
  type Executor,
  type TableSessionRow,
} from "@regiehub/db";
import { can, type AgendaEntryResource, type AgendaRuleAction } from "@regiehub/policy";
import { noteChecked } from "../../checked-actions";

// A case on a table's agenda is decided over its case's facts and the entry itself (the table's chair and
// members, whether it is open now) by the policy's agenda rules — not over case.read: a table member outside
// the case team reaches the entry, never the case.

export interface LoadedEntry {
  entry: AgendaEntryRow;
  session: TableSessionRow;
  table: EscalationTableRow;
  /** The case's reference (process information the table's members see with the entry). */
  caseReference: string;
  caseFacts: CaseAccessFacts;
  resource: AgendaEntryResource;
}

export async function tableMembers(db: Executor, tableId: string): Promise<string[]> {
  const rows = await db
    .select({ id: tables.escalationTableMembers.professionalId })
    .from(tables.escalationTableMembers)
    .where(eq(tables.escalationTableMembers.tableId, tableId));
  return rows.map((r) => r.id);
}

/** The policy's view of an entry: the table's chair and members, and whether it is open at `now`. */
export function agendaResource(
  entry: AgendaEntryRow,
  table: EscalationTableRow,
  memberIds: string[],
  now: Date,
): AgendaEntryResource {
  return {
    tableChairProfessionalId: table.chairProfessionalId,
    tableMemberProfessionalIds: memberIds,
    open: sessionAccessOpen(entry, now),
  };
}

/**
 * Loads an entry with its session, case facts and policy resource; NOT_FOUND when there is none. For the
 * operations (in their transaction, the entry locked); the read path decides from the request's loaders.
 */
export async function loadEntry(
  db: Executor,
  entryId: string,
  now: Date,
  { forUpdate = false } = {},
): Promise<LoadedEntry> {
  if (!isUuid(entryId)) throw AppError.notFound("AgendaEntry");
  const query = db.select().from(tables.agendaEntries).where(eq(tables.agendaEntries.id, entryId));
  const [entry] = forUpdate ? await query.for("update") : await query;
  if (!entry) throw AppError.notFound("AgendaEntry");
  const [found] = await db
    .select({
      session: tables.tableSessions,
      table: tables.escalationTables,
      caseReference: tables.cases.reference,
    })
    .from(tables.tableSessions)
    .innerJoin(tables.escalationTables, eq(tables.escalationTables.id, tables.tableSessions.tableId))
    .innerJoin(tables.cases, eq(tables.cases.id, entry.caseId))
    .where(eq(tables.tableSessions.id, entry.sessionId));
  const [caseFacts] = await unsafeLoadCaseAccessFacts(db, [entry.caseId]);
  if (!found || !caseFacts) throw AppError.notFound("AgendaEntry");
  const { session, table, caseReference } = found;
  return {
    entry,
    session,
    table,
    caseReference,
    caseFacts,
    resource: agendaResource(entry, table, await tableMembers(db, table.id), now),
  };
}

/**
 * Asserts the actor may perform `action` on the entry. One who may neither read the case nor the entry's summary
 * learns nothing of it (NOT_FOUND); one who may see it but not do this is FORBIDDEN.
 */
export function authorizeEntry(actor: Actor, loaded: LoadedEntry, action: AgendaRuleAction): void {
  noteChecked(actor, action);
  const { caseFacts, resource, entry } = loaded;
  if (can(actor, action, caseFacts, resource).allowed) return;
  const sees =
    can(actor, "case.read", caseFacts).allowed ||
    can(actor, "agenda.readPreparation", caseFacts, resource).allowed ||
    resource.tableChairProfessionalId === actor.professionalId ||
    resource.tableMemberProfessionalIds.includes(actor.professionalId);
  if (!sees) throw AppError.notFound("AgendaEntry").about(entry.caseId);
  throw new AppError(
    "FORBIDDEN",
    action === "agenda.decide"
      ? "Alleen de voorzitter van de tafel legt de uitkomst vast, zolang de casus op de agenda staat"
      : "U kunt deze voorbereiding niet (meer) inzien",
  ).about(entry.caseId);
}
