import { makeExecutableSchema } from "@graphql-tools/schema";
import type { GraphQLSchema } from "graphql";
import { typeDefs } from "@regiehub/schema";
import { authResolvers } from "../modules/auth/resolvers";
import { caseResolvers } from "../modules/case/resolvers";
import { directoryResolvers } from "../modules/directory/resolvers";
import { personResolvers } from "../modules/person/resolvers";
import { teamResolvers } from "../modules/team/resolvers";
import { guardRootFields } from "./guard";
import { DateScalar, DateTimeScalar } from "./scalars";

/** The executable schema: committed SDL + module resolvers, with every non-public root field guarded. */
export function buildSchema(): GraphQLSchema {
  const schema = makeExecutableSchema({
    typeDefs,
    resolvers: [
      { Date: DateScalar, DateTime: DateTimeScalar },
      authResolvers,
      directoryResolvers,
      caseResolvers,
      personResolvers,
      teamResolvers,
    ],
    resolverValidationOptions: { requireResolversToMatchSchema: "error" },
  });
  return guardRootFields(schema);
}
