import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from "@apollo/client";
import type { FieldPolicy } from "@apollo/client";
import { CombinedGraphQLErrors, ServerError } from "@apollo/client/errors";
import { SetContextLink } from "@apollo/client/link/context";
import { ErrorLink } from "@apollo/client/link/error";
import { GraphQLWsLink } from "@apollo/client/link/subscriptions";
import { OperationTypeNode } from "graphql";
import { CloseCode, createClient } from "graphql-ws";
import { clearToken, getToken, subscribeToken } from "./auth";
import introspection from "./generated/possible-types";
import { liveConnectionEvents } from "./live/connection";
import { trustedDocumentsLink } from "./trusted-documents";

const GRAPHQL_PATH = "/graphql";

function webSocketUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === "https:" ? "wss:" : "ws:"}//${host}${GRAPHQL_PATH}`;
}

/** Exponential backoff (1 s, 2 s, 4 s … capped at 30 s) with full jitter, so clients do not reconnect in step. */
function jitteredBackoff(retries: number): Promise<void> {
  const ceiling = Math.min(30_000, 1_000 * 2 ** retries);
  const wait = ceiling / 2 + Math.random() * (ceiling / 2);
  return new Promise((resolve) => setTimeout(resolve, wait));
}

function isCloseEvent(value: unknown): value is { code: number } {
  return typeof value === "object" && value !== null && "code" in value && typeof value.code === "number";
}

/** The token the current socket was opened with (sent in `connection_init`). */
let socketToken: string | null = null;

export const wsClient = createClient({
  url: webSocketUrl,
  lazy: true,
  // Keep an unused socket open a few seconds, so going from one page with live updates to the next (the
  // case list to a case) does not close and reopen it.
  lazyCloseTimeout: 5_000,
  keepAlive: 10_000,
  retryAttempts: Infinity,
  retryWait: jitteredBackoff,
  // Retry network problems and ordinary close events — among them 4413 (too slow to read: the live
  // subscriptions resume from the last `seq` they saw, see live/resumable.ts); stop when the server no longer
  // knows the professional (4403). graphql-ws itself never retries 4401 (token rejected; handled below).
  shouldRetry: (errOrCloseEvent) =>
    !(isCloseEvent(errOrCloseEvent) && errOrCloseEvent.code === CloseCode.Forbidden),
  connectionParams: () => {
    const token = getToken();
    socketToken = token;
    return token ? { authorization: `Bearer ${token}` } : {};
  },
  on: {
    connecting: (retrying) => liveConnectionEvents.connecting(retrying),
    connected: () => liveConnectionEvents.connected(),
    closed: (event) => {
      liveConnectionEvents.closed(isCloseEvent(event) ? event.code : undefined);
      // 4401: the server rejected the socket's token (invalid or expired). As with UNAUTHENTICATED over HTTP,
      // drop it, which shows the sign-in page — unless another token has been stored meanwhile. After
      // sign-in the token listener below reconnects, and the pages subscribe again with the fresh token.
      if (!isCloseEvent(event) || event.code !== CloseCode.Unauthorized) return;
      const token = getToken();
      // `getToken()` is null once the stored token's expiry passed: clear it too, or the app would stay on
      // a page whose live updates have stopped.
      if (token === null || token === socketToken) setTimeout(clearToken, 0);
    },
  },
});

const httpLink = new HttpLink({ uri: GRAPHQL_PATH });

const authLink = new SetContextLink((prevContext) => {
  const token = getToken();
  return {
    headers: {
      ...prevContext.headers,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
  };
});

function isUnauthenticated(error: unknown): boolean {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.some((e) => e.extensions?.["code"] === "UNAUTHENTICATED");
  }
  if (ServerError.is(error)) return error.statusCode === 401;
  return false;
}

/** Any UNAUTHENTICATED answer means the token is no good any more: drop it, which shows the sign-in page. */
const errorLink = new ErrorLink(({ error }) => {
  if (isUnauthenticated(error) && getToken()) {
    // Let the current operation settle before the store is cleared by the token listener below.
    setTimeout(clearToken, 0);
  }
});

const wsLink = new GraphQLWsLink(wsClient);

const transportLink = ApolloLink.split(
  (operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION,
  wsLink,
  ApolloLink.from([authLink, httpLink]),
);

/**
 * A connection paged with `first`/`after`, kept apart per `keyArgs`; `after` appends the next page
 * ("Meer laden"), a request without `after` (first load, refetch) replaces what was there.
 */
function connectionField(keyArgs: string[]): FieldPolicy<{ edges: unknown[] }> {
  return {
    keyArgs,
    merge(existing, incoming, { args }) {
      if (!existing || !args?.["after"]) return incoming;
      return { ...incoming, edges: [...existing.edges, ...incoming.edges] };
    },
  };
}

/** Lists without identity of their own are replaced as a whole (no merge, no data-loss warning). */
const replace = { merge: false } as const;

export const client = new ApolloClient({
  // Operations go by their id in the web app's manifest (trusted documents), over HTTP and WebSocket alike.
  link: ApolloLink.from([errorLink, trustedDocumentsLink, transportLink]),
  cache: new InMemoryCache({
    // Which types implement DossierItem: generated from the SDL (`pnpm codegen`), never listed by hand.
    possibleTypes: introspection.possibleTypes,
    typePolicies: {
      Query: {
        fields: {
          cases: connectionField(["filter"]),
          processingLog: connectionField(["caseId", "filter"]),
          processingLogLines: connectionField(["search"]),
          myActions: connectionField(["filter", "orderBy"]),
          breakGlassReviews: replace,
          dossierItemHistory: replace,
        },
      },
      // Team warnings have no id; they are always replaced as a whole with the case.
      Case: {
        fields: {
          teamWarnings: replace,
          selfRelianceProgress: replace,
          evaluationSchedule: replace,
          budget: replace,
          budgetStatus: replace,
          checkIns: replace,
          monitoringReviews: replace,
          persons: replace,
          team: replace,
          viewerCan: replace,
          grants: replace,
          accessFor: replace,
          timeline: connectionField(["filter", "includeRedacted"]),
        },
      },
      // Inherited by every dossier item type (through `possibleTypes`).
      DossierItem: {
        fields: {
          subjects: replace,
          source: replace,
          visibleTo: replace,
          statements: replace,
          viewerCan: replace,
        },
      },
    },
  }),
});

// A different (or no) user: forget everything cached for the previous one and reconnect the socket with
// the new credentials.
let currentToken = getToken();
subscribeToken(() => {
  const next = getToken();
  if (next === currentToken) return;
  currentToken = next;
  wsClient.terminate();
  void client.clearStore().catch(() => undefined);
});
