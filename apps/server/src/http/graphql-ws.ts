import { GraphQLError, parse, validate, type DocumentNode, type GraphQLFormattedError } from "graphql";
import { WebSocketServer } from "ws";
import { AppError } from "@regiehub/domain";
import { traceFrom } from "../audit/trail";
import type { AuthenticatedSession, Authenticator } from "../auth/authenticator";
import { createContext, type Context } from "../graphql/context";
import { allValidationRules } from "../graphql/limits";
import { asksForSchema, introspectionRefused, withoutSuggestions } from "../graphql/schema-details";
import { attachGraphQLWs, type SocketExtra } from "../live/socket";
import { LiveCloseCode, SharedPayload, type LiveConnection } from "../live/subscriber";
import { finishRequest } from "../request";
import { checkSocketOperation } from "../trusted-documents/requests";
import { AUDIT_UNAVAILABLE, authenticate, type GraphQLEndpoint } from "./graphql-http";

/** WebSocket close code 1013 (RFC 6455 registry): the server cannot serve the socket now; reconnect later. */
const TRY_AGAIN_LATER = 1013;

/**
 * GraphQL over WebSocket (graphql-ws) on `/graphql`: the same schema, authentication, validation rules, limits,
 * error mapping and request end (`finishRequest`) as HTTP. Returns the dispose function for shutdown.
 */
export function attachGraphQLWebSocket(options: GraphQLEndpoint): { dispose(): Promise<void> } {
  const { schema, config, auth, deps, formatError, rateLimits } = options;
  const wsServer = new WebSocketServer({
    server: options.httpServer,
    path: "/graphql",
    maxPayload: config.limits.maxBodyBytes,
  });
  const rules = allValidationRules(config.limits);
  return attachGraphQLWs<Record<string, unknown>>(
    {
      schema,
      onConnect: async (ctx) => {
        const authorization = ctx.connectionParams?.["authorization"];
        const socket = ctx.extra.socket;
        try {
          const session = await authenticate(
            auth,
            rateLimits,
            typeof authorization === "string" && authorization ? authorization : undefined,
            socketIp(ctx.extra.request),
          );
          if (session) ctx.extra.connection = watchSession(session, socket, auth, config.live.authRecheckMs);
          return true;
        } catch (error) {
          if (error instanceof AppError && error.code === "UNAUTHENTICATED") {
            socket.close(LiveCloseCode.Unauthorized, error.message);
            return false;
          }
          if (error instanceof AppError && error.code === "RATE_LIMITED") {
            socket.close(LiveCloseCode.TooManyRequests, error.message);
            return false;
          }
          // The issuer's keys could not be fetched: the hub's problem, not the token's. 1013 (Try Again
          // Later) is a close graphql-ws clients retry.
          if (error instanceof AppError && error.code === "UNAVAILABLE") {
            socket.close(TRY_AGAIN_LATER, "Sign-in temporarily unavailable");
            return false;
          }
          throw error;
        }
      },
      // Each operation: its rate limit, then the trusted-documents check, then the document parsed up to the
      // token limit and validated with the same rules as over HTTP; the schema is described to signed-in actors only.
      onSubscribe: async (ctx, _id, payload) => {
        const actor = ctx.extra.connection?.session.actor;
        try {
          if (actor) await rateLimits.actor(actor);
          else await rateLimits.anonymous(socketIp(ctx.extra.request));
        } catch (error) {
          if (error instanceof AppError) {
            const extensions = { code: error.code, retryAfterSeconds: error.retryAfterSeconds };
            return [new GraphQLError(error.message, { extensions })];
          }
          throw error;
        }
        // The operation it may run (TRUSTED_DOCUMENTS): a hash alone (`query` "") names a trusted document.
        let query = payload.query;
        if (deps.trustedDocuments) {
          const checked = await checkSocketOperation(deps.trustedDocuments, deps, actor, payload);
          if ("errors" in checked) return checked.errors;
          query = checked.query;
        }
        let document: DocumentNode;
        try {
          document = parse(query, { maxTokens: config.limits.maxTokens });
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError("The query could not be parsed")];
        }
        const errors = validate(schema, document, rules);
        if (!actor) withoutSuggestions(errors);
        if (errors.length > 0) return errors;
        if (!actor && asksForSchema(document)) return [introspectionRefused()];
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
        };
      },
      // Authentication is re-checked for every operation on a long-lived socket, and while subscriptions run
      // (watchSession): an expired token closes it with 4401, a removed professional with 4403.
      context: async (ctx): Promise<Context> => {
        const connection = ctx.extra.connection;
        if (connection) await recheck(connection, auth);
        const context = createContext(deps, connection?.session.actor, traceFrom(null));
        return connection ? { ...context, connection } : context;
      },
      onNext: async (_ctx, _id, _payload, args, result) => {
        // Live events were logged and formatted by the dispatcher, once per group.
        if (result.data instanceof SharedPayload) return undefined;
        const logged = await finishRequest(args.contextValue as Context, result.errors ?? []);
        if (!logged) return { data: null, errors: [AUDIT_UNAVAILABLE] };
        return result.errors
          ? { ...result, errors: result.errors.map((e) => formatError(e.toJSON(), e)) }
          : undefined;
      },
      onError: (_ctx, _id, _payload, errors): GraphQLFormattedError[] =>
        errors.map((e) => formatError(e.toJSON(), e)),
    },
    wsServer,
  );
}

/**
 * The live connection of an authenticated socket. The session is re-checked every `recheckMs` and the
 * socket closed when the token expires (4401: reconnect with a fresh token) or the professional is gone
 * (4403) — or, for a partner system, its API client was revoked (4403, at once) — so a long-lived
 * subscription never outlives its credentials.
 */
function watchSession(
  session: AuthenticatedSession,
  socket: SocketExtra["socket"],
  auth: Authenticator,
  recheckMs: number,
): LiveConnection {
  const connection: LiveConnection = {
    session,
    subscriptions: 0,
    bufferedAmount: () => socket.bufferedAmount,
    close: (code, reason) => {
      if (socket.readyState === socket.OPEN || socket.readyState === socket.CONNECTING)
        socket.close(code, reason);
    },
  };
  const timers: NodeJS.Timeout[] = [];
  if (session.expiresAt !== undefined) {
    const ms = Math.min(session.expiresAt * 1000 - Date.now(), 2 ** 31 - 1);
    timers.push(
      setTimeout(() => connection.close(LiveCloseCode.Unauthorized, "Token expired"), Math.max(ms, 0)),
    );
  }
  timers.push(setInterval(() => void recheck(connection, auth).catch(() => undefined), recheckMs));
  // A partner system's socket closes (4403) as soon as its API client is revoked, here or on another instance.
  const system = session.actor.system;
  const unwatch = system
    ? auth.clientSockets.watch(system.clientId, () =>
        connection.close(LiveCloseCode.Forbidden, "The API client was revoked"),
      )
    : undefined;
  socket.once("close", () => {
    timers.forEach((t) => clearTimeout(t));
    unwatch?.();
  });
  return connection;
}

/** Refreshes a connection's session; closes the socket (and throws) when it is no longer valid. */
async function recheck(connection: LiveConnection, auth: Authenticator): Promise<void> {
  const expired =
    connection.session.expiresAt !== undefined && connection.session.expiresAt * 1000 <= Date.now();
  try {
    connection.session = await auth.refresh(connection.session);
  } catch (error) {
    if (error instanceof AppError && error.code === "UNAUTHENTICATED") {
      connection.close(expired ? LiveCloseCode.Unauthorized : LiveCloseCode.Forbidden, error.message);
    }
    throw error;
  }
}

function socketIp(request: { socket: { remoteAddress?: string | undefined } }): string {
  return request.socket.remoteAddress ?? "unknown";
}
