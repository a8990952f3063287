import type { Client, FormattedExecutionResult, SubscribePayload } from "graphql-ws";

// One live subscription that resumes without gap or duplicate (packages/schema/live.graphql): remember the
// highest `seq` seen, ignore what is not newer (the server replays from `afterSeq` on resubscribe), and
// resubscribe with `afterSeq` = the last one seen whenever graphql-ws reconnects.
//
// How the resubscription gets the new `afterSeq`: graphql-ws keeps a subscription across reconnects and,
// after each reconnect, sends the *same payload object* again — serialised anew each time. So the payload's
// `variables` object is kept here and its `afterSeq` updated with every event. That is one subscription,
// with graphql-ws's own retry loop and backoff, and nothing to race: restarting the subscription ourselves
// on the client's `connected` event would race graphql-ws's own resubscription with the old payload (two
// subscriptions for a moment, one to complete again). The unit test checks this against the real client.

export interface ResumableOptions<TData> {
  query: string;
  operationName?: string;
  /** The operation's variables without `afterSeq`. */
  variables: Record<string, unknown>;
  /** Resume after this sequence number; without it the first subscription is live from now. */
  afterSeq?: number | null;
  /** The event's `seq`, e.g. `(data) => data.caseEvents.seq`. */
  seqOf: (data: TData) => number | null | undefined;
  /** A new event (never one already seen). */
  onEvent: (data: TData, seq: number) => void;
  /**
   * The socket came back before any event was seen: there is no `afterSeq` to resume from, so what happened
   * meanwhile is not replayed; the caller should reload what it shows.
   */
  onResync?: () => void;
  /** GraphQL errors (e.g. NOT_FOUND) or the close event that ended the subscription. */
  onError?: (error: unknown) => void;
}

export interface ResumableSubscription {
  /** The highest `seq` seen (or the one started after), null before the first event. */
  lastSeq(): number | null;
  dispose(): void;
}

export function subscribeResumable<TData>(
  client: Pick<Client, "subscribe" | "on">,
  options: ResumableOptions<TData>,
): ResumableSubscription {
  let lastSeq = options.afterSeq ?? null;
  // Kept by reference in the payload below: updating it updates what graphql-ws sends on reconnect.
  const variables: Record<string, unknown> = { ...options.variables };
  if (lastSeq !== null) variables["afterSeq"] = lastSeq;
  const payload: SubscribePayload = {
    query: options.query,
    ...(options.operationName ? { operationName: options.operationName } : {}),
    variables,
  };

  let disposed = false;
  let lostSocket = false;
  const stopListening = [
    client.on("closed", () => {
      lostSocket = true;
    }),
    client.on("connected", () => {
      if (!lostSocket || disposed) return;
      lostSocket = false;
      if (lastSeq === null) options.onResync?.();
    }),
  ];

  const unsubscribe = client.subscribe<TData>(payload, {
    next(result: FormattedExecutionResult<TData>) {
      if (disposed) return;
      if (!result.data) {
        if (result.errors) options.onError?.(result.errors);
        return;
      }
      const seq = options.seqOf(result.data);
      if (seq === null || seq === undefined) return;
      if (lastSeq !== null && seq <= lastSeq) return; // replayed after a resubscribe: seen already
      lastSeq = seq;
      variables["afterSeq"] = seq;
      options.onEvent(result.data, seq);
    },
    error(error: unknown) {
      if (!disposed) options.onError?.(error);
    },
    complete() {},
  });

  return {
    lastSeq: () => lastSeq,
    dispose() {
      if (disposed) return;
      disposed = true;
      for (const stop of stopListening) stop();
      unsubscribe();
    },
  };
}

/** Wait before restarting a subscription that ended with an error: 1 s, 2 s, 4 s … 30 s, with jitter. */
export function restartDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(30_000, 1_000 * 2 ** Math.max(0, attempt));
  return ceiling / 2 + random() * (ceiling / 2);
}
