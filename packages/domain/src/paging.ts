import { z } from "zod";

// Paged list reads (the case list, a case's timeline, the processing log): the page arguments `first` and
// `after` as part of a read's input schema, and the page it answers with (a connection of edges).

/** The most rows one page of any list read holds. */
export const MAX_PAGE_SIZE = 100;

/**
 * The page arguments of a read's input schema: `first` (default `defaultSize`, 1 to MAX_PAGE_SIZE) and `after`
 * decoded by `decodeCursor` (undefined when absent; a cursor it does not recognise is refused). Spread them
 * into the read's `z.object`; parsed with `parseInput(schema, args, "")`, errors name `first` and `after`.
 */
export function pageArgs<C>(defaultSize: number, decodeCursor: (cursor: string) => C | undefined) {
  return {
    first: z
      .number()
      .nullish()
      .transform((n) => n ?? defaultSize)
      .refine(
        (n) => Number.isInteger(n) && n >= 1 && n <= MAX_PAGE_SIZE,
        `first must be between 1 and ${MAX_PAGE_SIZE}`,
      ),
    after: z
      .string()
      .nullish()
      .transform((cursor, ctx): C | undefined => {
        if (!cursor) return undefined;
        const decoded = decodeCursor(cursor);
        if (decoded === undefined) ctx.addIssue("Unknown cursor");
        return decoded;
      }),
  };
}

export interface PageInfo {
  hasNextPage: boolean;
  /** The cursor of the last edge: pass it as `after` for the next page. */
  endCursor: string | null;
}

/** One page of a list read: each node with its opaque cursor. */
export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
}

/** A page whose total is counted only when asked for (the count is a statement of its own). */
export interface LazilyCountedConnection<T> extends Connection<T> {
  totalCount: () => Promise<number>;
}

/** The connection of one page of `nodes` (in order), `cursorOf` giving each node's cursor. */
export function connection<T>(
  nodes: readonly T[],
  hasNextPage: boolean,
  cursorOf: (node: T) => string,
): Connection<T> {
  const edges = nodes.map((node) => ({ cursor: cursorOf(node), node }));
  return { edges, pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
}
