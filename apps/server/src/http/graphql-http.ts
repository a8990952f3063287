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
import { finishRequest } from "../request";

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
}

/**
 * GraphQL over HTTP (`POST /graphql`, GET for queries) with Apollo Server: authentication per request, the
 * query limits, error mapping, and the request end (`finishRequest`) before the response leaves.
 * `drainWebSocket` is called when Apollo stops, so the socket server drains with it.
 */
export async function createGraphQLHttp(
  options: GraphQLEndpoint & { drainWebSocket: () => Promise<void> },
): Promise<{ apollo: ApolloServer<Context>; middleware: express.RequestHandler[] }> {
  const { config, auth, deps } = options;
  const apollo = new ApolloServer<Context>({
    schema: options.schema,
    formatError: options.formatError,
    validationRules: limitRules(config.limits),
    includeStacktraceInErrorResponses: false,
    stopOnTerminationSignals: false, // main.ts owns shutdown (Apollo's own handler re-raises the signal)
    plugins: [
      ApolloServerPluginDrainHttpServer({
        httpServer: options.httpServer,
        stopGracePeriodMillis: config.shutdownGraceMs,
      }),
      ApolloServerPluginLandingPageDisabled(),
      // No HTTP caching of personal data (and no @cacheControl in the schema): without this plugin Apollo
      // does not wrap every field's resolver for its per-field hook.
      ApolloServerPluginCacheControlDisabled(),
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
      try {
        const session = await auth.authenticate(req.headers.authorization);
        return createContext(deps, session?.actor, traceFrom(req.headers.traceparent as string | undefined));
      } catch (error) {
        if (error instanceof AppError && error.code === "UNAUTHENTICATED") {
          throw new GraphQLError(error.message, {
            extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
          });
        }
        throw error;
      }
    },
  });
  return { apollo, middleware: [express.json({ limit: "1mb" }), middleware] };
}
