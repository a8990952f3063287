import { NetworkStatus } from "@apollo/client";

export interface PagedQuery {
  networkStatus: NetworkStatus;
  /** The query's `fetchMore`: reads the page after a cursor. */
  fetchMore: (options: { variables: { after: string } }) => Promise<unknown>;
}

/**
 * "Meer laden" for a paged query (`notifyOnNetworkStatusChange`): whether the next page is being read, and a
 * `loadMore` that reads it once at a time (a failure shows in the query's error).
 */
export function useLoadMore({ networkStatus, fetchMore }: PagedQuery, endCursor: string | null | undefined) {
  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  const loadMore = () => {
    if (!endCursor || loadingMore) return;
    void fetchMore({ variables: { after: endCursor } }).catch(() => undefined);
  };
  return { loadingMore, loadMore };
}
