import { AppError, type Actor } from "@regiehub/domain";
import type { ItemAccess } from "@regiehub/policy";
import type { Database } from "@regiehub/db";
import { AuditTrail, type TraceContext } from "../audit/trail";
import type { Pseudonymizer } from "../audit/pseudonym";
import type { Authenticator } from "../auth/authenticator";
import type { Config } from "../config";
import type { Logger } from "../logger";
import type { LiveDispatcher } from "../live/dispatcher";
import type { LiveConnection } from "../live/subscriber";
import { createLoaders, type Loaders } from "./loaders";

/** Everything a resolver gets: who is asking, and the means to answer. Built once per request/operation. */
export interface Context {
  actor: Actor | undefined;
  db: Database;
  loaders: Loaders;
  auth: Authenticator;
  config: Config;
  logger: Logger;
  requestId: string;
  /** Collects reads and denials for the processing log; logs changes inside their transaction. */
  audit: AuditTrail;
  pseudonymize: Pseudonymizer;
  /** The policy's decision per dossier item, once per request. */
  itemAccessCache: Map<string, ItemAccess>;
  /** The moment the request started; "today" for domain rules. */
  now: Date;
  /** Live delivery of dossier events (subscriptions). */
  live: LiveDispatcher;
  /** The WebSocket connection an operation arrived on (subscriptions need one). */
  connection?: LiveConnection;
}

export interface ContextDeps {
  db: Database;
  auth: Authenticator;
  config: Config;
  logger: Logger;
  pseudonymize: Pseudonymizer;
  live: LiveDispatcher;
}

export function createContext(deps: ContextDeps, actor: Actor | undefined, trace: TraceContext): Context {
  const audit = new AuditTrail(deps.db, deps.pseudonymize, actor, trace);
  return {
    ...deps,
    actor,
    loaders: createLoaders(deps.db, audit.startedAt),
    requestId: audit.operationId,
    audit,
    itemAccessCache: new Map(),
    now: audit.startedAt,
  };
}

/** The authenticated actor; root fields are guarded already, this narrows the type. */
export function requireActor(ctx: Context): Actor {
  if (!ctx.actor) throw new AppError("UNAUTHENTICATED", "Sign in first");
  return ctx.actor;
}
