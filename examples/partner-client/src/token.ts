import { backoffSeconds, isNetworkError, retryAfterSeconds, sleep } from "./retry";

// OAuth2 client credentials (RFC 6749 §4.4) at the hub's token endpoint, `POST <hub>/oauth/token`, with
// client_secret_basic. The access token is kept until shortly before it expires and shared by every caller;
// a 429 (`temporarily_unavailable`) or 5xx is retried after `Retry-After`, a refusal (`invalid_client`,
// `invalid_scope`, …) is thrown as a TokenError at once.

/** An RFC 6749 §5.2 error of the token endpoint, e.g. `invalid_client` (HTTP 401). */
export class TokenError extends Error {
  constructor(
    readonly error: string,
    readonly status: number,
    readonly description: string | undefined,
  ) {
    super(`token endpoint: ${error}${description ? ` (${description})` : ""}, HTTP ${status}`);
    this.name = "TokenError";
  }
}

export interface AccessToken {
  value: string;
  /** When the hub stops accepting it. */
  expiresAt: Date;
  /** The scopes the hub granted (its `scope` answer). */
  scopes: string[];
}

export interface ClientCredentialsOptions {
  /** The hub's base URL, e.g. `https://regiehub.example.nl` (the endpoint is `/oauth/token` under it). */
  hubUrl: string;
  clientId: string;
  clientSecret: string;
  /** Ask for fewer scopes than the client has (space-separated); omitted: all of the client's. */
  scope?: string;
  /** Renew this many seconds before expiry (at most half the lifetime). Default 60. */
  refreshMarginSeconds?: number;
  /** Attempts per token request on network errors, 429 and 5xx. Default 5. */
  maxAttempts?: number;
  /** Longest `Retry-After` worth waiting for; longer: give up. Default 60. */
  maxWaitSeconds?: number;
  /** A shorter wait in tests. */
  sleep?: (seconds: number) => Promise<void>;
  now?: () => Date;
}

export class ClientCredentials {
  private current: AccessToken | undefined;
  private renewAt = 0;
  private pending: Promise<AccessToken> | undefined;
  /** Token requests made (for the summary, and to see the cache work). */
  requests = 0;

  constructor(private readonly options: ClientCredentialsOptions) {}

  /** A valid access token: the cached one, or a new one when it is about to expire (or `fresh` is asked). */
  async get(options: { fresh?: boolean } = {}): Promise<string> {
    return (await this.token(options)).value;
  }

  /** The token with its expiry and scopes. */
  async token(options: { fresh?: boolean } = {}): Promise<AccessToken> {
    const now = this.now().getTime();
    if (!options.fresh && this.current && now < this.renewAt) return this.current;
    // One request at a time: concurrent callers wait for the same answer.
    this.pending ??= this.request().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  /** Forget `token` (the hub refused it: expired, or the client's secret was rotated); the next get() renews. */
  invalidate(token?: string): void {
    if (token === undefined || this.current?.value === token) {
      this.current = undefined;
      this.renewAt = 0;
    }
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  private async request(): Promise<AccessToken> {
    const { hubUrl, clientId, clientSecret, scope } = this.options;
    const maxAttempts = this.options.maxAttempts ?? 5;
    const wait = this.options.sleep ?? sleep;
    const form = new URLSearchParams({ grant_type: "client_credentials" });
    if (scope) form.set("scope", scope);
    // client_secret_basic: id and secret form-urlencoded, then Basic (RFC 6749 §2.3.1).
    const basic = Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(clientSecret)}`);
    for (let attempt = 1; ; attempt++) {
      let response: Response;
      try {
        this.requests += 1;
        response = await fetch(`${hubUrl.replace(/\/+$/, "")}/oauth/token`, {
          method: "POST",
          headers: {
            authorization: `Basic ${basic.toString("base64")}`,
            "content-type": "application/x-www-form-urlencoded",
            accept: "application/json",
          },
          body: form.toString(),
          signal: AbortSignal.timeout(30_000),
        });
      } catch (error) {
        if (!isNetworkError(error) || attempt >= maxAttempts) throw error;
        await wait(backoffSeconds(attempt));
        continue;
      }
      const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
      if (response.ok && typeof body.access_token === "string") {
        const lifetime = Number(body.expires_in);
        if (!Number.isFinite(lifetime) || lifetime <= 0) {
          throw new TokenError("invalid_response", response.status, "expires_in missing");
        }
        const issuedAt = this.now().getTime();
        const margin = Math.min(this.options.refreshMarginSeconds ?? 60, lifetime / 2);
        this.current = {
          value: body.access_token,
          expiresAt: new Date(issuedAt + lifetime * 1000),
          scopes: typeof body.scope === "string" ? body.scope.split(" ").filter(Boolean) : [],
        };
        this.renewAt = issuedAt + (lifetime - margin) * 1000;
        return this.current;
      }
      const error = new TokenError(
        typeof body.error === "string" ? body.error : `http_${response.status}`,
        response.status,
        typeof body.error_description === "string" ? body.error_description : undefined,
      );
      const retryable = response.status === 429 || response.status >= 500;
      if (!retryable || attempt >= maxAttempts) throw error;
      const after = retryAfterSeconds(response.headers.get("retry-after"));
      if (after !== undefined && after > (this.options.maxWaitSeconds ?? 60)) throw error;
      await wait(after ?? backoffSeconds(attempt));
    }
  }
}
