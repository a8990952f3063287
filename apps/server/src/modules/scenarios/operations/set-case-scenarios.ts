import type { OperationContext } from "../../../operation";
import { eq } from "drizzle-orm";
import { z } from "zod";
import {
  AppError,
  QUADRANT_POSITIONS,
  checkFactors,
  parseInput,
  quadrantKey,
  targetId,
  text,
} from "@regiehub/domain";
import { tables, type CaseRow } from "@regiehub/db";
import { authorizeCase } from "../../case/access";

const KEYS = QUADRANT_POSITIONS.map(quadrantKey);

const outcome = text({ max: 200, min: 1, required: "Geef beide uitkomsten" });
const Factor = z.object({
  question: text({ max: 300, min: 3, required: "Formuleer de onzekere factor als vraag" }),
  outcomes: z.array(outcome).length(2, "Geef precies twee uitkomsten"),
});

export const SetCaseScenariosInput = z.object({
  caseId: targetId(),
  version: z.number().int().min(1).nullish(),
  factors: z.array(Factor).length(2, "Geef precies twee onzekere factoren"),
  scenarios: z
    .array(
      z.object({
        key: z.enum(KEYS as [string, ...string[]], { message: "Kies een scenario: 0-0, 0-1, 1-0 of 1-1" }),
        response: text({ max: 2_000, min: 3, multiline: true, required: "Beschrijf de afgesproken aanpak" }),
        signals: z
          .array(text({ max: 300, min: 3, required: "Beschrijf het signaal" }))
          .max(10, "Maximaal 10 signalen per scenario"),
      }),
    )
    .length(4, "Beschrijf alle vier de scenario's")
    .refine((list) => new Set(list.map((s) => s.key)).size === 4, "Elk scenario één keer"),
});

const FACTOR_PROBLEMS = {
  EMPTY: "Vul de vraag en beide uitkomsten in",
  SAME_OUTCOMES: "De twee uitkomsten van een factor verschillen: anders is hij niet onzeker",
  SAME_QUESTION: "Kies twee verschillende onzekere factoren",
} as const;

/**
 * Sets the scenarios of a case (its directors): two uncertain factors and, for each of the four scenarios they
 * span, the agreed response and its signals. Replaces what was there; a signal that stays (same scenario, same
 * text) keeps its observation.
 */
export async function setCaseScenarios(
  { db, actor, changes }: OperationContext,
  rawInput: unknown,
): Promise<CaseRow> {
  const input = parseInput(SetCaseScenariosInput, rawInput);
  const [first, second] = input.factors.map((f) => ({
    question: f.question,
    outcomes: [f.outcomes[0]!, f.outcomes[1]!] as const,
  }));
  const problem = checkFactors(first!, second!);
  if (problem) throw AppError.badInput("input.factors", FACTOR_PROBLEMS[problem]);
  return changes.transaction(db, async (tx, record) => {
    await authorizeCase(tx, actor, input.caseId, "scenario.manage");
    const { caseScenarioFactors, caseScenarios, scenarioSignals, cases } = tables;
    const [current] = await tx
      .select()
      .from(caseScenarioFactors)
      .where(eq(caseScenarioFactors.caseId, input.caseId))
      .for("update");
    if (current && input.version !== current.version) {
      throw new AppError("CONFLICT", "De scenario's zijn intussen gewijzigd; laad ze opnieuw").about(
        input.caseId,
      );
    }
    const values = {
      firstQuestion: first!.question,
      firstOutcomes: [...first!.outcomes],
      secondQuestion: second!.question,
      secondOutcomes: [...second!.outcomes],
      updatedByProfessionalId: actor.professionalId,
      updatedAt: new Date(),
    };
    if (current) {
      await tx
        .update(caseScenarioFactors)
        .set({ ...values, version: current.version + 1 })
        .where(eq(caseScenarioFactors.caseId, input.caseId));
    } else {
      await tx.insert(caseScenarioFactors).values({ caseId: input.caseId, ...values });
    }
    await tx.delete(caseScenarios).where(eq(caseScenarios.caseId, input.caseId));
    await tx
      .insert(caseScenarios)
      .values(input.scenarios.map((s) => ({ caseId: input.caseId, position: s.key, response: s.response })));

    const existing = await tx.select().from(scenarioSignals).where(eq(scenarioSignals.caseId, input.caseId));
    const wanted = input.scenarios.flatMap((s) =>
      [...new Set(s.signals)].map((description) => ({ position: s.key, description })),
    );
    const same = (
      a: { position: string; description: string },
      b: { position: string; description: string },
    ) => a.position === b.position && a.description === b.description;
    for (const old of existing) {
      if (!wanted.some((w) => same(w, old)))
        await tx.delete(scenarioSignals).where(eq(scenarioSignals.id, old.id));
    }
    const added = wanted.filter((w) => !existing.some((old) => same(w, old)));
    if (added.length > 0) {
      await tx.insert(scenarioSignals).values(added.map((w) => ({ caseId: input.caseId, ...w })));
    }
    record({
      kind: "SCENARIOS_SET",
      caseId: input.caseId,
      subjectPersonIds: [],
      fields: ["Case.scenarios"],
      legalBasis: "LEGAL_TASK",
    });
    const [row] = await tx.select().from(cases).where(eq(cases.id, input.caseId));
    return row!;
  });
}
