// When and how long to wait before trying again: shared by the token endpoint (token.ts), GraphQL over HTTP
// (graphql.ts) and the WebSocket (live.ts).

/** Seconds to wait from a `Retry-After` header: delay-seconds or an HTTP-date (RFC 9110 §10.2.3). */
export function retryAfterSeconds(header: string | null, now: Date = new Date()): number | undefined {
  if (header === null) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value);
  if (!/^[A-Za-z]{3}, /.test(value)) return undefined; // an IMF-fixdate: "Mon, 07 Dec 2026 12:00:00 GMT"
  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now.getTime()) / 1000));
}

/** Exponential backoff with full jitter: 0.5 s, 1 s, 2 s, … (at most `capSeconds`), randomised down to half. */
export function backoffSeconds(attempt: number, capSeconds = 15): number {
  const ceiling = Math.min(capSeconds, 0.5 * 2 ** Math.max(0, attempt - 1));
  return ceiling / 2 + (Math.random() * ceiling) / 2;
}

export function sleep(seconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, seconds) * 1000));
}

/** A request that never reached the hub or whose answer never came back (DNS, refused, reset, timed out). */
export function isNetworkError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  // fetch (undici) reports every transport failure as a TypeError ("fetch failed") with the cause attached;
  // a timeout from AbortSignal.timeout is a TimeoutError.
  if (error.name === "TimeoutError") return true;
  return error.name === "TypeError" && (error.message === "fetch failed" || error.cause !== undefined);
}
