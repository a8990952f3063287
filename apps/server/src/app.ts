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
import { WebSocketServer } from "ws";
import { AppError } from "@regiehub/domain";
import {
  createDatabase,
  inProcessWakeup,
  postgresWakeup,
  seedDemoRegion,
  type DatabaseHandle,
} from "@regiehub/db";
import { createPseudonymizer } from "./audit/pseudonym";
import { closeAudit } from "./audit/close";
import { traceFrom } from "./audit/trail";
import { createAuthenticator, type AuthenticatedSession, type Authenticator } from "./auth/authenticator";
import type { Config } from "./config";
import { createContext, type Context, type ContextDeps } from "./graphql/context";
import { createFormatError } from "./graphql/errors";
import { allValidationRules, limitRules } from "./graphql/limits";
import { buildSchema } from "./graphql/schema";
import { createLogger, type Logger } from "./logger";
import { LiveDispatcher } from "./live/dispatcher";
import { signalOverdueActions } from "./live/overdue";
import { attachGraphQLWs, type SocketExtra } from "./live/socket";
import { LiveCloseCode, SharedPayload, type LiveConnection } from "./live/subscriber";

const AUDIT_UNAVAILABLE: GraphQLFormattedError = {
  message: "The processing log could not be written; no data is returned",
  extensions: { code: "INTERNAL" },
};

export interface Hub {
  url: string;
  port: number;
  database: DatabaseHandle;
  logger: Logger;
  /** Live delivery (its counters are read by tests and could feed metrics). */
  live: LiveDispatcher;
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
  const pseudonymize = createPseudonymizer(config);
  const schema = buildSchema();
  const formatError = createFormatError(logger);
  // Live delivery: LISTEN/NOTIFY between instances on PostgreSQL, in-process with the embedded database.
  const wakeup =
    config.database.url && database.kind === "postgres"
      ? postgresWakeup(config.database.url, (err) => logger.error({ err }, "event wake-up failed"))
      : inProcessWakeup();
  const live = new LiveDispatcher({
    deps: { db: database.db, auth, config, logger, pseudonymize },
    schema,
    wakeup,
    logger,
    limits: {
      maxQueuedEvents: config.live.maxQueuedEvents,
      maxBufferedBytes: config.live.maxBufferedBytes,
      maxSubscriptionsPerConnection: config.live.maxSubscriptionsPerConnection,
    },
    pollMs: config.live.pollMs,
    formatError,
  });
  const deps: ContextDeps = { db: database.db, auth, config, logger, pseudonymize, live };
  await live.start(deps);

  // Actions that pass their due date become events too (the hub is their actor).
  const checkOverdue = () =>
    signalOverdueActions(database.db, pseudonymize, new Date())
      .then((seq) => live.published(seq))
      .catch((err: unknown) => logger.error({ err }, "overdue check failed"));
  const overdueTimer = setInterval(checkOverdue, config.live.overdueCheckMs);
  overdueTimer.unref();
  void checkOverdue();

  // WebSocket: the same schema, authentication, validation rules, limits and error mapping as HTTP.
  const wsServer = new WebSocketServer({ server: httpServer, path: "/graphql", maxPayload: 1024 * 1024 });
  const wsCleanup = attachGraphQLWs<Record<string, unknown>>(
    {
      schema,
      validate: (s, document) => validate(s, document, allValidationRules(config.limits)),
      onConnect: async (ctx) => {
        const authorization = ctx.connectionParams?.["authorization"];
        const socket = ctx.extra.socket;
        try {
          const session = await auth.authenticate(
            typeof authorization === "string" ? authorization : undefined,
          );
          if (session) ctx.extra.connection = watchSession(session, socket, auth, config.live.authRecheckMs);
          return true;
        } catch (error) {
          if (error instanceof AppError && error.code === "UNAUTHENTICATED") {
            socket.close(LiveCloseCode.Unauthorized, error.message);
            return false;
          }
          throw error;
        }
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
        if (isShared(result)) return undefined;
        const closed = await closeAudit(args.contextValue as Context, result.errors ?? []);
        if (!closed) return { data: null, errors: [AUDIT_UNAVAILABLE] };
        return result.errors
          ? { ...result, errors: result.errors.map((e) => formatError(e.toJSON(), e)) }
          : undefined;
      },
      onError: (_ctx, _id, _payload, errors): GraphQLFormattedError[] =>
        errors.map((e) => formatError(e.toJSON(), e)),
      onOperation: async (_ctx, _id, _payload, args, result) => {
        // A mutation over the socket: wake live delivery once it committed.
        live.published((args.contextValue as Context).audit.lastEventSeq);
        return result;
      },
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
              live.published(contextValue.audit.lastEventSeq);
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
    live,
    stop() {
      stopping ??= (async () => {
        ready = false;
        clearInterval(overdueTimer);
        await apollo.stop(); // stops accepting, drains HTTP (and the WebSocket server via drainServer)
        await live.stop();
        await wakeup.close();
        await closeServer(httpServer);
        await database.close();
        logger.info("Regiehub stopped");
      })();
      return stopping;
    },
  };
}

function isShared(result: { data?: unknown }): boolean {
  return result.data instanceof SharedPayload;
}

/**
 * The live connection of an authenticated socket. The session is re-checked every `recheckMs` and the
 * socket closed when the token expires (4401: reconnect with a fresh token) or the professional is gone
 * (4403), so a long-lived subscription never outlives its credentials.
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
  socket.once("close", () => timers.forEach((t) => clearTimeout(t)));
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
