import { AppError } from "@regiehub/domain";
import { operation, type Context } from "../../graphql/context";
import type { Resolvers } from "../../graphql/generated/resolvers";
import { listBreakGlassReviews } from "./operations/list-break-glass-reviews";
import { openBreakGlass } from "./operations/open-break-glass";
import { reviewBreakGlass } from "./operations/review-break-glass";

async function professional(ctx: Context, id: string) {
  const row = await ctx.loaders.professional.load(id);
  if (!row) throw AppError.notFound("Professional");
  return row;
}

export const breakGlassResolvers: Resolvers = {
  Query: {
    breakGlassReviews: (_root, args, ctx) => listBreakGlassReviews(operation(ctx), args),
  },
  Mutation: {
    breakGlass: (_root, { input }, ctx) =>
      openBreakGlass(operation(ctx), input, ctx.config.breakGlassMinutes),
    reviewBreakGlass: (_root, { input }, ctx) => reviewBreakGlass(operation(ctx), input),
  },
  BreakGlassAccess: {
    caseReference: async (b, _args, ctx) => {
      const row = await ctx.loaders.caseById.load(b.caseId);
      if (!row) throw AppError.notFound("Case");
      return row.reference;
    },
    professional: (b, _args, ctx) => professional(ctx, b.professionalId),
    organisation: async (b, _args, ctx) => {
      const row = await ctx.loaders.organisation.load(b.organisationId);
      if (!row) throw AppError.notFound("Organisation");
      return row;
    },
    reviewedBy: (b, _args, ctx) =>
      b.reviewedByProfessionalId ? professional(ctx, b.reviewedByProfessionalId) : null,
  },
};
