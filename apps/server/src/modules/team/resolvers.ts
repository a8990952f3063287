import { AppError } from "@regiehub/domain";
import { mayReadTeamRole } from "@regiehub/policy";
import { operation, requireActor, type Context } from "../../graphql/context";
import type { Resolvers } from "../../graphql/generated/resolvers";
import type { CaseTeamMemberModel } from "../../graphql/models";
import { addTeamMember } from "./operations/add-team-member";
import { removeTeamMember } from "./operations/remove-team-member";

/**
 * May the viewer read why this member is involved (`team.readRole`)? Decided over the case's facts of this
 * request, for every path that reaches a team member: the case, the case list, mutation results, live events.
 */
async function mayReadRole(ctx: Context, m: CaseTeamMemberModel): Promise<boolean> {
  const facts = await ctx.loaders.caseFacts.load(m.caseId);
  return facts !== undefined && mayReadTeamRole(requireActor(ctx), facts, m).allowed;
}

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
    // The free-text role can reveal the family's care ("Verslavingsconsulent (moeder)"): like an item's
    // content, it is released only where the policy allows (and logged as a read of the case), otherwise
    // null with CONSENT_REQUIRED (and a DENIED entry) — whether or not one is filled in.
    responsibility: async (m, _args, ctx) => {
      if (!(await mayReadRole(ctx, m))) {
        throw new AppError(
          "CONSENT_REQUIRED",
          "The role of a team member is shared only with its own organisation and the case's directors",
        ).about(m.caseId);
      }
      ctx.audit.read({
        caseId: m.caseId,
        subjectPersonIds: [],
        fields: ["CaseTeamMember.responsibility"],
        legalBasis: "LEGAL_TASK",
      });
      return m.responsibility;
    },
    responsibilityRedacted: async (m, _args, ctx) => !(await mayReadRole(ctx, m)),
    isDirecting: async (m, _args, ctx) => {
      const facts = await ctx.loaders.caseFacts.load(m.caseId);
      return facts?.casusregisseurOrganisationId === m.organisationId;
    },
  },
};
