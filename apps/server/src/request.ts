import type { GraphQLError } from "graphql";
import { closeAudit } from "./audit/close";
import type { Context } from "./graphql/context";

/**
 * The end of every request and WebSocket operation, whatever the transport: the changes it committed wake
 * live delivery (on every instance), and its reads and refusals are written to the processing log before the
 * response leaves (unsealed; the sealer is woken to chain them). Returns false when the log could not be written: the caller then returns no data.
 */
export async function finishRequest(ctx: Context, errors: readonly GraphQLError[]): Promise<boolean> {
  ctx.live.published(ctx.changes.lastEventSeq);
  const logged = await closeAudit(ctx.audit, ctx.logger, errors, ctx.denials);
  ctx.logSealer.wake();
  return logged;
}
