import DataLoader from "dataloader";
import { AppError } from "@regiehub/domain";
import { mayManageReferences } from "@regiehub/policy";
import { operation, requireActor, type Context } from "../../graphql/context";
import type { Resolvers } from "../../graphql/generated/resolvers";
import type { PartnerReferenceModel } from "../../graphql/models";
import { selectedFields } from "../../graphql/selection";
import { attachPartnerReference } from "./operations/attach-partner-reference";
import { detachPartnerReference } from "./operations/detach-partner-reference";
import { findPartnerReferences } from "./operations/find-partner-references";
import { unsafeReferencesOfPersons } from "./shared";

// A partner's own references. Every path that reaches one decides it for the viewer's organisation: the look-up
// and `Person.partnerReferences` give only the organisation's own, in cases where it may manage them
// (`mayManageReferences`); the mutations authorize the same. The value and its label are logged as reads of the
// person where they are resolved (the look-up, a Person, a mutation's answer).

/**
 * The references of (organisation, person) pairs, one query per organisation per tick. Keyed by organisation
 * too: a page of live events shares its loaders between subscribers of different organisations.
 */
const perRequest = new WeakMap<Context["loaders"], DataLoader<string, PartnerReferenceModel[]>>();

function referencesOf(ctx: Context): DataLoader<string, PartnerReferenceModel[]> {
  let loader = perRequest.get(ctx.loaders);
  if (!loader) {
    const db = ctx.db;
    loader = new DataLoader(async (keys) => {
      const byOrganisation = new Map<string, string[]>();
      for (const key of keys) {
        const [organisationId, personId] = key.split(" ") as [string, string];
        byOrganisation.set(organisationId, [...(byOrganisation.get(organisationId) ?? []), personId]);
      }
      const found = new Map<string, PartnerReferenceModel[]>();
      for (const [organisationId, personIds] of byOrganisation) {
        for (const row of await unsafeReferencesOfPersons(db, organisationId, personIds)) {
          const key = `${row.organisationId} ${row.personId}`;
          found.set(key, [...(found.get(key) ?? []), row]);
        }
      }
      return keys.map((key) => found.get(key) ?? []);
    });
    perRequest.set(ctx.loaders, loader);
  }
  return loader;
}

/** A read of the reference's value or label, logged as a read of its person in its case. */
function read<T>(r: PartnerReferenceModel, ctx: Context, field: string, value: T): T {
  ctx.audit.read({
    caseId: r.caseId,
    subjectPersonIds: [r.personId],
    fields: [`PartnerReference.${field}`],
    legalBasis: "LEGAL_TASK",
  });
  return value;
}

export const partnerReferenceResolvers: Resolvers = {
  Query: {
    partnerReferences: (_root, args, ctx) => findPartnerReferences(operation(ctx), args),
  },
  Mutation: {
    attachPartnerReference: (_root, { input }, ctx) => attachPartnerReference(operation(ctx), input),
    detachPartnerReference: (_root, args, ctx) => detachPartnerReference(operation(ctx), args),
  },
  Person: {
    // Only the viewer's organisation's own, and only where it may manage them: empty for everyone else (the
    // directing organisation, other partners, a partner system without `references:manage`).
    partnerReferences: async (p, _args, ctx) => {
      const actor = requireActor(ctx);
      const facts = await ctx.loaders.caseFacts.load(p.caseId);
      if (!facts || !mayManageReferences(actor, facts).allowed) return [];
      return referencesOf(ctx).load(`${actor.organisationId} ${p.id}`);
    },
  },
  PartnerReference: {
    reference: (r, _args, ctx) => read(r, ctx, "reference", r.reference),
    label: (r, _args, ctx) => read(r, ctx, "label", r.label),
    person: async (r, _args, ctx) => {
      const person = (await ctx.loaders.personsByCase.load(r.caseId)).find((p) => p.id === r.personId);
      if (!person) throw AppError.notFound("Person");
      return person;
    },
    case: async (r, _args, ctx, info) => {
      const row = await ctx.loaders.caseById.load(r.caseId);
      if (!row) throw AppError.notFound("Case");
      ctx.audit.read({
        caseId: row.id,
        subjectPersonIds: [],
        fields: selectedFields(info, "Case"),
        legalBasis: "LEGAL_TASK",
        detail: "own reference",
      });
      return row;
    },
    organisation: async (r, _args, ctx) => {
      const row = await ctx.loaders.organisation.load(r.organisationId);
      if (!row) throw AppError.notFound("Organisation");
      return row;
    },
  },
};
