import { asc, eq } from "drizzle-orm";
import { allowedFrameworkTransitions, AppError } from "@regiehub/domain";
import { tables } from "@regiehub/db";
import { operation, professionalOrNull, type Context } from "../../graphql/context";
import type { Resolvers } from "../../graphql/generated/resolvers";
import { decideFramework } from "./operations/decide-framework";
import { deescalateCase } from "./operations/deescalate-case";
import { escalateCase } from "./operations/escalate-case";
import { listEscalationTables } from "./operations/list-escalation-tables";
import { recordTableDecision } from "./operations/record-table-decision";

/** A table of the ladder, batched per request (the history names one per step). */
async function tableById(ctx: Context, id: string) {
  const row = await ctx.loaders.escalationTable.load(id);
  if (!row) throw AppError.notFound("EscalationTable");
  return row;
}

// The ladder's history is process information of a case: whoever may read the case (its Case resolver
// decided that) sees the steps, their reasons and the tables' decisions.
export const escalationResolvers: Resolvers = {
  Query: {
    escalationTables: (_root, _args, ctx) => listEscalationTables(operation(ctx)),
  },
  Mutation: {
    escalateCase: (_root, { input }, ctx) => escalateCase(operation(ctx), input),
    deescalateCase: (_root, { input }, ctx) => deescalateCase(operation(ctx), input),
    recordTableDecision: (_root, { input }, ctx) => recordTableDecision(operation(ctx), input),
    decideFramework: (_root, { input }, ctx) => decideFramework(operation(ctx), input),
  },
  Case: {
    escalationTable: (c, _args, ctx) => (c.escalationTableId ? tableById(ctx, c.escalationTableId) : null),
    escalationHistory: (c, _args, ctx) =>
      ctx.db
        .select()
        .from(tables.caseEscalations)
        .where(eq(tables.caseEscalations.caseId, c.id))
        .orderBy(asc(tables.caseEscalations.at), asc(tables.caseEscalations.id)),
    frameworkHistory: (c, _args, ctx) =>
      ctx.db
        .select()
        .from(tables.caseFrameworkDecisions)
        .where(eq(tables.caseFrameworkDecisions.caseId, c.id))
        .orderBy(asc(tables.caseFrameworkDecisions.at), asc(tables.caseFrameworkDecisions.id)),
    allowedFrameworkTransitions: (c) => [...allowedFrameworkTransitions(c.framework)],
  },
  EscalationTable: {
    organisation: async (t, _args, ctx) => {
      const organisation = await ctx.loaders.organisation.load(t.organisationId);
      if (!organisation) throw AppError.notFound("Organisation");
      return organisation;
    },
    chair: (t, _args, ctx) => professionalOrNull(ctx, t.chairProfessionalId),
  },
  CaseEscalation: {
    direction: (e) => (e.toLevel > e.fromLevel ? "UP" : "DOWN"),
    table: (e, _args, ctx) => (e.tableId ? tableById(ctx, e.tableId) : null),
    by: (e, _args, ctx) => professionalOrNull(ctx, e.byProfessionalId),
  },
  FrameworkDecision: {
    table: (d, _args, ctx) => tableById(ctx, d.tableId),
    from: (d) => d.fromFramework,
    to: (d) => d.toFramework,
    newCasusregisseur: (d, _args, ctx) => professionalOrNull(ctx, d.newCasusregisseurId),
    previousCasusregisseur: (d, _args, ctx) => professionalOrNull(ctx, d.previousCasusregisseurId),
    previousProcesregisseur: (d, _args, ctx) => professionalOrNull(ctx, d.previousProcesregisseurId),
    by: async (d, _args, ctx) => {
      const by = await professionalOrNull(ctx, d.byProfessionalId);
      if (!by) throw AppError.notFound("Professional");
      return by;
    },
  },
};
