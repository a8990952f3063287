import { eq } from "drizzle-orm";
import { z } from "zod";
import {
  AppError,
  calendarDate,
  ids,
  isIsoDate,
  isUuid,
  planIsEditable,
  plain,
  text,
  type Actor,
  type PlanStatus,
} from "@regiehub/domain";
import { tables, unsafeLoadItemFacts, type Executor, type PlanRow } from "@regiehub/db";
import type { CaseAction } from "@regiehub/policy";
import type { RegionSettings } from "../../../config";
import { authorizeCase } from "../../case/access";

// Shared by the plan and evaluation operations: input pieces, and loading and locking a plan for a change.
// Starting a new plan version is start-plan-version.ts.

export const STATUS_NL: Record<PlanStatus, string> = {
  DRAFT: "concept",
  AGREED: "afgesproken",
  APPROVED: "vastgesteld",
  SUPERSEDED: "vervangen",
};

/** Person ids, at least one, without repeats. */
export const uniqueIds = ids("Onbekende persoon")
  .min(1, "Kies minstens één persoon")
  .transform((ids) => [...new Set(ids)]);

/** A calendar date 'YYYY-MM-DD'. */
export const isoDate = plain().refine(isIsoDate, "Geef een datum (JJJJ-MM-DD)");

export const perspective = text({
  min: 3,
  max: 5000,
  multiline: true,
  required: "Beschrijf het gewenste perspectief",
});

export const version = z.number().int().min(1);

/** An item id that exists and is of `kind`, with its facts (without access rules: for authorisation). */
export async function loadItemFactsOfKind(
  tx: Executor,
  id: string,
  kind: "PLAN" | "GOAL" | "EVALUATION",
  what: string,
) {
  const facts = isUuid(id) ? await unsafeLoadItemFacts(tx, id) : undefined;
  if (!facts || facts.kind !== kind) throw AppError.notFound(what);
  return facts;
}

/** The content row of a plan, locked for the rest of the transaction (serialises changes to one plan). */
export async function lockPlan(tx: Executor, planId: string): Promise<PlanRow> {
  const [row] = await tx.select().from(tables.plans).where(eq(tables.plans.itemId, planId)).for("update");
  if (!row) throw AppError.notFound("Plan");
  return row;
}

/** Locks the case row: plan versions of one case are created and approved one at a time. */
export async function lockCase(tx: Executor, caseId: string): Promise<void> {
  await tx
    .select({ id: tables.cases.id })
    .from(tables.cases)
    .where(eq(tables.cases.id, caseId))
    .for("update");
}

/**
 * A plan about to change: its facts, authorised for `rule` on its case (with the region's settings), and its
 * locked content row. A stale
 * `version` is a CONFLICT (checked again atomically by `bumpVersion`).
 */
export async function loadPlanForChange(
  tx: Executor,
  actor: Actor,
  planId: string,
  expectedVersion: number,
  rule: CaseAction,
  region: RegionSettings,
) {
  const facts = await loadItemFactsOfKind(tx, planId, "PLAN", "Plan");
  await authorizeCase(tx, actor, facts.caseId, rule, region);
  const plan = await lockPlan(tx, planId);
  const current = await unsafeLoadItemFacts(tx, planId);
  if (!current || current.version !== expectedVersion) throw stale(facts.caseId, planId);
  return { facts: current, plan };
}

export function stale(caseId: string, itemId: string): AppError {
  return new AppError(
    "CONFLICT",
    "Iemand anders heeft dit intussen gewijzigd; laad de gegevens opnieuw en probeer het nog eens",
  ).about(caseId, [itemId]);
}

/** Only a draft may be edited: a change to an agreed or approved plan needs a new version (or a reopen). */
export function requireEditable(plan: PlanRow, caseId: string): void {
  if (planIsEditable(plan.status)) return;
  const hint =
    plan.status === "AGREED"
      ? "zet het afgesproken plan eerst terug naar concept (met een reden)"
      : "maak een nieuwe versie van het plan";
  throw new AppError(
    "CONFLICT",
    `Versie ${plan.number} van het gezinsplan is ${STATUS_NL[plan.status]} en kan niet meer worden gewijzigd; ${hint}.`,
  ).about(caseId, [plan.itemId]);
}

/** Today's calendar date in the Netherlands. */
export const today = (now: Date): string => calendarDate(now);
