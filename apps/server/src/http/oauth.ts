import { randomBytes } from "node:crypto";
import express from "express";
import { API_SCOPE_NAMES, AppError, PROCESSING_ACTIVITIES } from "@regiehub/domain";
import { writeLogEntries, type Database, type LogEntryInput } from "@regiehub/db";
import type { DenialWindows } from "../audit/denials";
import type { LogSealing } from "../audit/sealer";
import { traceFrom } from "../audit/trail";
import type { Authenticator } from "../auth/authenticator";
import {
  ASSERTION_ALGORITHMS,
  OAuthError,
  TOKEN_ENDPOINT_AUTH_METHODS,
  checkTokenRequest,
  type ClientSeen,
} from "../auth/client-credentials";
import type { Logger } from "../logger";
import { clientIp } from "./graphql-http";
import type { RateLimits } from "./rate-limits";
import { methodNotAllowed } from "./transport-errors";

// OAuth2 for partner systems (issue 15):
// - `POST /oauth/token`: the client credentials grant (RFC 6749 §4.4), form-encoded, with client_secret_basic,
//   client_secret_post or private_key_jwt (RFC 7523); answers RFC 6749 §5.1 JSON, or §5.2 errors;
// - `GET /oauth/jwks`: the public key(s) the hub signs access tokens with;
// - `GET /.well-known/oauth-authorization-server`: the metadata (RFC 8414).
// Every token issued and every refusal is written to the processing log (actor type PARTNER_SYSTEM, the
// client's id when it is known; refusals merged per client like other refusals), before the answer leaves: a
// token whose issue could not be logged is not given. Limited like a sign-in: every request spends the
// address's anonymous budget, and a failed client authentication its failed-authentication budget.

export interface OAuthDeps {
  db: Database;
  auth: Authenticator;
  rateLimits: RateLimits;
  logger: Logger;
  logSealer: LogSealing;
  denials?: DenialWindows;
  maxBodyBytes: number;
}

const ACTIVITY = "RH-PA-07";

export function serveOAuth(app: express.Express, deps: OAuthDeps): void {
  const { hubTokens } = deps.auth;
  const onlyGet = methodNotAllowed(["GET", "HEAD"]);
  const onlyPost = methodNotAllowed(["POST"]);

  app.all("/.well-known/oauth-authorization-server", (req, res, next) => {
    if (req.method !== "GET" && req.method !== "HEAD") return onlyGet(req, res, next);
    const issuer = hubTokens.issuer();
    res.setHeader("Cache-Control", "public, max-age=300");
    res.json({
      issuer,
      token_endpoint: hubTokens.tokenEndpoint(),
      token_endpoint_auth_methods_supported: TOKEN_ENDPOINT_AUTH_METHODS,
      token_endpoint_auth_signing_alg_values_supported: ASSERTION_ALGORITHMS,
      jwks_uri: `${issuer}/oauth/jwks`,
      grant_types_supported: ["client_credentials"],
      response_types_supported: [],
      scopes_supported: API_SCOPE_NAMES,
      service_documentation: `${issuer}/schema.graphql`,
    });
  });

  app.all("/oauth/jwks", (req, res, next) => {
    if (req.method !== "GET" && req.method !== "HEAD") return onlyGet(req, res, next);
    res.setHeader("Cache-Control", "public, max-age=300");
    res.setHeader("Content-Type", "application/jwk-set+json");
    res.send(JSON.stringify(hubTokens.jwks()));
  });

  const form = express.urlencoded({ extended: false, limit: deps.maxBodyBytes, parameterLimit: 20 });
  const handle: express.RequestHandler = (req, res) => void token(deps, req, res);
  app.post("/oauth/token", form, handle, formError);
  app.all("/oauth/token", onlyPost);
}

/** An unreadable form (too large, badly encoded) is the request's fault: RFC 6749 JSON, not Express's page. */
const formError: express.ErrorRequestHandler = (error: unknown, _req, res, next) => {
  if (res.headersSent) return next(error);
  const e = (error ?? {}) as { type?: string; status?: number };
  const status =
    e.type === "entity.too.large" ? 413 : typeof e.status === "number" && e.status < 500 ? 400 : 500;
  if (status === 500) return next(error);
  noStore(res);
  res.status(status).json({ error: "invalid_request", error_description: "The form could not be read" });
};

function noStore(res: express.Response): void {
  res.setHeader("Cache-Control", "no-store");
  res.setHeader("Pragma", "no-cache");
}

async function token(deps: OAuthDeps, req: express.Request, res: express.Response): Promise<void> {
  const startedAt = new Date();
  const ip = clientIp(req);
  const trace = traceFrom(req.get("traceparent"));
  const seen: ClientSeen = { clientId: null, organisationId: null, method: null };
  const entry = (outcome: "SUCCESS" | "DENIED", detail: string): LogEntryInput => ({
    caseId: null,
    startedAt,
    endedAt: new Date(),
    actorType: "PARTNER_SYSTEM",
    actorId: seen.clientId,
    organisationId: seen.organisationId,
    role: null,
    subjectPseudonyms: [],
    itemIds: [],
    fields: ["AccessToken"],
    operation: outcome === "SUCCESS" ? "CREATE" : "DENIED",
    purpose: PROCESSING_ACTIVITIES[ACTIVITY],
    legalBasis: null,
    processingActivityId: ACTIVITY,
    traceId: trace.traceId,
    operationId: randomBytes(8).toString("hex"),
    callerTraceId: trace.callerTraceparent,
    outcome,
    breakGlass: false,
    detail,
  });
  noStore(res);
  try {
    await deps.rateLimits.anonymous(ip);
    await deps.rateLimits.checkFailedAuth(ip);
  } catch (error) {
    if (error instanceof AppError && error.code === "RATE_LIMITED") {
      await log(deps, [entry("DENIED", `rate limited: ${error.message}`)], true);
      res.setHeader("Retry-After", String(error.retryAfterSeconds ?? 60));
      res.status(429).json({ error: "temporarily_unavailable", error_description: error.message });
      return;
    }
    throw error;
  }
  if (!req.is("application/x-www-form-urlencoded") || typeof req.body !== "object" || req.body === null) {
    await refuse(
      deps,
      res,
      entry,
      new OAuthError("invalid_request", "Send the parameters as application/x-www-form-urlencoded"),
    );
    return;
  }
  try {
    const grant = await checkTokenRequest(
      { db: deps.db, hubTokens: deps.auth.hubTokens },
      {
        form: req.body as Record<string, unknown>,
        authorization: req.get("authorization"),
        ip,
        now: startedAt,
      },
      seen,
    );
    const issued = await deps.auth.hubTokens.sign(grant.clientId, grant.scopes);
    const scope = issued.scopes.join(" ");
    const logged = await log(
      deps,
      [
        entry(
          "SUCCESS",
          `access token issued (${grant.method}; scope: ${scope || "none"}; jti ${issued.jti}; expires in ${issued.expiresIn} s)`,
        ),
      ],
      false,
    );
    if (!logged) {
      res.status(500).json({
        error: "server_error",
        error_description: "The processing log could not be written; no token was issued",
      });
      return;
    }
    res
      .status(200)
      .json({ access_token: issued.token, token_type: "Bearer", expires_in: issued.expiresIn, scope });
  } catch (error) {
    if (!(error instanceof OAuthError)) {
      deps.logger.error({ err: error }, "token request failed");
      await refuse(
        deps,
        res,
        entry,
        new OAuthError("server_error", "The token could not be issued", "internal error"),
      );
      return;
    }
    await refuse(deps, res, entry, error);
  }
}

const STATUS: Record<OAuthError["code"], number> = {
  invalid_request: 400,
  invalid_client: 401,
  unsupported_grant_type: 400,
  invalid_scope: 400,
  server_error: 500,
};

async function refuse(
  deps: OAuthDeps,
  res: express.Response,
  entry: (outcome: "DENIED", detail: string) => LogEntryInput,
  error: OAuthError,
): Promise<void> {
  if (error.code === "invalid_client") await deps.rateLimits.failedAuth(clientIpOf(res));
  await log(deps, [entry("DENIED", `${error.code}: ${error.detail}`)], true);
  if (error.code === "invalid_client") {
    res.setHeader("WWW-Authenticate", `Basic realm="regiehub", error="invalid_client"`);
  }
  res.status(STATUS[error.code]).json({ error: error.code, error_description: error.description });
}

function clientIpOf(res: express.Response): string {
  return clientIp(res.req);
}

/**
 * Writes the entries (unsealed) and wakes the sealer. Refusals go through the refusal windows (the first of a
 * client in a window is written, the rest merged into a summary). Returns false when the log could not be written.
 */
async function log(deps: OAuthDeps, entries: LogEntryInput[], refusal: boolean): Promise<boolean> {
  const due = deps.denials?.takeClosed() ?? [];
  const admitted = refusal && deps.denials ? entries.filter((e) => deps.denials!.admit(e)) : entries;
  try {
    await writeLogEntries(deps.db, [...admitted, ...due]);
    deps.logSealer.wake();
    return true;
  } catch (err) {
    deps.logger.error({ err }, "token endpoint: the processing log could not be written");
    return false;
  }
}
