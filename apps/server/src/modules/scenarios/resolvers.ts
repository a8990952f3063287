import { asc, eq } from "drizzle-orm";
import {
  AppError,
  QUADRANT_POSITIONS,
  currentScenario,
  quadrantKey,
  type QuadrantPosition,
} from "@regiehub/domain";
import { tables } from "@regiehub/db";
import { can } from "@regiehub/policy";
import { operation, professionalOrNull, requireActor, type Context } from "../../graphql/context";
import type { Resolvers } from "../../graphql/generated/resolvers";
import type { CaseModel } from "../../graphql/models";
import { noteChecked } from "../../checked-actions";
import { observeScenarioSignal } from "./operations/observe-scenario-signal";
import { setCaseScenarios } from "./operations/set-case-scenarios";

// A case's scenarios: the directors' tool (`scenario.manage`), released only to them — for every other viewer
// the field is null with CONSENT_REQUIRED (and a DENIED entry), decided over the case's facts of this request.

const positionOf = (key: string): QuadrantPosition => {
  const [a, b] = key.split("-").map(Number);
  return [a === 1 ? 1 : 0, b === 1 ? 1 : 0];
};

async function loadScenarios(ctx: Context, c: CaseModel) {
  const actor = requireActor(ctx);
  const facts = await ctx.loaders.caseFacts.load(c.id);
  noteChecked(actor, "scenario.manage");
  if (!facts || !can(actor, "scenario.manage", facts).allowed) {
    throw new AppError("CONSENT_REQUIRED", "A case's scenarios are shared with its directors only").about(
      c.id,
    );
  }
  const { caseScenarioFactors, caseScenarios, scenarioSignals } = tables;
  const [factors] = await ctx.db
    .select()
    .from(caseScenarioFactors)
    .where(eq(caseScenarioFactors.caseId, c.id));
  if (!factors) return null;
  const [responses, signals] = await Promise.all([
    ctx.db.select().from(caseScenarios).where(eq(caseScenarios.caseId, c.id)),
    ctx.db
      .select()
      .from(scenarioSignals)
      .where(eq(scenarioSignals.caseId, c.id))
      .orderBy(asc(scenarioSignals.description)),
  ]);
  ctx.audit.read({
    caseId: c.id,
    subjectPersonIds: [],
    fields: ["Case.scenarios"],
    legalBasis: "LEGAL_TASK",
  });
  const observed = signals.flatMap((s) =>
    s.observedAt ? [{ position: positionOf(s.position), observedAt: s.observedAt }] : [],
  );
  const current = currentScenario(observed);
  const currentKey = current ? quadrantKey(current) : null;
  const scenarios = QUADRANT_POSITIONS.map((position) => {
    const key = quadrantKey(position);
    return {
      key,
      firstOutcome: factors.firstOutcomes[position[0]] ?? "",
      secondOutcome: factors.secondOutcomes[position[1]] ?? "",
      response: responses.find((r) => r.position === key)?.response ?? "",
      signals: signals.filter((s) => s.position === key),
      current: key === currentKey,
    };
  });
  return {
    factors: [
      { question: factors.firstQuestion, outcomes: factors.firstOutcomes },
      { question: factors.secondQuestion, outcomes: factors.secondOutcomes },
    ],
    scenarios,
    current: scenarios.find((s) => s.current) ?? null,
    version: factors.version,
  };
}

export const scenarioResolvers: Resolvers = {
  Mutation: {
    setCaseScenarios: (_root, { input }, ctx) => setCaseScenarios(operation(ctx), input),
    observeScenarioSignal: (_root, args, ctx) => observeScenarioSignal(operation(ctx), args),
  },
  Case: {
    scenarios: (c, _args, ctx) => loadScenarios(ctx, c),
  },
  ScenarioSignal: {
    observedBy: (s, _args, ctx) => professionalOrNull(ctx, s.observedByProfessionalId),
  },
};
