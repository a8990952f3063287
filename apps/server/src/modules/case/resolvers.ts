import { AppError, allowedTransitions, isUuid, teamWarnings } from "@regiehub/domain";
import { findCaseInScopeWithPolicy } from "@regiehub/db";
import { viewerCaseActions } from "@regiehub/policy";
import { operation, professionalOrNull, requireActor, type Context } from "../../graphql/context";
import type { Resolvers } from "../../graphql/generated/resolvers";
import type { CaseModel } from "../../graphql/models";
import { selectedFields } from "../../graphql/selection";
import { caseNotFound, readableCases } from "./access";
import { listCases } from "./operations/list-cases";
import { moveCasePhase } from "./operations/move-case-phase";
import { openCase } from "./operations/open-case";
import { updateCase } from "./operations/update-case";

async function facts(ctx: Context, c: CaseModel) {
  const result = await ctx.loaders.caseFacts.load(c.id);
  if (!result) throw AppError.notFound("Case");
  return result;
}

export const caseResolvers: Resolvers = {
  Query: {
    cases: (_root, args, ctx) => listCases(operation(ctx), args),
    case: async (_root, { id }, ctx, info) => {
      const actor = requireActor(ctx);
      // The case with its policy facts: its fields (timeline, persons, plan) apply the policy without
      // loading them again.
      const found = isUuid(id)
        ? await findCaseInScopeWithPolicy(ctx.db, readableCases(actor), id, ctx.now)
        : undefined;
      if (!found) throw await caseNotFound(ctx.db, id);
      const { row, policy } = found;
      ctx.loaders.primeCasePolicy(row.id, policy);
      ctx.audit.read({
        caseId: row.id,
        subjectPersonIds: [],
        fields: selectedFields(info, "Case"),
        legalBasis: "LEGAL_TASK",
      });
      return row;
    },
  },
  Mutation: {
    openCase: (_root, { input }, ctx) => openCase(operation(ctx), input),
    updateCase: (_root, { input }, ctx) => updateCase(operation(ctx), input),
    moveCasePhase: (_root, { input }, ctx) => moveCasePhase(operation(ctx), input, ctx.config.retentionYears),
  },
  Case: {
    casusregisseur: (c, _args, ctx) => professionalOrNull(ctx, c.casusregisseurId),
    procesregisseur: (c, _args, ctx) => professionalOrNull(ctx, c.procesregisseurId),
    // Reads of persons are logged at the Person fields (modules/person/resolvers.ts).
    persons: (c, _args, ctx) => ctx.loaders.personsByCase.load(c.id),
    team: (c, _args, ctx) => ctx.loaders.teamByCase.load(c.id),
    allowedPhaseTransitions: (c) => [...allowedTransitions(c.phase)],
    viewerCan: async (c, _args, ctx) => viewerCaseActions(requireActor(ctx), await facts(ctx, c)),
    teamWarnings: async (c, _args, ctx) => {
      const [persons, team] = await Promise.all([
        ctx.loaders.personsByCase.load(c.id),
        ctx.loaders.teamByCase.load(c.id),
      ]);
      const organisations = await Promise.all(
        team.map((m) => ctx.loaders.organisation.load(m.organisationId)),
      );
      const warnings = teamWarnings(
        { persons, teamOrganisationKinds: organisations.flatMap((o) => (o ? [o.kind] : [])) },
        ctx.now,
      );
      return warnings.map((w) => ({ ...w, caseId: c.id }));
    },
  },
  TeamWarning: {
    person: async (w, _args, ctx) => {
      const person = (await ctx.loaders.personsByCase.load(w.caseId)).find((p) => p.id === w.personId);
      if (!person) throw AppError.notFound("Person");
      return person;
    },
  },
};
