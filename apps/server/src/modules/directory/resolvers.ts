import { AppError } from "@regiehub/domain";
import { operation } from "../../graphql/context";
import type { Resolvers } from "../../graphql/generated/resolvers";
import { listOrganisations } from "./operations/list-organisations";
import { listProfessionals } from "./operations/list-professionals";

// Organisations and professionals of the region (the directory).
export const directoryResolvers: Resolvers = {
  Query: {
    organisations: (_root, _args, ctx) => listOrganisations(operation(ctx)),
    professionals: (_root, args, ctx) => listProfessionals(operation(ctx), args),
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
