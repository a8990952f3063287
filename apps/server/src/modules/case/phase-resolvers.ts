import DataLoader from "dataloader";
import { can } from "@regiehub/policy";
import { requireActor, type Context } from "../../graphql/context";
import type { Resolvers } from "../../graphql/generated/resolvers";
import { unsafeLoadPhaseTransitions, type PhaseTransitionModel } from "./operations/list-phase-transitions";

// Why a case is in its phase (packages/schema/phase.graphql): its recorded transitions, batched per request.

// Keyed by the request's loaders: a root field's resolver gets a context of its own (graphql/guard.ts).
const perRequest = new WeakMap<Context["loaders"], DataLoader<string, PhaseTransitionModel[]>>();

function transitions(ctx: Context, caseId: string): Promise<PhaseTransitionModel[]> {
  let loader = perRequest.get(ctx.loaders);
  if (!loader) {
    loader = new DataLoader((caseIds) => unsafeLoadPhaseTransitions(ctx.db, caseIds));
    perRequest.set(ctx.loaders, loader);
  }
  return loader.load(caseId);
}

export const phaseResolvers: Resolvers = {
  Case: {
    // The latest move into the phase the case is in now.
    phaseReason: async (c, _a, ctx) =>
      (await transitions(ctx, c.id)).find((t) => t.toPhase === c.phase) ?? null,
    phaseHistory: (c, _a, ctx) => transitions(ctx, c.id),
  },
  PhaseTransition: {
    from: (t) => t.fromPhase,
    to: (t) => t.toPhase,
    // A director's free text can say more about the family than the phase: for those who move the phase.
    reason: async (t, _a, ctx) => {
      const facts = await ctx.loaders.caseFacts.load(t.caseId);
      return facts && can(requireActor(ctx), "case.movePhase", facts).allowed ? t.reason : null;
    },
    by: async (t, _a, ctx) => (await ctx.loaders.professional.load(t.byProfessionalId)) ?? null,
  },
};
