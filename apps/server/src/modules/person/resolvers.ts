import { AppError, ageOn, fullName } from "@regiehub/domain";
import { can } from "@regiehub/policy";
import { operation, requireActor, type Context } from "../../graphql/context";
import type { Resolvers } from "../../graphql/generated/resolvers";
import type { PersonModel } from "../../graphql/models";
import { addPerson } from "./operations/add-person";
import { updatePerson } from "./operations/update-person";

/**
 * A read of a person's data, logged at the field itself, so every path that reaches a Person (the case,
 * grants, statements, warnings, mutation results) leaves its entry. Merged per person and request.
 */
function read<T>(p: PersonModel, ctx: Context, field: string, value: T): T {
  ctx.audit.read({
    caseId: p.caseId,
    subjectPersonIds: [p.id],
    fields: [`Person.${field}`],
    legalBasis: "LEGAL_TASK",
  });
  return value;
}

export const personResolvers: Resolvers = {
  Mutation: {
    addPerson: (_root, { input }, ctx) => addPerson(operation(ctx), input),
    updatePerson: (_root, { input }, ctx) => updatePerson(operation(ctx), input),
  },
  Person: {
    givenName: (p, _a, ctx) => read(p, ctx, "givenName", p.givenName),
    familyName: (p, _a, ctx) => read(p, ctx, "familyName", p.familyName),
    fullName: (p, _a, ctx) => read(p, ctx, "fullName", fullName(p)),
    birthDate: (p, _a, ctx) => read(p, ctx, "birthDate", p.birthDate),
    age: (p, _a, ctx) => read(p, ctx, "age", ageOn(p.birthDate, ctx.now)),
    householdRole: (p, _a, ctx) => read(p, ctx, "householdRole", p.householdRole),
    hasBsn: (p) => p.bsn !== null,
    bsn: async (p, _args, ctx) => {
      if (p.bsn === null) return null;
      const facts = await ctx.loaders.caseFacts.load(p.caseId);
      if (!facts || !can(requireActor(ctx), "person.readBsn", facts).allowed) {
        throw new AppError(
          "CONSENT_REQUIRED",
          "The BSN is only available to the directing organisation",
        ).about(p.caseId);
      }
      return read(p, ctx, "bsn", p.bsn);
    },
  },
};
