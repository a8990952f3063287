import { AppError, type Actor } from "@regiehub/domain";
import type { Database } from "@regiehub/db";
import type { Authenticator } from "../auth/authenticator";
import type { Config } from "../config";
import type { Logger } from "../logger";
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
  /** The moment the request started; "today" for domain rules. */
  now: Date;
}

export interface ContextDeps {
  db: Database;
  auth: Authenticator;
  config: Config;
  logger: Logger;
}

export function createContext(deps: ContextDeps, actor: Actor | undefined, requestId: string): Context {
  return { ...deps, actor, loaders: createLoaders(deps.db), requestId, now: new Date() };
}

/** The authenticated actor; root fields are guarded already, this narrows the type. */
export function requireActor(ctx: Context): Actor {
  if (!ctx.actor) throw new AppError("UNAUTHENTICATED", "Sign in first");
  return ctx.actor;
}
