// Reloading a paged list ("Meer laden") on a live event must not fall back to its first page: the reload
// asks for as many entries as are shown (within the server's limit).

/** The server's limit on `first` (packages/schema/schema.graphql). */
export const MAX_PAGE_SIZE = 100;

/** The number of `edges` of the first connection in a query result (breadth first), or null. */
export function loadedEdges(data: unknown, maxDepth = 4): number | null {
  let level: unknown[] = [data];
  for (let depth = 0; depth <= maxDepth && level.length > 0; depth++) {
    const next: unknown[] = [];
    for (const value of level) {
      if (typeof value !== "object" || value === null || Array.isArray(value)) continue;
      const edges = (value as { edges?: unknown }).edges;
      if (Array.isArray(edges)) return edges.length;
      next.push(...Object.values(value));
    }
    level = next;
  }
  return null;
}

/**
 * The variables to reload a paged query with so that it keeps the entries it shows, or null when a plain
 * refetch does (not paged, or no more than the first page shown).
 */
export function reloadVariables(
  variables: Record<string, unknown> | undefined,
  data: unknown,
): Record<string, unknown> | null {
  const first = variables?.["first"];
  if (typeof first !== "number") return null;
  const loaded = loadedEdges(data);
  if (loaded === null || loaded <= first) return null;
  return { ...variables, first: Math.min(loaded, MAX_PAGE_SIZE), after: null };
}
