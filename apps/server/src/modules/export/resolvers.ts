import { operation } from "../../graphql/context";
import type { Resolvers } from "../../graphql/generated/resolvers";
import { exportPersonData } from "./operations/export-person-data";

export const exportResolvers: Resolvers = {
  Mutation: {
    exportPersonData: (_root, { personId }, ctx) => exportPersonData(operation(ctx), personId),
  },
};
