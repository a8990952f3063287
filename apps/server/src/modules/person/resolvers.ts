import { AppError, ageOn, fullName } from "@regiehub/domain";
import { can } from "@regiehub/policy";
import { requireActor } from "../../graphql/context";
import type { Resolvers } from "../../graphql/generated/resolvers";
import { addPerson } from "./operations/add-person";
import { updatePerson } from "./operations/update-person";

export const personResolvers: Resolvers = {
  Mutation: {
    addPerson: (_root, { input }, ctx) => addPerson(ctx.db, requireActor(ctx), ctx.audit, input),
    updatePerson: (_root, { input }, ctx) => updatePerson(ctx.db, requireActor(ctx), ctx.audit, input),
  },
  Person: {
    fullName: (p) => fullName(p),
    age: (p, _args, ctx) => ageOn(p.birthDate, ctx.now),
    hasBsn: (p) => p.bsn !== null,
    bsn: async (p, _args, ctx) => {
      if (p.bsn === null) return null;
      const facts = await ctx.loaders.caseFacts.load(p.caseId);
      if (!facts || !can(requireActor(ctx), "person.readBsn", facts).allowed) {
        throw new AppError("CONSENT_REQUIRED", "The BSN is only available to the directing organisation");
      }
      return p.bsn;
    },
  },
};
