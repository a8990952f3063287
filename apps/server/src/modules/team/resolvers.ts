import { AppError } from "@regiehub/domain";
import { operation } from "../../graphql/context";
import type { Resolvers } from "../../graphql/generated/resolvers";
import { addTeamMember } from "./operations/add-team-member";
import { removeTeamMember } from "./operations/remove-team-member";

export const teamResolvers: Resolvers = {
  Mutation: {
    addTeamMember: (_root, { input }, ctx) => addTeamMember(operation(ctx), input),
    removeTeamMember: (_root, { id }, ctx) => removeTeamMember(operation(ctx), id),
  },
  CaseTeamMember: {
    organisation: async (m, _args, ctx) => {
      const row = await ctx.loaders.organisation.load(m.organisationId);
      if (!row) throw AppError.notFound("Organisation");
      return row;
    },
    professional: async (m, _args, ctx) =>
      m.professionalId ? ((await ctx.loaders.professional.load(m.professionalId)) ?? null) : null,
    isDirecting: async (m, _args, ctx) => {
      const facts = await ctx.loaders.caseFacts.load(m.caseId);
      return facts?.casusregisseurOrganisationId === m.organisationId;
    },
  },
};
