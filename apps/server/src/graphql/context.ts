import { AppError, type Actor } from "@regiehub/domain";
import type { ItemAccess } from "@regiehub/policy";
import type { Database } from "@regiehub/db";
import type { DenialWindows } from "../audit/denials";
import { AuditTrail, traceFrom, type TraceContext } from "../audit/trail";
import type { Pseudonymizer } from "../audit/pseudonym";
import type { LogSealing } from "../audit/sealer";
import type { Authenticator } from "../auth/authenticator";
import { ChangeRecorder } from "../changes/recorder";
import type { Config } from "../config";
import type { Logger } from "../logger";
import type { OperationContext } from "../operation";
import type { LiveConnection } from "../live/subscriber";
import type { Live, LivePage } from "../live/types";
import type { TrustedDocuments } from "../trusted-documents/registry";
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
  /** Collects reads and denials for the processing log (written before the response leaves). */
  audit: AuditTrail;
  /** Records the request's changes, each with its log entry and dossier event, in their transaction. */
  changes: ChangeRecorder;
  pseudonymize: Pseudonymizer;
  /** The policy's decision per dossier item, once per request. */
  itemAccessCache: Map<string, ItemAccess>;
  /** The moment the request started; "today" for domain rules. */
  now: Date;
  /** Live delivery of dossier events (subscriptions). */
  live: Live;
  /** Chains the processing-log entries after they were written. */
  logSealer: LogSealing;
  /** Refusals merged per actor, case and window. */
  denials?: DenialWindows | undefined;
  /** The WebSocket connection an operation arrived on (subscriptions need one). */
  connection?: LiveConnection;
  /** The operations callers may run (TRUSTED_DOCUMENTS), cached per client (absent: no such check). */
  trustedDocuments?: TrustedDocuments | undefined;
}

export interface ContextDeps {
  db: Database;
  auth: Authenticator;
  config: Config;
  logger: Logger;
  pseudonymize: Pseudonymizer;
  live: Live;
  logSealer: LogSealing;
  /** Refusals merged per actor, case and window (absent: every refusal is its own entry). */
  denials?: DenialWindows;
  /** The operations callers may run (TRUSTED_DOCUMENTS), cached per client. */
  trustedDocuments?: TrustedDocuments;
}

export function createContext(
  deps: ContextDeps,
  actor: Actor | undefined,
  trace: TraceContext,
  shared?: { loaders: Loaders; now: Date },
): Context {
  const audit = new AuditTrail(deps.db, deps.pseudonymize, actor, trace);
  return {
    ...deps,
    actor,
    loaders: shared?.loaders ?? createLoaders(deps.db, audit.startedAt, deps.config.region),
    requestId: audit.operationId,
    audit,
    changes: new ChangeRecorder(audit),
    itemAccessCache: new Map(),
    now: shared?.now ?? audit.startedAt,
  };
}

/**
 * One page of live delivery: the loaders (policy facts) are shared by every group of the page, and each group's
 * operation runs in a context of its own (its reads are collected there and logged per recipient).
 */
export function createLivePage(deps: ContextDeps, now: Date): LivePage {
  const loaders = createLoaders(deps.db, now, deps.config.region);
  return {
    caseFacts: loaders.caseFacts,
    grantsByCase: loaders.grantsByCase,
    openBreakGlassByCase: loaders.openBreakGlassByCase,
    contextFor: (actor) => createContext(deps, actor, traceFrom(null), { loaders, now }),
  };
}

/** The operation context of a request: its actor (guarded root fields have one), database, changes, log. */
export function operation(ctx: Context): OperationContext {
  return {
    db: ctx.db,
    actor: requireActor(ctx),
    changes: ctx.changes,
    audit: ctx.audit,
    pseudonymize: ctx.pseudonymize,
    now: ctx.now,
    region: ctx.config.region,
  };
}

/** The professional with this id (batched per request), or null without an id. */
export async function professionalOrNull(ctx: Context, id: string | null) {
  return id ? ((await ctx.loaders.professional.load(id)) ?? null) : null;
}

/** The authenticated actor; root fields are guarded already, this narrows the type. */
export function requireActor(ctx: Context): Actor {
  if (!ctx.actor) throw new AppError("UNAUTHENTICATED", "Sign in first");
  return ctx.actor;
}
