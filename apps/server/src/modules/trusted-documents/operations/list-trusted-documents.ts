import { desc, inArray } from "drizzle-orm";
import { tables, type Executor } from "@regiehub/db";
import { viewDocument, type TrustedDocumentModel } from "../shared";

/**
 * The trusted documents of API clients, newest first, per client id: one query for all of them (the clients
 * were reached through a field only an ADMIN of their organisation has: `apiClients` and the changes to one).
 */
export async function listTrustedDocuments(
  db: Executor,
  clientIds: readonly string[],
): Promise<TrustedDocumentModel[][]> {
  if (clientIds.length === 0) return [];
  const t = tables.trustedDocuments;
  const rows = await db
    .select()
    .from(t)
    .where(inArray(t.apiClientId, [...clientIds]))
    .orderBy(desc(t.registeredAt), t.sha256);
  return clientIds.map((id) => rows.filter((r) => r.apiClientId === id).map(viewDocument));
}
