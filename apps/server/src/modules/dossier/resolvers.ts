import { eq } from "drizzle-orm";
import { AppError, isUuid, itemTypeName } from "@regiehub/domain";
import { findItem, tables, unsafeLoadItemFacts, type ItemRecord } from "@regiehub/db";
import { itemScope } from "@regiehub/policy";
import { operation, requireActor, type Context } from "../../graphql/context";
import type { Resolvers } from "../../graphql/generated/resolvers";
import { authorizeCase } from "../case/access";
import { content } from "./access";
import { itemFields } from "./item-fields";
import { addOwnStatement } from "./operations/add-own-statement";
import { correctItem } from "./operations/correct-item";
import { listItemHistory } from "./operations/list-item-history";
import { listTimeline } from "./operations/list-timeline";
import { recordItem } from "./operations/record-item";

async function loadItemForViewer(ctx: Context, id: string): Promise<ItemRecord> {
  const actor = requireActor(ctx);
  const facts = isUuid(id) ? await unsafeLoadItemFacts(ctx.db, id) : undefined;
  if (!facts) throw AppError.notFound("Item");
  await authorizeCase(ctx.db, actor, facts.caseId, "case.read");
  const record = await findItem(ctx.db, itemScope(actor, ctx.now), id);
  if (!record) throw AppError.notFound("Item");
  return record;
}

export const dossierResolvers: Resolvers = {
  DossierItem: {
    __resolveType: (r) => itemTypeName(r.kind),
  },
  Observation: {
    ...itemFields("Observation"),
    observationKind: (r, _a, ctx) => content(ctx, r, "Observation.observationKind", (o) => o.observationKind),
    statement: (r, _a, ctx) => content(ctx, r, "Observation.statement", (o) => o.statement),
  },
  Note: {
    ...itemFields("Note"),
    title: (r, _a, ctx) => content(ctx, r, "Note.title", (n) => n.title),
    body: (r, _a, ctx) => content(ctx, r, "Note.body", (n) => n.body),
    occurredOn: (r, _a, ctx) => content(ctx, r, "Note.occurredOn", (n) => n.occurredOn),
  },
  OwnStatement: {
    person: async (s, _a, ctx) => {
      const [row] = await ctx.db.select().from(tables.persons).where(eq(tables.persons.id, s.personId));
      if (!row) throw AppError.notFound("Person");
      return row;
    },
    recordedBy: async (s, _a, ctx) => {
      const row = await ctx.loaders.professional.load(s.recordedByProfessionalId);
      if (!row) throw AppError.notFound("Professional");
      return row;
    },
  },
  DossierItemVersion: {
    snapshot: (v) => JSON.stringify(v.snapshot),
    supersededBy: async (v, _a, ctx) => {
      const row = await ctx.loaders.professional.load(v.supersededByProfessionalId);
      if (!row) throw AppError.notFound("Professional");
      return row;
    },
  },
  Case: {
    timeline: (c, args, ctx) => listTimeline(operation(ctx), { ...args, caseId: c.id }),
  },
  DossierItemConnection: {
    totalCount: (page) => page.totalCount(),
  },
  Query: {
    dossierItem: (_root, { id }, ctx) => loadItemForViewer(ctx, id),
    dossierItemHistory: (_root, args, ctx) => listItemHistory(operation(ctx), args),
  },
  Mutation: {
    recordObservation: (_r, { input }, ctx) => recordItem(operation(ctx), "OBSERVATION", input),
    recordNote: (_r, { input }, ctx) => recordItem(operation(ctx), "NOTE", input),
    updateObservation: (_r, { input }, ctx) => correctItem(operation(ctx), "OBSERVATION", input),
    updateNote: (_r, { input }, ctx) => correctItem(operation(ctx), "NOTE", input),
    addOwnStatement: (_r, { input }, ctx) => addOwnStatement(operation(ctx), input),
  },
};
