import { useSyncExternalStore } from "react";

// The state of the live connection (the graphql-ws socket) for the header's indicator: a tiny store fed by
// the client's `on` events (see apollo.ts) and by the live subscriptions that pages hold (useLiveEvents).

/** What the socket is doing. */
export type SocketState =
  /** No socket (none wanted yet, or closed normally because no page needs live updates). */
  | "idle"
  /** Opening the first socket. */
  | "connecting"
  /** Acknowledged by the server: events flow. */
  | "connected"
  /** Lost; graphql-ws is waiting to reconnect or reconnecting. */
  | "reconnecting"
  /** The server refused the professional (4403): no more attempts. */
  | "stopped";

export interface LiveConnectionState {
  socket: SocketState;
  /** How many live subscriptions the mounted pages want. */
  subscriptions: number;
}

/** What the indicator shows: nothing when the page has no live updates. */
export type LiveIndicator = "live" | "connecting" | "reconnecting" | "stopped" | null;

/** The text of the indicator, in Dutch (the state is never told by colour only). */
export const LIVE_INDICATOR_TEXT: Record<Exclude<LiveIndicator, null>, string> = {
  live: "Live",
  connecting: "Verbinden…",
  reconnecting: "Opnieuw verbinden…",
  stopped: "Geen live-updates",
};

/** Close codes (see packages/schema/live.graphql). */
export const LIVE_CLOSE = {
  /** The token expired or does not verify: sign in again. */
  unauthorized: 4401,
  /** The professional is no longer known: stop. */
  forbidden: 4403,
  /** Too slow to read: reconnect and resume. */
  slowConsumer: 4413,
} as const;

/** The state after the socket closed with `code`. */
export function afterClose(state: LiveConnectionState, code: number | undefined): LiveConnectionState {
  if (code === LIVE_CLOSE.forbidden) return { ...state, socket: "stopped" };
  // A normal closure (graphql-ws closes an unused socket with 1000) or a rejected token (the app shows the
  // sign-in page and opens a new socket after sign-in): nothing is lost, nothing to wait for.
  if (code === 1000 || code === LIVE_CLOSE.unauthorized) return { ...state, socket: "idle" };
  // Anything else (network gone, 4413 slow consumer, 4499 terminated, server restart): graphql-ws retries
  // while subscriptions remain.
  return { ...state, socket: "reconnecting" };
}

/** What the indicator shows for a state. */
export function indicatorFor(state: LiveConnectionState): LiveIndicator {
  if (state.socket === "stopped") return state.subscriptions > 0 ? "stopped" : null;
  // While the socket is still open (a page with live updates was just left and the next one is about to
  // subscribe), keep showing "Live" rather than flicker.
  if (state.socket === "connected") return "live";
  if (state.subscriptions === 0) return null;
  if (state.socket === "reconnecting") return "reconnecting";
  return "connecting";
}

type Listener = () => void;

let state: LiveConnectionState = { socket: "idle", subscriptions: 0 };
const listeners = new Set<Listener>();

function set(next: LiveConnectionState): void {
  if (next.socket === state.socket && next.subscriptions === state.subscriptions) return;
  state = next;
  for (const listener of listeners) listener();
}

export function getLiveConnection(): LiveConnectionState {
  return state;
}

export function subscribeLiveConnection(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** The graphql-ws client's events, as given to `createClient({ on })`. */
export const liveConnectionEvents = {
  connecting(retrying: boolean): void {
    set({ ...state, socket: retrying || state.socket === "reconnecting" ? "reconnecting" : "connecting" });
  },
  connected(): void {
    set({ ...state, socket: "connected" });
  },
  closed(code: number | undefined): void {
    set(afterClose(state, code));
  },
};

/** A page starts wanting live updates; call the returned function when it no longer does. */
export function holdLiveSubscription(): () => void {
  set({ ...state, subscriptions: state.subscriptions + 1 });
  let released = false;
  return () => {
    if (released) return;
    released = true;
    set({ ...state, subscriptions: Math.max(0, state.subscriptions - 1) });
  };
}

/** React hook: what the header's indicator shows. */
export function useLiveIndicator(): LiveIndicator {
  const current = useSyncExternalStore(subscribeLiveConnection, getLiveConnection, getLiveConnection);
  return indicatorFor(current);
}
