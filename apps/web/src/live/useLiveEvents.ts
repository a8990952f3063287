import type { TypedDocumentNode } from "@apollo/client";
import { useApolloClient } from "@apollo/client/react";
import { addTypenameToDocument } from "@apollo/client/utilities";
import { type DocumentNode, Kind, print } from "graphql";
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { wsClient } from "../apollo";
import { LIVE_CLOSE, holdLiveSubscription } from "./connection";
import { reloadVariables } from "./paging";
import { type ResumableSubscription, restartDelay, subscribeResumable } from "./resumable";
import { LiveLastEventSeqDocument, LivePortfolioEventsDocument } from "../generated/graphql";

/** How long to gather events before reloading what the page shows. */
export const REFETCH_DEBOUNCE_MS = 200;

/** Close codes after which a live subscription is not restarted. */
const STOP_CODES = new Set<number>([LIVE_CLOSE.unauthorized, LIVE_CLOSE.forbidden]);

function isCloseEvent(value: unknown): value is { code: number } {
  return typeof value === "object" && value !== null && "code" in value && typeof value.code === "number";
}

const printed = new WeakMap<DocumentNode, { query: string; operationName?: string }>();

function request(document: DocumentNode): { query: string; operationName?: string } {
  let found = printed.get(document);
  if (!found) {
    const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
    const operationName = operation?.kind === Kind.OPERATION_DEFINITION ? operation.name?.value : undefined;
    // As Apollo Client would send it (with `__typename`): the text of the web app's manifest, which the hub
    // runs for people (TRUSTED_DOCUMENTS=all) and no other.
    found = { query: print(addTypenameToDocument(document)), ...(operationName ? { operationName } : {}) };
    printed.set(document, found);
  }
  return found;
}

export interface LiveEventsOptions<TData, TVariables> {
  /** The operation's variables without `afterSeq`. */
  variables: Omit<TVariables, "afterSeq">;
  /** Do not subscribe (yet), e.g. while the page's own query has not loaded. */
  skip?: boolean;
  /** The event's `seq`. */
  seqOf: (data: TData) => number | null | undefined;
  /** A new event; called once per event, in order, never for one already seen. */
  onEvent: (data: TData) => void;
  /**
   * The socket came back while there was no `seq` to resume from (`lastEventSeq` could not be read and no
   * event was seen yet), or the subscription ended with GraphQL errors: reload what the page shows.
   */
  onResync?: () => void;
}

/** Where the subscription starts, for one `variables`: `lastEventSeq`, then the last `seq` seen. */
interface StartPoint {
  variablesKey: string;
  /** Updated with every event, so that a restart resumes after the last one seen; null: live from now. */
  afterSeq: number | null;
}

/**
 * Runs one live subscription (caseEvents, myActions, portfolioEvents) over the app's graphql-ws client while
 * the component is mounted, resuming without gap or duplicate across reconnects (see ./resumable.ts).
 *
 * The first subscription starts after `lastEventSeq`, read when the hook mounts — before the page's own
 * queries, which Apollo sends from effects of the same commit — so an event between the page's queries and
 * the subscription is replayed (and reloads the page) rather than missed. Pages subscribe (`skip: false`)
 * once their own query has loaded. When `variables` change (e.g. another case) `lastEventSeq` is read again
 * and the subscription restarted from it; any other restart resumes after the last `seq` seen. Should the
 * read fail, the subscription starts live from now, as a page without this read would.
 */
export function useLiveEvents<TData, TVariables extends { afterSeq?: number | null }>(
  document: TypedDocumentNode<TData, TVariables>,
  options: LiveEventsOptions<TData, TVariables>,
): void {
  // The callbacks change with every render; the subscription must not.
  const latest = useRef(options);
  latest.current = options;
  const variablesKey = JSON.stringify(options.variables);
  const skip = options.skip ?? false;
  const client = useApolloClient();
  const [startPoint, setStartPoint] = useState<StartPoint | null>(null);

  // A layout effect: it runs before the passive effects in which Apollo's useQuery sends the page's queries
  // (this component's and its children's), so this read goes out first — at the latest together with them.
  useLayoutEffect(() => {
    let current = true;
    void client
      .query({ query: LiveLastEventSeqDocument, fetchPolicy: "no-cache" })
      .then(
        (result) => result.data?.lastEventSeq ?? null,
        () => null,
      )
      .then((afterSeq) => {
        if (current) setStartPoint({ variablesKey, afterSeq });
      });
    return () => {
      current = false;
    };
  }, [client, variablesKey]);
  const from = startPoint?.variablesKey === variablesKey ? startPoint : null;

  useEffect(() => {
    if (skip || from === null) return;
    const release = holdLiveSubscription();
    let subscription: ResumableSubscription | null = null;
    let restartTimer: ReturnType<typeof setTimeout> | null = null;
    let attempts = 0;

    const start = () => {
      subscription = subscribeResumable<TData>(wsClient, {
        ...request(document),
        variables: JSON.parse(variablesKey) as Record<string, unknown>,
        afterSeq: from.afterSeq,
        seqOf: (data) => latest.current.seqOf(data),
        onEvent: (data, seq) => {
          attempts = 0;
          from.afterSeq = seq;
          latest.current.onEvent(data);
        },
        onResync: () => latest.current.onResync?.(),
        onError: (error) => {
          // GraphQL errors end the subscription: the case is out of reach (at the start, or later when the
          // viewer's organisation left the team; the server then ends it with NOT_FOUND). What the page shows
          // is reloaded, so that its own query tells why (the case page: "Casus niet gevonden …").
          // 4401 shows the sign-in page (after which the page subscribes again) and 4403 stops. A close that
          // graphql-ws does not retry itself (e.g. 4500) is retried here, resuming after the last `seq`.
          if (!isCloseEvent(error)) {
            latest.current.onResync?.();
            return;
          }
          if (STOP_CODES.has(error.code)) return;
          restartTimer = setTimeout(() => {
            restartTimer = null;
            start();
          }, restartDelay(attempts++));
        },
      });
    };
    start();

    return () => {
      if (restartTimer !== null) clearTimeout(restartTimer);
      subscription?.dispose();
      release();
    };
  }, [document, variablesKey, skip, from]);
}

/**
 * Reloads every active query (what the page shows) on live events: once, `REFETCH_DEBOUNCE_MS` after the
 * first event of a burst (a steady stream of events still reloads every 200 ms). Returns the function to
 * call on an event; it is stable across renders. With `queryNames`, only the active queries of those
 * operation names are reloaded (e.g. the header's notification count, not the page below it).
 */
export function useDebouncedRefetch(queryNames?: readonly string[]): () => void {
  const client = useApolloClient();
  const clientRef = useRef(client);
  clientRef.current = client;
  const namesRef = useRef(queryNames);
  namesRef.current = queryNames;
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = null;
    },
    [],
  );
  const schedule = useRef(() => {
    if (timer.current !== null) return;
    timer.current = setTimeout(() => {
      timer.current = null;
      const client = clientRef.current;
      const result = client.refetchQueries({
        include: "active",
        onQueryUpdated(observable) {
          const names = namesRef.current;
          if (names && !names.includes(observable.queryName ?? "")) return false;
          // A paged list that shows more than its first page is reloaded with as many entries: the answer
          // replaces the list in the cache (see connectionField in apollo.ts), which the page watches.
          const variables = reloadVariables(
            observable.variables as Record<string, unknown>,
            observable.getCurrentResult().data,
          );
          if (!variables) return true;
          return client.query({ query: observable.query, variables, fetchPolicy: "network-only" });
        },
      });
      void Promise.resolve(result).catch(() => undefined);
    }, REFETCH_DEBOUNCE_MS);
  });
  return schedule.current;
}

/**
 * Subscribes to a live event stream and reloads the page's active queries on every event (debounced): the
 * simple way to keep a page current without reload.
 */
export function useLiveRefetch<TData, TVariables extends { afterSeq?: number | null }>(
  document: TypedDocumentNode<TData, TVariables>,
  options: Omit<LiveEventsOptions<TData, TVariables>, "onEvent" | "onResync">,
): void {
  const refetch = useDebouncedRefetch();
  useLiveEvents(document, { ...options, onEvent: refetch, onResync: refetch });
}

/**
 * Reloads a list of the viewer's cases on case-level changes in them (`portfolioEvents`: opened, phase,
 * escalation, directors …), keeping the pages already loaded. Subscribed once the list has first `loaded`.
 */
export function usePortfolioLiveRefetch(loaded: boolean): void {
  const loadedOnce = useRef(false);
  if (loaded) loadedOnce.current = true;
  useLiveRefetch(LivePortfolioEventsDocument, {
    variables: {},
    skip: !loadedOnce.current,
    seqOf: (event) => event.portfolioEvents.seq,
  });
}
