import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { AppError, type Actor } from "@regiehub/domain";
import type { Config } from "../config";

// Rate limits (rate-limiter-flexible, in the hub's memory), the same for HTTP and WebSocket:
// - per client IP, requests without a token (sign-in, public fields, anonymous sockets): the strictest;
// - per client IP, failed authentications (a bad, expired or foreign token): once spent, further tokens from
//   that IP are not even verified until the window ends;
// - per professional, operations (HTTP requests and WebSocket operations together);
// - per partner system (API client), the same, keyed by the client (RATE_LIMIT_CLIENT_PER_SECOND), and a quota
//   of operations per day (RATE_LIMIT_CLIENT_PER_DAY, a rolling 24 h from the client's first operation); the
//   token endpoint is limited like a sign-in (per IP, and per IP after failed client authentications).
// A limited request gets RATE_LIMITED with `retryAfterSeconds` (and `Retry-After` over HTTP); nothing runs.
// Several hub instances each count on their own: the limits are per instance.

export interface RateLimits {
  /** A request or socket without a token. Throws RATE_LIMITED when the IP's budget is spent. */
  anonymous(ip: string): Promise<void>;
  /** Before verifying a token: throws RATE_LIMITED when the IP has failed too often. */
  checkFailedAuth(ip: string): Promise<void>;
  /** After a token failed to verify. */
  failedAuth(ip: string): Promise<void>;
  /** An operation of a signed-in professional, or of a partner system (keyed by its API client). */
  actor(actor: Actor): Promise<void>;
}

export function createRateLimits(limits: Config["rateLimits"]): RateLimits {
  const limiter = (points: number, duration: number) =>
    points > 0 ? new RateLimiterMemory({ points, duration }) : undefined;
  const anonymous = limiter(limits.anonymousPerMinute, 60);
  const failed = limiter(limits.failedAuthPerMinute, 60);
  const actor = limiter(limits.actorPerSecond, 1);
  const client = limiter(limits.clientPerSecond, 1);
  const clientDay = limiter(limits.clientPerDay, 24 * 60 * 60);
  return {
    anonymous: (ip) => consume(anonymous, ip, "Too many requests without sign-in from this address"),
    async checkFailedAuth(ip) {
      if (!failed) return;
      const spent = await failed.get(ip);
      if (spent && spent.remainingPoints <= 0)
        throw limited("Too many failed sign-ins from this address", spent);
    },
    failedAuth: (ip) =>
      consume(failed, ip, "Too many failed sign-ins from this address").catch(() => undefined),
    async actor(who) {
      if (!who.system) return consume(actor, who.professionalId, "Too many requests for this account");
      await consume(client, who.system.clientId, "Too many requests for this API client");
      await consume(clientDay, who.system.clientId, "This API client's daily quota is spent");
    },
  };
}

async function consume(limiter: RateLimiterMemory | undefined, key: string, message: string): Promise<void> {
  if (!limiter) return;
  try {
    await limiter.consume(key);
  } catch (result) {
    if (result instanceof RateLimiterRes) throw limited(message, result);
    throw result;
  }
}

function limited(message: string, result: RateLimiterRes): AppError {
  return AppError.retryable("RATE_LIMITED", message, result.msBeforeNext / 1000);
}
