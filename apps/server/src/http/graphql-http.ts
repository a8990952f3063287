import type { Server } from "node:http";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from "graphql";
import { AppError } from "@regiehub/domain";
import { traceFrom } from "../audit/trail";
import type { Authenticator } from "../auth/authenticator";
import type { Config } from "../config";
import { createContext, type Context, type ContextDeps } from "../graphql/context";
import type { FormatError } from "../graphql/errors";
import { limitRules } from "../graphql/limits";
import { asksForSchema, introspectionRefused, withoutSuggestions } from "../graphql/schema-details";
import { createIdempotency } from "../idempotency/http";
import { finishRequest } from "../request";
import { checkHttpRequest, trustedDocumentsPlugin } from "../trusted-documents/requests";
import type { RateLimits } from "./rate-limits";

export const AUDIT_UNAVAILABLE: GraphQLFormattedError = {
  message: "The processing log could not be written; no data is returned",
  extensions: { code: "INTERNAL" },
};

/** What both GraphQL transports are built from: the same schema, configuration, authentication and context. */
export interface GraphQLEndpoint {
  httpServer: Server;
  schema: GraphQLSchema;
  config: Config;
  auth: Authenticator;
  deps: ContextDeps;
  formatError: FormatError;
  rateLimits: RateLimits;
}

/**
 * GraphQL over HTTP (`POST /graphql`, GET for queries) with Apollo Server: authentication per request, the
 * query limits, error mapping, and the request end (`finishRequest`) before the response leaves.
 * `drainWebSocket` is called when Apollo stops, so the socket server drains with it.
 *
 * Safe retries: a mutation request may send `Idempotency-Key: "<1–255 printable ASCII>"` (IETF draft "The
 * Idempotency-Key HTTP Header Field"). A retry with the same key and request gets the first answer again
 * (`Idempotent-Replayed: true`) and changes nothing; the same key with another request is CONFLICT (422). The key
 * is claimed in the request's first commit and kept 24 hours per actor (apps/server/src/idempotency/http.ts).
 * Queries ignore it; WebSocket operations have no headers and are not covered.
 */
export async function createGraphQLHttp(
  options: GraphQLEndpoint & { drainWebSocket: () => Promise<void> },
): Promise<{ apollo: ApolloServer<Context>; middleware: express.RequestHandler[] }> {
  const { config, auth, deps, rateLimits } = options;
  const idempotency = createIdempotency({ db: deps.db, logger: deps.logger });
  const apollo = new ApolloServer<Context>({
    schema: options.schema,
    formatError: options.formatError,
    validationRules: limitRules(config.limits),
    // Parsing stops at the token limit, before validation or any other work on the document.
    parseOptions: { maxTokens: config.limits.maxTokens },
    // Allowed for signed-in actors only, in every environment (the plugin below refuses anonymous callers).
    introspection: true,
    // No automatic persisted queries: any caller could register any text. A request may name its operation by
    // hash (the same protocol), resolved against the caller's trusted documents (trusted-documents/).
    persistedQueries: false,
    includeStacktraceInErrorResponses: false,
    stopOnTerminationSignals: false, // main.ts owns shutdown (Apollo's own handler re-raises the signal)
    plugins: [
      // First: the checked text replaces the request's before any other plugin reads it.
      ...(deps.trustedDocuments ? [trustedDocumentsPlugin()] : []),
      ApolloServerPluginDrainHttpServer({
        httpServer: options.httpServer,
        stopGracePeriodMillis: config.shutdownGraceMs,
      }),
      ApolloServerPluginLandingPageDisabled(),
      // No HTTP caching of personal data (and no @cacheControl in the schema): without this plugin Apollo
      // does not wrap every field's resolver for its per-field hook.
      ApolloServerPluginCacheControlDisabled(),
      idempotency.plugin,
      {
        // Subscriptions run over WebSocket only; the schema is described to signed-in actors only (as there).
        async requestDidStart({ contextValue }) {
          const anonymous = !contextValue.actor;
          return {
            async validationDidStart() {
              return async (errors) => {
                if (anonymous) withoutSuggestions(errors);
              };
            },
            async didResolveOperation({ document, operation }) {
              if (operation?.operation === "subscription") {
                throw new GraphQLError("Subscriptions run over WebSocket (graphql-ws) at /graphql", {
                  extensions: { code: "BAD_USER_INPUT", http: { status: 400 } },
                });
              }
              if (anonymous && asksForSchema(document)) throw introspectionRefused();
            },
          };
        },
      },
      {
        // The processing log: reads are written before the response leaves; if that fails, no data leaves.
        async requestDidStart() {
          let errors: readonly GraphQLError[] = [];
          return {
            async didEncounterErrors(request) {
              errors = request.errors;
            },
            async willSendResponse({ contextValue, response }) {
              const logged = await finishRequest(contextValue, errors);
              if (!logged && response.body.kind === "single") {
                response.body.singleResult = { data: null, errors: [AUDIT_UNAVAILABLE] };
                response.http.status = 500;
              }
              // The answer of an idempotent request is stored with its key (after the log, before it leaves).
              await idempotency.finish(contextValue, response);
            },
          };
        },
      },
      {
        async serverWillStart() {
          return { drainServer: options.drainWebSocket };
        },
      },
    ],
  });
  await apollo.start();
  const middleware = expressMiddleware(apollo, {
    context: async ({ req }) => {
      const trace = traceFrom(req.headers.traceparent as string | undefined);
      try {
        const session = await authenticate(auth, rateLimits, req.headers.authorization, clientIp(req));
        const context = createContext(deps, session?.actor, trace);
        // The operation the request may run (TRUSTED_DOCUMENTS): a refusal is answered here, before parsing.
        if (deps.trustedDocuments) await checkHttpRequest(deps.trustedDocuments, req, context);
        return context;
      } catch (error) {
        throw transportError(error);
      }
    },
  });
  return {
    apollo,
    middleware: [express.json({ limit: config.limits.maxBodyBytes }), middleware],
  };
}

/** The caller's address (Express's `req.ip` honours TRUST_PROXY). */
export function clientIp(req: { ip?: string | undefined; socket: { remoteAddress?: string | undefined } }) {
  return req.ip ?? req.socket.remoteAddress ?? "unknown";
}

/**
 * Authentication with its rate limits, shared by both transports: without a token the IP's anonymous budget is
 * spent; an IP that failed too often is refused before its token is verified; a failed token spends the IP's
 * failed-authentication budget; a signed-in professional spends their own budget (a partner system its client's).
 */
export async function authenticate(
  auth: Authenticator,
  limits: RateLimits,
  authorization: string | undefined,
  ip: string,
) {
  if (!authorization) {
    await limits.anonymous(ip);
    return undefined;
  }
  await limits.checkFailedAuth(ip);
  let session;
  try {
    session = await auth.authenticate(authorization);
  } catch (error) {
    if (error instanceof AppError && error.code === "UNAUTHENTICATED") await limits.failedAuth(ip);
    throw error;
  }
  if (session) await limits.actor(session.actor);
  return session;
}

/** A refusal before the operation runs (authentication, rate limit), with its HTTP status and retry advice. */
function transportError(error: unknown): unknown {
  if (!(error instanceof AppError)) return error;
  const status = { UNAUTHENTICATED: 401, RATE_LIMITED: 429, UNAVAILABLE: 503 }[error.code as string];
  if (!status) return error;
  const retry = error.retryAfterSeconds;
  return new GraphQLError(error.message, {
    extensions: {
      code: error.code,
      ...(retry !== undefined ? { retryAfterSeconds: retry } : {}),
      http: {
        status,
        ...(retry !== undefined ? { headers: new Map([["retry-after", String(retry)]]) } : {}),
      },
    },
  });
}
