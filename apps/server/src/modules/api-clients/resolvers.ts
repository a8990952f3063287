import { operation } from "../../graphql/context";
import type { Resolvers } from "../../graphql/generated/resolvers";
import { listApiClients } from "./operations/list-api-clients";
import { registerApiClient } from "./operations/register-api-client";
import { revokeApiClient } from "./operations/revoke-api-client";
import { rotateApiClientSecret } from "./operations/rotate-api-client-secret";

// Partner systems (API clients) of the ADMIN's own organisation: register, list, rotate the secret, revoke.
export const apiClientResolvers: Resolvers = {
  Query: {
    apiClients: (_root, _args, ctx) => listApiClients(operation(ctx)),
  },
  Mutation: {
    registerApiClient: (_root, { input }, ctx) => registerApiClient(operation(ctx), input),
    rotateApiClientSecret: (_root, args, ctx) => rotateApiClientSecret(operation(ctx), args),
    revokeApiClient: async (_root, args, ctx) => {
      const client = await revokeApiClient(operation(ctx), args);
      // Its open WebSockets on this instance close now (4403); other instances at their next check.
      ctx.auth.clientSockets.revoked(client.id);
      return client;
    },
  },
  ProcessingLogEntry: {
    apiClientId: (entry) => (entry.actorType === "PARTNER_SYSTEM" ? entry.actorId : null),
  },
};
