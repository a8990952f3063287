import { z } from "zod";

// Shared by the read operations (operations/list-*.ts of each module).

/**
 * A read of one value by key, batched and cached per request (the request's DataLoaders are lookups). A read
 * operation takes the lookups it shares with field resolvers rather than querying itself, so the facts it
 * loads are loaded once per request and moving a read into an operation costs no extra SQL statement.
 */
export interface Lookup<V> {
  load(key: string): Promise<V>;
}

/** The input of a list read of one case (its inventory, plans, …): the case, one the viewer may read. */
export const CaseListInput = z.object({ caseId: z.string() });
