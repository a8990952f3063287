import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import {
  createDatabase,
  inProcessWakeup,
  postgresWakeup,
  seedDemoRegion,
  writeLogEntries,
  type DatabaseHandle,
} from "@regiehub/db";
import { createPseudonymizer } from "./audit/pseudonym";
import { seedDemoContent } from "./demo/seed-content";
import { DenialWindows } from "./audit/denials";
import { LogSealer } from "./audit/sealer";
import { createAuthenticator } from "./auth/authenticator";
import type { Config } from "./config";
import { createLivePage, type ContextDeps } from "./graphql/context";
import { createFormatError } from "./graphql/errors";
import { createGraphQLHttp } from "./http/graphql-http";
import { attachGraphQLWebSocket } from "./http/graphql-ws";
import { createRateLimits } from "./http/rate-limits";
import { serveSchemaSdl } from "./http/schema-sdl";
import { serveOAuth } from "./http/oauth";
import { notFoundHandler, transportErrorHandler } from "./http/transport-errors";
import { purgeIdempotencyKeys } from "./idempotency/claim";
import { serveWebApp } from "./http/web-app";
import { LiveDispatcher } from "./live/dispatcher";
import { signalOverdueActions } from "./live/overdue";
import { sweepSignals, type SignalSweep } from "./live/signals";
import { createLogger, type Logger } from "./logger";
import { buildSchema } from "./schema";
import { webManifestFor } from "./trusted-documents/manifest";
import { clientDocuments, TrustedDocuments } from "./trusted-documents/registry";

export interface Hub {
  url: string;
  port: number;
  database: DatabaseHandle;
  logger: Logger;
  /** Live delivery (its counters are read by tests and could feed metrics). */
  live: LiveDispatcher;
  /** Chains the processing log's entries shortly after they are written (`sealNow` in tests). */
  logSealer: LogSealer;
  /** Runs a signal sweep now (portfolio signals → notifications); `now` is "now" unless given (tests). */
  sweepSignals(now?: Date): Promise<SignalSweep>;
  /** Deletes the idempotency keys older than 24 hours before `now` (every hour by itself); returns how many. */
  purgeIdempotencyKeys(now?: Date): Promise<number>;
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
  // The web app's operations (TRUSTED_DOCUMENTS): read and checked before anything starts; required with `all`.
  const webManifest = webManifestFor(config.trustedDocuments);
  const database = createDatabase({
    databaseUrl: config.database.url,
    dataDir: config.database.dataDir,
    poolSize: config.database.poolSize,
    onQuery: options.onQuery,
  });
  let ready = false;
  let regionCreated = false;

  const app = express();
  app.disable("x-powered-by");
  if (config.trustProxy) app.set("trust proxy", trustProxyValue(config.trustProxy));
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
      regionCreated = created;
    }
  } catch (error) {
    await database.close();
    throw error;
  }

  const auth = await createAuthenticator(config, database.db);
  const pseudonymize = createPseudonymizer(config);
  // The demo region's dossier content, through the operations, only right after the region was created.
  if (regionCreated && config.seedDemoContent) {
    try {
      const content = await seedDemoContent(database.db, { pseudonymize, config });
      if (content.created) logger.info(content, "demo content seeded");
    } catch (err) {
      logger.error({ err }, "demo content could not be seeded (the region is there without it)");
    }
  }
  const schema = buildSchema();
  const formatError = createFormatError(logger);
  // Live delivery: LISTEN/NOTIFY between instances on PostgreSQL, in-process with the embedded database.
  const wakeup =
    config.database.url && database.kind === "postgres"
      ? postgresWakeup(config.database.url, (err) => logger.error({ err }, "event wake-up failed"))
      : inProcessWakeup();
  const logSealer = new LogSealer(database.db, logger);
  logSealer.start();
  const live = new LiveDispatcher({
    db: database.db,
    livePage: (now) => createLivePage(deps, now),
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
    logWritten: () => logSealer.wake(),
  });
  const denials = new DenialWindows(config.deniedMergeSeconds * 1000);
  const trustedDocuments = new TrustedDocuments({
    documentsOf: (clientId) => clientDocuments(database.db, clientId),
    mode: config.trustedDocuments.mode,
    manifest: webManifest,
    maxTokens: config.limits.maxTokens,
  });
  logger.info(
    { mode: trustedDocuments.mode, webOperations: trustedDocuments.webOperations },
    "trusted documents",
  );
  const deps: ContextDeps = {
    db: database.db,
    auth,
    config,
    logger,
    pseudonymize,
    live,
    logSealer,
    denials,
    trustedDocuments,
  };
  // Summaries of refusal windows that closed with no request to carry them.
  const writeDenials = (now?: number) => {
    const due = denials.takeDue(now);
    if (due.length === 0) return Promise.resolve();
    return writeLogEntries(database.db, due)
      .then(() => logSealer.wake())
      .catch((err: unknown) => logger.error({ err }, "merged refusals could not be logged"));
  };
  const denialTimer = setInterval(
    () => void writeDenials(),
    Math.max(1_000, config.deniedMergeSeconds * 250),
  );
  denialTimer.unref();
  await live.start();

  // Actions that pass their due date become events too (the hub is their actor).
  const checkOverdue = () =>
    signalOverdueActions(database.db, pseudonymize, new Date())
      .then((seq) => {
        live.published(seq);
        logSealer.wake();
      })
      .catch((err: unknown) => logger.error({ err }, "overdue check failed"));
  const overdueTimer = setInterval(checkOverdue, config.live.overdueCheckMs);
  overdueTimer.unref();
  void checkOverdue();

  // Portfolio signals (stalled, a regiegesprek or follow-up due, a plan to approve, a grant ending) become
  // notifications, once per occurrence whatever the number of instances, and reach their recipients live
  // (one SIGNAL event per case told). One sweep at a time per instance.
  let sweeping: Promise<unknown> = Promise.resolve();
  const sweep = (now: Date = new Date()): Promise<SignalSweep> => {
    const run = sweeping
      .then(() => sweepSignals(database.db, pseudonymize, now))
      .then((result) => {
        if (result.lastEventSeq !== undefined) {
          live.published(result.lastEventSeq);
          logSealer.wake();
        }
        return result;
      });
    sweeping = run.catch(() => undefined);
    return run;
  };
  const sweepNow = () => void sweep().catch((err: unknown) => logger.error({ err }, "signal sweep failed"));
  const signalTimer =
    config.live.signalSweepSeconds > 0
      ? setInterval(sweepNow, config.live.signalSweepSeconds * 1000)
      : undefined;
  signalTimer?.unref();
  if (signalTimer) sweepNow();

  // Idempotency keys (safe retries) are kept 24 hours: purged every hour (an expired key is ignored before).
  const purgeKeys = (now: Date = new Date()) => purgeIdempotencyKeys(database.db, now);
  const keyPurgeTimer = setInterval(
    () => void purgeKeys().catch((err: unknown) => logger.error({ err }, "idempotency keys not purged")),
    KEY_PURGE_MS,
  );
  keyPurgeTimer.unref();

  const rateLimits = createRateLimits(config.rateLimits);
  const endpoint = { httpServer, schema, config, auth, deps, formatError, rateLimits };
  const webSocket = attachGraphQLWebSocket(endpoint);
  const graphqlHttp = await createGraphQLHttp({ ...endpoint, drainWebSocket: () => webSocket.dispose() });
  app.use("/graphql", ...graphqlHttp.middleware);
  serveSchemaSdl(app, schema);
  // Partner systems: the token endpoint (client credentials), the hub's public keys and its metadata.
  serveOAuth(app, {
    db: database.db,
    auth,
    rateLimits,
    logger,
    logSealer,
    denials,
    maxBodyBytes: config.limits.maxBodyBytes,
  });
  serveWebApp(app, config.webDistDir, { sourceMaps: config.env === "development" });
  app.use(notFoundHandler());
  app.use(transportErrorHandler(logger));

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  ready = true;
  const port = (httpServer.address() as AddressInfo).port;
  const host = config.host === "0.0.0.0" || config.host === "::" ? "localhost" : config.host;
  const url = `http://${host}:${port}`;
  auth.hubTokens.listening(url); // the issuer of partner systems' tokens, unless PUBLIC_URL names another
  logger.info({ url, database: database.kind, auth: auth.mode }, "Regiehub is listening");

  let stopping: Promise<void> | undefined;
  return {
    url,
    port,
    database,
    logger,
    live,
    logSealer,
    sweepSignals: sweep,
    purgeIdempotencyKeys: purgeKeys,
    stop() {
      stopping ??= (async () => {
        ready = false;
        clearInterval(overdueTimer);
        clearInterval(denialTimer);
        clearInterval(signalTimer);
        clearInterval(keyPurgeTimer);
        await graphqlHttp.apollo.stop(); // stops accepting, drains HTTP (and the WebSocket server via drainServer)
        await writeDenials(Number.POSITIVE_INFINITY);
        await live.stop();
        await sweeping; // a sweep under way finishes before the database closes
        await wakeup.close();
        await closeServer(httpServer);
        await logSealer.stop();
        await database.close();
        logger.info("Regiehub stopped");
      })();
      return stopping;
    },
  };
}

const KEY_PURGE_MS = 60 * 60 * 1000;

/** TRUST_PROXY as Express takes it: a hop count, `true`/`false`, or addresses and names such as `loopback`. */
function trustProxyValue(value: string): number | boolean | string {
  if (/^\d+$/.test(value)) return Number(value);
  if (value === "true" || value === "false") return value === "true";
  return value;
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) return resolve();
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
