import type { OperationContext } from "../../../operation";
import { desc, eq } from "drizzle-orm";
import { tables } from "@regiehub/db";
import { authorize } from "@regiehub/policy";
import { viewClients, type ApiClientView } from "../shared";

/** The API clients of the ADMIN's own organisation, newest first, revoked ones included. */
export async function listApiClients({ db, actor, now }: OperationContext): Promise<ApiClientView[]> {
  authorize(actor, "apiClient.manage");
  const c = tables.apiClients;
  const rows = await db
    .select()
    .from(c)
    .where(eq(c.organisationId, actor.organisationId))
    .orderBy(desc(c.createdAt), desc(c.id));
  return viewClients(db, rows, now);
}
