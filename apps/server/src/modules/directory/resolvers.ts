import { and, asc, eq, type SQL } from "drizzle-orm";
import { AppError, isUuid } from "@regiehub/domain";
import { tables } from "@regiehub/db";
import { authorize } from "@regiehub/policy";
import { requireActor } from "../../graphql/context";
import type { Resolvers } from "../../graphql/generated/resolvers";

// Organisations and professionals of the region (the directory).
export const directoryResolvers: Resolvers = {
  Query: {
    organisations: (_root, _args, ctx) => {
      authorize(requireActor(ctx), "organisation.list");
      return ctx.db.select().from(tables.organisations).orderBy(asc(tables.organisations.name));
    },
    professionals: (_root, { organisationId, role }, ctx) => {
      authorize(requireActor(ctx), "professional.list");
      const { professionals: p } = tables;
      const filters: SQL[] = [];
      if (organisationId) {
        if (!isUuid(organisationId)) throw AppError.badInput("organisationId", "Onbekende organisatie");
        filters.push(eq(p.organisationId, organisationId));
      }
      if (role) filters.push(eq(p.role, role));
      return ctx.db
        .select()
        .from(p)
        .where(and(...filters))
        .orderBy(asc(p.name));
    },
  },
  Professional: {
    organisation: async (professional, _args, ctx) => {
      const row = await ctx.loaders.organisation.load(professional.organisationId);
      if (!row) throw AppError.notFound("Organisation");
      return row;
    },
    registration: (professional) =>
      professional.registrationKind && professional.registrationNumber
        ? { kind: professional.registrationKind, number: professional.registrationNumber }
        : null,
  },
};
