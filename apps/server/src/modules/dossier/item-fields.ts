import { AppError, type ItemTypeName } from "@regiehub/domain";
import type { ItemRecord } from "@regiehub/db";
import {
  itemViewerActions,
  organisationsSeeingItem,
  type ItemAccess,
  type ItemViewFacts,
} from "@regiehub/policy";
import { requireActor, type Context } from "../../graphql/context";
import type { ObservationResolvers } from "../../graphql/generated/resolvers";
import { accessOf, content } from "./access";
import { summaryOf } from "./summary";

/**
 * Kind-specific facts the policy's `itemViewerActions` needs (an action's owner and status, a goal's plan
 * status), loaded by the type's module. The policy decides; this only says where the item stands.
 */
export type KindViewFacts = (
  record: ItemRecord,
  ctx: Context,
  access: ItemAccess,
) => Partial<ItemViewFacts> | Promise<Partial<ItemViewFacts>>;

/** Field resolvers every item type shares (the DossierItem interface). */
export const itemFields = (typeName: ItemTypeName, kindViewFacts?: KindViewFacts) =>
  ({
    redacted: async (r: ItemRecord, _a: unknown, ctx: Context) => !(await accessOf(ctx, r)).allowed,
    accessVia: async (r: ItemRecord, _a: unknown, ctx: Context) => {
      const access = await accessOf(ctx, r);
      return access.allowed ? access.via : null;
    },
    subjects: (r: ItemRecord, _a: unknown, ctx: Context) =>
      content(ctx, r, `${typeName}.subjects`, async () => {
        const persons = await ctx.loaders.personsByCase.load(r.caseId);
        return persons.filter((p) => r.subjectPersonIds.includes(p.id));
      }),
    authorOrganisation: async (r: ItemRecord, _a: unknown, ctx: Context) => {
      const org = await ctx.loaders.organisation.load(r.authorOrganisationId);
      if (!org) throw AppError.notFound("Organisation");
      return org;
    },
    author: (r: ItemRecord, _a: unknown, ctx: Context) =>
      content(
        ctx,
        r,
        `${typeName}.author`,
        async () => (await ctx.loaders.professional.load(r.authorProfessionalId)) ?? null,
      ),
    source: (r: ItemRecord, _a: unknown, ctx: Context) =>
      content(ctx, r, `${typeName}.source`, () => ({ kind: r.sourceKind, description: r.sourceDescription })),
    statements: (r: ItemRecord, _a: unknown, ctx: Context) =>
      content(ctx, r, `${typeName}.statements`, () => ctx.loaders.statementsByItem.load(r.id)),
    summary: (r: ItemRecord, _a: unknown, ctx: Context) =>
      content(ctx, r, `${typeName}.summary`, () => summaryOf(r)),
    visibleTo: async (r: ItemRecord, _a: unknown, ctx: Context) => {
      // Who else sees an item reveals grants: only for viewers who see the item themselves.
      if (!(await accessOf(ctx, r)).allowed) return [];
      const [facts, grants] = await Promise.all([
        ctx.loaders.caseFacts.load(r.caseId),
        ctx.loaders.grantsByCase.load(r.caseId),
      ]);
      if (!facts) return [];
      const proces = facts.procesregisseurId
        ? await ctx.loaders.professional.load(facts.procesregisseurId)
        : undefined;
      const ids = organisationsSeeingItem(facts, r, grants, proces?.organisationId ?? null, ctx.now);
      const orgs = await Promise.all(ids.map((id) => ctx.loaders.organisation.load(id)));
      return orgs.flatMap((o) => (o ? [o] : []));
    },
    viewerCan: async (r: ItemRecord, _a: unknown, ctx: Context) => {
      const actor = requireActor(ctx);
      const [facts, access] = await Promise.all([ctx.loaders.caseFacts.load(r.caseId), accessOf(ctx, r)]);
      if (!facts) return [];
      const item: ItemViewFacts = {
        kind: r.kind,
        authorProfessionalId: r.authorProfessionalId,
        ...(await kindViewFacts?.(r, ctx, access)),
      };
      return itemViewerActions(actor, facts, item, access);
    },
  }) satisfies Partial<ObservationResolvers>;
