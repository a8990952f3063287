import { AppError, isUuid } from "@regiehub/domain";
import { countCaseItems } from "@regiehub/db";
import { grantIsValid } from "@regiehub/policy";
import { operation, requireActor } from "../../graphql/context";
import type { Resolvers } from "../../graphql/generated/resolvers";
import { authorizeCase } from "../case/access";
import { grantAccess } from "./operations/grant-access";
import { listGrants } from "./operations/list-grants";
import { withdrawAccess } from "./operations/withdraw-access";

const NO_PROFESSIONAL = "00000000-0000-0000-0000-000000000000";

export const consentResolvers: Resolvers = {
  Case: {
    grants: (c, args, ctx) => listGrants(ctx.loaders, requireActor(ctx), { ...args, caseId: c.id }, ctx.now),
    accessFor: async (c, { organisationId }, ctx) => {
      const actor = requireActor(ctx);
      const facts = await authorizeCase(ctx.db, actor, c.id, "consent.manage");
      if (!isUuid(organisationId) || !(await ctx.loaders.organisation.load(organisationId))) {
        throw AppError.badInput("organisationId", "Onbekende organisatie");
      }
      const grants = (await ctx.loaders.grantsByCase.load(c.id)).filter(
        (g) => g.granteeOrganisationId === organisationId && grantIsValid(g, ctx.now),
      );
      // What the organisation sees as an organisation: its grants and own items (not personal break-glass).
      const scope = {
        kind: "consent" as const,
        organisationId,
        professionalId: NO_PROFESSIONAL,
        at: ctx.now,
      };
      const [visible, total] = await Promise.all([
        countCaseItems(ctx.db, scope, { caseId: c.id }),
        countCaseItems(ctx.db, scope, { caseId: c.id, includeRedacted: true }),
      ]);
      return {
        caseId: c.id,
        organisationId,
        wholeCase: facts.casusregisseurOrganisationId === organisationId,
        activeGrants: grants,
        visibleItemCount: visible,
        totalItemCount: total,
      };
    },
  },
  OrganisationAccess: {
    organisation: async (a, _args, ctx) => {
      const org = await ctx.loaders.organisation.load(a.organisationId);
      if (!org) throw AppError.notFound("Organisation");
      return org;
    },
  },
  ConsentGrant: {
    grantee: async (g, _args, ctx) => {
      const org = await ctx.loaders.organisation.load(g.granteeOrganisationId);
      if (!org) throw AppError.notFound("Organisation");
      return org;
    },
    subjects: async (g, _args, ctx) =>
      (await ctx.loaders.personsByCase.load(g.caseId)).filter((p) => g.subjectPersonIds.includes(p.id)),
    recordedBy: async (g, _args, ctx) => {
      const row = await ctx.loaders.professional.load(g.recordedByProfessionalId);
      if (!row) throw AppError.notFound("Professional");
      return row;
    },
    withdrawnBy: async (g, _args, ctx) =>
      g.withdrawnByProfessionalId
        ? ((await ctx.loaders.professional.load(g.withdrawnByProfessionalId)) ?? null)
        : null,
    isActive: (g, _args, ctx) => grantIsValid(g, ctx.now),
  },
  Mutation: {
    grantAccess: (_r, { input }, ctx) => grantAccess(operation(ctx), input),
    withdrawAccess: (_r, { input }, ctx) => withdrawAccess(operation(ctx), input),
  },
};
