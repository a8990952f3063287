import { AppError, isUuid } from "@regiehub/domain";
import { findCaseInScope, findItem, isItemOf, lastEventSeq } from "@regiehub/db";
import { authorize, caseScope, itemScope } from "@regiehub/policy";
import { operation, requireActor, type Context } from "../../graphql/context";
import type { Resolvers } from "../../graphql/generated/resolvers";
import type { LiveEventModel } from "../../graphql/models";
import { SeqScalar } from "../../graphql/scalars";
import type { LiveStream } from "../../live/streams";
import { authorizeCase } from "../case/access";
import { setEscalationLevel } from "../case/operations/set-escalation-level";
import type { GraphQLResolveInfo } from "graphql";

// Subscriptions: the root fields register a subscriber with the dispatcher (live/dispatcher.ts), which
// executes the operation per event and group with the event as root value. The event types' fields below
// resolve through the same loaders and policy as queries.

function subscribe(
  ctx: Context,
  stream: LiveStream,
  afterSeq: number | null | undefined,
  info: GraphQLResolveInfo,
) {
  // Following live events at all (a partner system needs the events:subscribe scope for every stream).
  authorize(requireActor(ctx), "live.follow");
  const connection = ctx.connection;
  if (!connection) throw AppError.badInput("subscription", "Subscriptions run over graphql-ws (WebSocket)");
  const max = ctx.config.live.maxSubscriptionsPerConnection;
  if (connection.subscriptions >= max) {
    throw AppError.badInput("subscription", `At most ${max} subscriptions per connection`);
  }
  return ctx.live.subscribe(stream, afterSeq, connection, info);
}

/** The case of an event, as the viewer may see it (NOT_FOUND once the viewer lost the case). */
async function eventCase(e: LiveEventModel, _a: unknown, ctx: Context) {
  const row = await findCaseInScope(ctx.db, caseScope(requireActor(ctx)), e.caseId);
  if (!row) throw AppError.notFound("Case");
  ctx.audit.read({ caseId: row.id, subjectPersonIds: [], fields: ["Case"], legalBasis: "LEGAL_TASK" });
  return row;
}

/** The event's item, through the same consent scope as `Query.dossierItem`; null when removed. */
async function eventItem(e: LiveEventModel, _a: unknown, ctx: Context) {
  if (!e.itemId) return null;
  return (await findItem(ctx.db, itemScope(requireActor(ctx), ctx.now), e.itemId)) ?? null;
}

const eventActor = async (e: LiveEventModel, _a: unknown, ctx: Context) =>
  e.actorProfessionalId ? ((await ctx.loaders.professional.load(e.actorProfessionalId)) ?? null) : null;

export const liveResolvers: Resolvers = {
  Seq: SeqScalar,
  Subscription: {
    caseEvents: {
      subscribe: async (_root, { caseId, afterSeq }, ctx, info) => {
        if (!isUuid(caseId)) throw AppError.notFound("Case");
        await authorizeCase(ctx.db, requireActor(ctx), caseId, "case.read");
        return subscribe(ctx, { kind: "case", caseId }, afterSeq, info);
      },
      resolve: (event: LiveEventModel) => event,
    },
    myActions: {
      subscribe: (_root, { afterSeq }, ctx, info) => subscribe(ctx, { kind: "actions" }, afterSeq, info),
      resolve: (event: LiveEventModel) => event,
    },
    portfolioEvents: {
      subscribe: (_root, { afterSeq }, ctx, info) => subscribe(ctx, { kind: "portfolio" }, afterSeq, info),
      resolve: (event: LiveEventModel) => event,
    },
  },
  CaseEvent: {
    item: eventItem,
    case: eventCase,
    actor: eventActor,
  },
  ActionEvent: {
    action: async (e, _a, ctx) => {
      const item = await eventItem(e, {}, ctx);
      if (!item || !isItemOf(item, "ACTION")) throw AppError.notFound("Action");
      return item;
    },
    case: eventCase,
  },
  PortfolioEvent: {
    change: (e) => {
      if (!e.change) throw new AppError("INTERNAL", "Not a case-level change");
      return e.change;
    },
    case: eventCase,
    item: eventItem,
  },
  Query: {
    lastEventSeq: (_root, _args, ctx) => lastEventSeq(ctx.db),
  },
  Mutation: {
    setEscalationLevel: (_root, { input }, ctx) => setEscalationLevel(operation(ctx), input),
  },
};
