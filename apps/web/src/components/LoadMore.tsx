import { Button } from "@utrecht/component-library-react";

/** "Meer laden" under a paged list, with how many of how many are shown; nothing when there is no next page. */
export function LoadMore({
  connection,
  loading,
  onLoadMore,
}: {
  connection:
    { edges: readonly unknown[]; totalCount: number; pageInfo: { hasNextPage: boolean } } | undefined;
  loading: boolean;
  onLoadMore: () => void;
}) {
  if (!connection?.pageInfo.hasNextPage) return null;
  return (
    <div className="rh-actions">
      <Button appearance="secondary-action-button" onClick={onLoadMore} busy={loading}>
        Meer laden
      </Button>
      <span className="rh-muted">
        {connection.edges.length} van {connection.totalCount} getoond
      </span>
    </div>
  );
}
