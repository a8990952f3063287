import { requireActor } from "../../graphql/context";
import type { Resolvers } from "../../graphql/generated/resolvers";
import { familyPlanDocument } from "./family-plan-document";

export const planDocumentResolvers: Resolvers = {
  Query: {
    familyPlanDocument: (_root, { caseId, planId }, ctx) =>
      familyPlanDocument(ctx, requireActor(ctx), caseId, planId),
  },
};
