import { existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import { GraphQLError, validate, type GraphQLFormattedError } from "graphql";
import { CloseCode } from "graphql-ws";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer } from "ws";
import { AppError } from "@regiehub/domain";
import { createDatabase, seedDemoRegion, type DatabaseHandle } from "@regiehub/db";
import { createPseudonymizer } from "./audit/pseudonym";
import { closeAudit } from "./audit/close";
import { traceFrom } from "./audit/trail";
import { createAuthenticator, type AuthenticatedSession } from "./auth/authenticator";
import type { Config } from "./config";
import { createContext, type Context, type ContextDeps } from "./graphql/context";
import { createFormatError } from "./graphql/errors";
import { allValidationRules, limitRules } from "./graphql/limits";
import { buildSchema } from "./graphql/schema";
import { createLogger, type Logger } from "./logger";

const AUDIT_UNAVAILABLE: GraphQLFormattedError = {
  message: "The processing log could not be written; no data is returned",
  extensions: { code: "INTERNAL" },
};

export interface Hub {
  url: string;
  port: number;
  database: DatabaseHandle;
  logger: Logger;
  /** Graceful stop: no new connections, in-flight requests finish, sockets close, database closes. */
  stop(): Promise<void>;
}

export interface StartOptions {
  logger?: Logger;
  /** Observes every SQL statement (tests). */
  onQuery?: (sql: string, params: unknown[]) => void;
}

/** Starts the hub: database and migrations, demo seed, GraphQL over HTTP and WebSocket, the web app. */
export async function startHub(config: Config, options: StartOptions = {}): Promise<Hub> {
  const logger = options.logger ?? createLogger(config);
  const database = createDatabase({
    databaseUrl: config.database.url,
    dataDir: config.database.dataDir,
    poolSize: config.database.poolSize,
    onQuery: options.onQuery,
  });
  let ready = false;

  const app = express();
  app.disable("x-powered-by");
  const httpServer = createServer(app);

  app.get("/healthz", (_req, res) => {
    res.status(ready ? 200 : 503).json({ status: ready ? "ok" : "starting", database: database.kind });
  });
  app.use((_req, res, next) => {
    if (ready) next();
    else res.status(503).json({ status: "starting" });
  });

  try {
    if (config.migrateOnStart) {
      await database.migrate();
    } else {
      const pendingCount = await database.pendingMigrations();
      if (pendingCount > 0) {
        throw new Error(
          `${pendingCount} database migration(s) not applied and MIGRATE_ON_START=false: run \`pnpm db:migrate\` as the schema owner first`,
        );
      }
    }
    if (config.seedDemo) {
      const { created } = await seedDemoRegion(database.db);
      if (created) logger.info("demo region seeded");
    }
  } catch (error) {
    await database.close();
    throw error;
  }

  const auth = await createAuthenticator(config, database.db);
  const deps: ContextDeps = {
    db: database.db,
    auth,
    config,
    logger,
    pseudonymize: createPseudonymizer(config),
  };
  const schema = buildSchema();
  const formatError = createFormatError(logger);

  // WebSocket: the same schema, authentication, validation rules, limits and error mapping as HTTP.
  const wsServer = new WebSocketServer({ server: httpServer, path: "/graphql", maxPayload: 1024 * 1024 });
  const wsCleanup = useServer<Record<string, unknown>, { session?: AuthenticatedSession }>(
    {
      schema,
      validate: (s, document) => validate(s, document, allValidationRules(config.limits)),
      onConnect: async (ctx) => {
        const authorization = ctx.connectionParams?.["authorization"];
        try {
          ctx.extra.session = await auth.authenticate(
            typeof authorization === "string" ? authorization : undefined,
          );
          return true;
        } catch (error) {
          if (error instanceof AppError && error.code === "UNAUTHENTICATED") {
            ctx.extra.socket.close(CloseCode.Unauthorized, error.message);
            return false;
          }
          throw error;
        }
      },
      // Authentication is re-checked for every operation on a long-lived socket: an expired token or a
      // removed professional closes it with 4401 (the client reconnects with a fresh token).
      context: async (ctx): Promise<Context> => {
        if (ctx.extra.session) {
          try {
            ctx.extra.session = await auth.refresh(ctx.extra.session);
          } catch (error) {
            if (error instanceof AppError && error.code === "UNAUTHENTICATED") {
              ctx.extra.socket.close(CloseCode.Unauthorized, error.message);
            }
            throw error;
          }
        }
        return createContext(deps, ctx.extra.session?.actor, traceFrom(null));
      },
      onNext: async (_ctx, _id, _payload, args, result) => {
        const closed = await closeAudit(args.contextValue as Context, result.errors ?? []);
        if (!closed) return { data: null, errors: [AUDIT_UNAVAILABLE] };
        return result.errors
          ? { ...result, errors: result.errors.map((e) => formatError(e.toJSON(), e)) }
          : undefined;
      },
      onError: (_ctx, _id, _payload, errors): GraphQLFormattedError[] =>
        errors.map((e) => formatError(e.toJSON(), e)),
    },
    wsServer,
  );

  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    validationRules: limitRules(config.limits),
    includeStacktraceInErrorResponses: false,
    stopOnTerminationSignals: false, // main.ts owns shutdown (Apollo's own handler re-raises the signal)
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.shutdownGraceMs }),
      ApolloServerPluginLandingPageDisabled(),
      {
        // The processing log: reads are written before the response leaves; if that fails, no data leaves.
        async requestDidStart() {
          let errors: readonly GraphQLError[] = [];
          return {
            async didEncounterErrors(request) {
              errors = request.errors;
            },
            async willSendResponse({ contextValue, response }) {
              if (response.body.kind !== "single") return;
              if (!(await closeAudit(contextValue, errors))) {
                response.body.singleResult = { data: null, errors: [AUDIT_UNAVAILABLE] };
                response.http.status = 500;
              }
            },
          };
        },
      },
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await wsCleanup.dispose();
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  app.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        try {
          const session = await auth.authenticate(req.headers.authorization);
          return createContext(
            deps,
            session?.actor,
            traceFrom(req.headers.traceparent as string | undefined),
          );
        } catch (error) {
          if (error instanceof AppError && error.code === "UNAUTHENTICATED") {
            throw new GraphQLError(error.message, {
              extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
            });
          }
          throw error;
        }
      },
    }),
  );
  serveWebApp(app, config.webDistDir);

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  ready = true;
  const port = (httpServer.address() as AddressInfo).port;
  const host = config.host === "0.0.0.0" || config.host === "::" ? "localhost" : config.host;
  const url = `http://${host}:${port}`;
  logger.info({ url, database: database.kind, auth: auth.mode }, "Regiehub is listening");

  let stopping: Promise<void> | undefined;
  return {
    url,
    port,
    database,
    logger,
    stop() {
      stopping ??= (async () => {
        ready = false;
        await apollo.stop(); // stops accepting, drains HTTP (and the WebSocket server via drainServer)
        await closeServer(httpServer);
        await database.close();
        logger.info("Regiehub stopped");
      })();
      return stopping;
    },
  };
}

function serveWebApp(app: express.Express, distDir: string): void {
  const index = join(distDir, "index.html");
  app.use(express.static(distDir, { index: false, maxAge: "1h" }));
  app.get(/^(?!\/graphql).*/, (_req, res) => {
    if (existsSync(index)) {
      res.setHeader("Cache-Control", "no-cache");
      res.sendFile(index);
    } else {
      res
        .status(503)
        .type("text/plain")
        .send("De webapplicatie is nog niet gebouwd. Voer `pnpm build` uit (of start met `pnpm start`).");
    }
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) return resolve();
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
