import { asc } from "drizzle-orm";
import type { Actor } from "@regiehub/domain";
import { tables, type Database, type OrganisationRow } from "@regiehub/db";
import { authorize } from "@regiehub/policy";

/** All chain partners of the region, by name. */
export async function listOrganisations(db: Database, actor: Actor): Promise<OrganisationRow[]> {
  authorize(actor, "organisation.list");
  return db.select().from(tables.organisations).orderBy(asc(tables.organisations.name));
}
