import type { Resolvers } from "../../graphql/generated/resolvers";

export const actionResolvers: Resolvers = {};
