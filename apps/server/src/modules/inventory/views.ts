import type { ItemRecord } from "@regiehub/db";

// Ordering of inventory items for the case page: by the date the content is about, then by when recorded.

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Records newest first: by `dateOf` (a 'YYYY-MM-DD' date) descending, then by recording time and id
 * descending, so of two assessments on one day the later recorded comes first.
 */
export function newestFirst<R extends ItemRecord>(records: readonly R[], dateOf: (r: R) => string): R[] {
  return [...records].sort(
    (a, b) =>
      compare(dateOf(b), dateOf(a)) || b.createdAt.getTime() - a.createdAt.getTime() || compare(b.id, a.id),
  );
}
