import type { OperationContext } from "../../../operation";
import { asc } from "drizzle-orm";
import { tables, type OrganisationRow } from "@regiehub/db";
import { authorize } from "@regiehub/policy";

/** All chain partners of the region, by name. */
export async function listOrganisations({ db, actor }: OperationContext): Promise<OrganisationRow[]> {
  authorize(actor, "organisation.list");
  return db.select().from(tables.organisations).orderBy(asc(tables.organisations.name));
}
