/**
 * A query's reload, for a retry button or after a change: it reads again and never rejects — a failure shows in
 * the query's `error`, where the page offers to retry. `const reload = reloadWith(refetch)`.
 */
export function reloadWith(refetch: () => Promise<unknown>): () => Promise<void> {
  return async () => {
    await refetch().catch(() => undefined);
  };
}
