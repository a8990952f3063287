import DataLoader from "dataloader";
import { operation, professionalOrNull, type Context } from "../../graphql/context";
import type { Resolvers } from "../../graphql/generated/resolvers";
import { allValidationRules } from "../../graphql/limits";
import { listTrustedDocuments } from "./operations/list-trusted-documents";
import { registerTrustedDocuments } from "./operations/register-trusted-documents";
import { removeTrustedDocument } from "./operations/remove-trusted-document";
import type { TrustedDocumentModel } from "./shared";

// Trusted documents of the ADMIN's own organisation's API clients: register, remove, list with the client.
// Each change makes this instance forget the client's cached documents at once (trusted-documents/registry.ts).

/** The documents of the clients one request shows, in one query (per request: nothing is kept across). */
const perRequest = new WeakMap<object, DataLoader<string, TrustedDocumentModel[]>>();
function documentsOf(ctx: Context, clientId: string): Promise<TrustedDocumentModel[]> {
  let loader = perRequest.get(ctx.loaders);
  if (!loader) {
    loader = new DataLoader((ids: readonly string[]) => listTrustedDocuments(ctx.db, ids));
    perRequest.set(ctx.loaders, loader);
  }
  return loader.load(clientId);
}

export const trustedDocumentResolvers: Resolvers = {
  Mutation: {
    registerTrustedDocuments: async (_root, args, ctx, info) => {
      const documents = await registerTrustedDocuments(operation(ctx), args, {
        schema: info.schema,
        rules: allValidationRules(ctx.config.limits),
        maxTokens: ctx.config.limits.maxTokens,
      });
      ctx.trustedDocuments?.invalidate(args.apiClientId);
      return documents;
    },
    removeTrustedDocument: async (_root, args, ctx) => {
      const { clientId, document } = await removeTrustedDocument(operation(ctx), args);
      ctx.trustedDocuments?.invalidate(clientId);
      return document;
    },
  },
  ApiClient: {
    trustedDocuments: (client, _args, ctx) => documentsOf(ctx, client.id),
  },
  TrustedDocument: {
    registeredBy: (doc, _args, ctx) => professionalOrNull(ctx, doc.registeredByProfessionalId),
  },
};
