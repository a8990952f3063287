import { asc, eq, isNull } from "drizzle-orm";
import { AppError, isUuid } from "@regiehub/domain";
import { tables } from "@regiehub/db";
import { viewerGlobalActions } from "@regiehub/policy";
import { requireActor, type Context } from "../../graphql/context";
import type { Resolvers } from "../../graphql/generated/resolvers";

function requireDevMode(ctx: Context): void {
  if (ctx.auth.mode !== "dev") throw new AppError("FORBIDDEN", "Development sign-in is disabled on this hub");
}

export const authResolvers: Resolvers = {
  Query: {
    authConfig: (_root, _args, ctx) => ({
      mode: ctx.auth.mode === "dev" ? "DEV" : "OIDC",
      issuer: ctx.auth.mode === "oidc" ? ctx.auth.issuer : null,
    }),
    devSignInOptions: async (_root, _args, ctx) => {
      requireDevMode(ctx);
      const { professionals: p, organisations: o } = tables;
      return (
        ctx.db
          .select({
            professionalId: p.id,
            name: p.name,
            role: p.role,
            organisationName: o.name,
            organisationKind: o.kind,
          })
          .from(p)
          .innerJoin(o, eq(o.id, p.organisationId))
          // People only: a partner system's service account signs in with its client's tokens.
          .where(isNull(p.apiClientId))
          .orderBy(asc(o.name), asc(p.role), asc(p.name))
      );
    },
    me: async (_root, _args, ctx) => {
      const actor = requireActor(ctx);
      const row = await ctx.loaders.professional.load(actor.professionalId);
      if (!row) throw new AppError("UNAUTHENTICATED", "Unknown professional");
      return row;
    },
    viewerCan: (_root, _args, ctx) => viewerGlobalActions(requireActor(ctx)),
  },
  Mutation: {
    devSignIn: async (_root, { professionalId }, ctx) => {
      requireDevMode(ctx);
      const professional = isUuid(professionalId)
        ? await ctx.loaders.professional.load(professionalId)
        : undefined;
      if (!professional || professional.apiClientId !== null)
        throw AppError.badInput("professionalId", "Onbekende professional");
      const { token, expiresAt } = await ctx.auth.signDevToken(professional.id);
      return { token, expiresAt, professionalId: professional.id };
    },
  },
  SignInPayload: {
    professional: async (payload, _args, ctx) => {
      const row = await ctx.loaders.professional.load(payload.professionalId);
      if (!row) throw AppError.notFound("Professional");
      return row;
    },
  },
};
