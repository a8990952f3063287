import { randomUUID } from "node:crypto";
import { backoffSeconds, isNetworkError, retryAfterSeconds, sleep } from "./retry";

// GraphQL over HTTP against the hub (`POST <hub>/graphql`, `Authorization: Bearer <token>`).
// - Errors are typed by `extensions.code`, the hub's closed list (ERROR_CODES below): an answer without data,
//   or with an error on a root field (`case(id:)` of a case out of reach: null and NOT_FOUND), is thrown as a
//   HubError; errors deeper in the answer (a field outside consent: CONSENT_REQUIRED) come back with the data.
// - Network errors, 429 (RATE_LIMITED), 503 (UNAVAILABLE) and other 5xx are retried, after `Retry-After` when
//   the hub sends it, else with jittered backoff. A 401 renews the token once and tries again.
// - Every mutation carries an `Idempotency-Key`, and a retry sends the same key with the same body: whether the
//   first attempt committed or not, the mutation happens once. The hub answers a repeat with the stored answer
//   and `Idempotent-Replayed: true`; while the first attempt still runs, 409 CONFLICT with `Retry-After`.

/** The hub's error codes (`extensions.code`); see docs/partners.md for what each means. */
export const ERROR_CODES = [
  "UNAUTHENTICATED",
  "NOT_FOUND",
  "FORBIDDEN",
  "BAD_USER_INPUT",
  "CONFLICT",
  "CONSENT_REQUIRED",
  "RATE_LIMITED",
  "UNAVAILABLE",
  "OPERATION_NOT_TRUSTED",
  "PERSISTED_QUERY_NOT_FOUND",
  "INTERNAL",
] as const;
/** A known code, or (from a newer hub) one this client does not know yet: kept as sent, never guessed. */
export type ErrorCode = (typeof ERROR_CODES)[number] | (string & {});

export interface GraphQLErrorBody {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

/** The operation failed as a whole. `code` is the first error's code (INTERNAL when the answer had none). */
export class HubError extends Error {
  readonly code: ErrorCode;
  constructor(
    readonly status: number,
    readonly errors: GraphQLErrorBody[],
  ) {
    const first = errors[0];
    super(`${first?.extensions?.code ?? "INTERNAL"}: ${first?.message ?? `HTTP ${status}`}`);
    this.name = "HubError";
    this.code = codeOf(first);
  }

  /** `extensions` of the first error, e.g. `field` for BAD_USER_INPUT or `idempotency` for CONFLICT. */
  get extensions(): Record<string, unknown> {
    return this.errors[0]?.extensions ?? {};
  }
}

export function codeOf(error: GraphQLErrorBody | undefined): ErrorCode {
  const code = error?.extensions?.code;
  return typeof code === "string" && code !== "" ? code : "INTERNAL";
}

export interface Result<T> {
  data: T;
  /** Errors beside data, e.g. CONSENT_REQUIRED on fields the organisation may not see. */
  errors: GraphQLErrorBody[];
  /** The hub answered from an earlier request with the same Idempotency-Key (`Idempotent-Replayed: true`). */
  replayed: boolean;
  /** HTTP attempts it took. */
  attempts: number;
  status: number;
}

export interface TokenProvider {
  get(): Promise<string>;
  /** The hub refused this token (401): forget it so that get() renews. */
  invalidate(token: string): void;
}

export interface HubClientOptions {
  /** The hub's base URL (the endpoint is `/graphql` under it). */
  hubUrl: string;
  tokens: TokenProvider;
  /** HTTP attempts per operation. Default 5. */
  maxAttempts?: number;
  /** Longest `Retry-After` worth waiting for; longer: give up with the error. Default 30. */
  maxWaitSeconds?: number;
  /** Per attempt. Default 30 s. */
  timeoutMs?: number;
  /** Told of every retry (what happened, how long it waits). */
  onRetry?: (info: { attempt: number; reason: string; waitSeconds: number }) => void;
  sleep?: (seconds: number) => Promise<void>;
}

export class HubClient {
  constructor(private readonly options: HubClientOptions) {}

  /** A query (never retried into a change: queries change nothing). */
  query<T>(query: string, variables: Record<string, unknown> = {}): Promise<Result<T>> {
    return this.send<T>({ query, variables }, undefined);
  }

  /**
   * A mutation with an Idempotency-Key: the given one (send the same key again to repeat a request safely,
   * e.g. after a crash), or a new UUID for this call's retries.
   */
  mutate<T>(
    query: string,
    variables: Record<string, unknown> = {},
    options: { idempotencyKey?: string } = {},
  ): Promise<Result<T>> {
    return this.send<T>({ query, variables }, options.idempotencyKey ?? randomUUID());
  }

  private async send<T>(
    request: { query: string; variables: Record<string, unknown> },
    idempotencyKey: string | undefined,
  ): Promise<Result<T>> {
    const { tokens, onRetry } = this.options;
    const maxAttempts = this.options.maxAttempts ?? 5;
    const maxWait = this.options.maxWaitSeconds ?? 30;
    const wait = this.options.sleep ?? sleep;
    // The same bytes on every attempt: the key's fingerprint is the query, variables and operation name.
    const body = JSON.stringify(request);
    let renewed = false;
    for (let attempt = 1; ; attempt++) {
      const retry = async (reason: string, waitSeconds: number) => {
        onRetry?.({ attempt, reason, waitSeconds });
        await wait(waitSeconds);
      };
      const token = await tokens.get();
      let response: Response;
      try {
        response = await fetch(`${this.options.hubUrl.replace(/\/+$/, "")}/graphql`, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            accept: "application/graphql-response+json, application/json",
            ...(token ? { authorization: `Bearer ${token}` } : {}),
            // A Structured Field string, as the IETF draft writes it.
            ...(idempotencyKey ? { "idempotency-key": `"${idempotencyKey}"` } : {}),
          },
          body,
          signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000),
        });
      } catch (error) {
        // Sent or not, committed or not: with the same key a retry is safe (queries are safe anyway).
        if (!isNetworkError(error) || attempt >= maxAttempts) throw error;
        await retry(`network error: ${describe(error)}`, backoffSeconds(attempt));
        continue;
      }
      const parsed = (await response.json().catch(() => undefined)) as
        { data?: T | null; errors?: GraphQLErrorBody[] } | undefined;
      const errors = parsed?.errors ?? [];
      // Errors of the operation or a root field first: the first one names what failed.
      const top = errors.filter((e) => !e.path || e.path.length <= 1);
      const ordered = [...top, ...errors.filter((e) => !top.includes(e))];
      const failure = new HubError(response.status, ordered.length ? ordered : [noBody(response.status)]);
      const after = retryAfterSeconds(response.headers.get("retry-after"));

      if (response.status === 401 && !renewed) {
        // The token expired on the way or was revoked with a rotated secret: renew once.
        renewed = true;
        tokens.invalidate(token);
        await retry("401: token renewed", 0);
        continue;
      }
      const inProgress = failure.code === "CONFLICT" && failure.extensions.idempotency === "IN_PROGRESS";
      const retryable = response.status === 429 || response.status >= 500 || inProgress;
      if (retryable && attempt < maxAttempts && (after === undefined || after <= maxWait)) {
        await retry(`HTTP ${response.status} ${failure.code}`, after ?? backoffSeconds(attempt));
        continue;
      }
      // Failed as a whole: no data, or an error on a root field (its value is null then). Errors deeper in
      // the answer (a field outside consent: CONSENT_REQUIRED) come back with the data.
      if (!parsed?.data || top.length > 0) throw failure;
      return {
        data: parsed.data,
        errors,
        replayed: response.headers.get("idempotent-replayed") === "true",
        attempts: attempt,
        status: response.status,
      };
    }
  }
}

function noBody(status: number): GraphQLErrorBody {
  return { message: `HTTP ${status} without a GraphQL answer`, extensions: { code: "INTERNAL" } };
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error.cause as { code?: string } | undefined)?.code;
  return cause ? `${error.message} (${cause})` : error.message;
}
