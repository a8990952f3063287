import { useSyncExternalStore } from "react";

/** sessionStorage key for the bearer token (per browser tab, gone when the tab closes). */
export const TOKEN_KEY = "regiehub.token";
const EXPIRES_KEY = "regiehub.tokenExpiresAt";

type Listener = () => void;
const listeners = new Set<Listener>();

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

function notify(): void {
  for (const listener of listeners) listener();
}

/** The stored token, or null when signed out or when the stored token has expired. */
export function getToken(): string | null {
  const store = storage();
  const token = store?.getItem(TOKEN_KEY) ?? null;
  if (!token) return null;
  const expiresAt = store?.getItem(EXPIRES_KEY);
  if (expiresAt) {
    const expiry = Date.parse(expiresAt);
    if (!Number.isNaN(expiry) && expiry <= Date.now()) return null;
  }
  return token;
}

export function setToken(token: string, expiresAt?: string | null): void {
  const store = storage();
  store?.setItem(TOKEN_KEY, token);
  if (expiresAt) store?.setItem(EXPIRES_KEY, expiresAt);
  else store?.removeItem(EXPIRES_KEY);
  notify();
}

export function clearToken(): void {
  const store = storage();
  const had = store?.getItem(TOKEN_KEY) !== null;
  store?.removeItem(TOKEN_KEY);
  store?.removeItem(EXPIRES_KEY);
  if (had) notify();
}

export function subscribeToken(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** React hook: the current token; re-renders on sign-in and sign-out. */
export function useToken(): string | null {
  return useSyncExternalStore(subscribeToken, getToken, () => null);
}

/**
 * OIDC hand-off: accept a token passed in the URL fragment (`#token=…`), store it and remove it from the
 * address bar so it does not end up in the history or in bookmarks. Returns whether a token was found.
 */
export function consumeTokenFromFragment(): boolean {
  const hash = window.location.hash;
  if (!hash || hash.length < 2) return false;
  const params = new URLSearchParams(hash.slice(1));
  const token = params.get("token");
  if (!token) return false;
  setToken(token, params.get("expires_at") ?? params.get("expiresAt"));
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, "", pathname + search);
  return true;
}
