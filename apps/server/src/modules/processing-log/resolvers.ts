import { operation } from "../../graphql/context";
import type { Resolvers } from "../../graphql/generated/resolvers";
import { listProcessingLog } from "./operations/list-processing-log";
import { searchProcessingLog } from "./operations/search-processing-log";
import { personsByPseudonym } from "./subjects";

export const processingLogResolvers: Resolvers = {
  Query: {
    processingLog: (_root, args, ctx) => listProcessingLog(operation(ctx), args),
    processingLogLines: (_root, args, ctx) => searchProcessingLog(operation(ctx), args),
  },
  ProcessingLogLine: {
    actor: async (l, _args, ctx) =>
      l.actorType === "PROFESSIONAL" && l.actorId
        ? ((await ctx.loaders.professional.load(l.actorId)) ?? null)
        : null,
    organisation: async (l, _args, ctx) =>
      l.organisationId ? ((await ctx.loaders.organisation.load(l.organisationId)) ?? null) : null,
    apiClientId: (l) => (l.actorType === "PARTNER_SYSTEM" ? l.actorId : null),
    subjects: async (l, _args, ctx) => {
      if (l.subjectPseudonyms.length === 0) return [];
      const persons = await personsByPseudonym(ctx, l.caseId);
      return l.subjectPseudonyms.flatMap((p) => {
        const person = persons.get(p);
        return person ? [person] : [];
      });
    },
    subjectCount: (l) => l.subjectPseudonyms.length,
  },
  ProcessingLogEntry: {
    id: (e) => String(e.id),
    actor: async (e, _args, ctx) =>
      e.actorId ? ((await ctx.loaders.professional.load(e.actorId)) ?? null) : null,
    organisation: async (e, _args, ctx) =>
      e.organisationId ? ((await ctx.loaders.organisation.load(e.organisationId)) ?? null) : null,
    subjects: async (e, _args, ctx) => {
      if (!e.caseId || e.subjectPseudonyms.length === 0) return [];
      const persons = await personsByPseudonym(ctx, e.caseId);
      return e.subjectPseudonyms.flatMap((p) => {
        const person = persons.get(p);
        return person ? [person] : [];
      });
    },
    subjectCount: (e) => e.subjectPseudonyms.length,
  },
};
