import { requireActor } from "../../graphql/context";
import type { Resolvers } from "../../graphql/generated/resolvers";
import { exportPersonData } from "./operations/export-person-data";

export const exportResolvers: Resolvers = {
  Mutation: {
    exportPersonData: (_root, { personId }, ctx) =>
      exportPersonData(ctx.db, requireActor(ctx), ctx.changes, ctx.pseudonymize, personId, ctx.now),
  },
};
