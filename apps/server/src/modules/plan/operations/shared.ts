import { and, asc, desc, eq } from "drizzle-orm";
import { z } from "zod";
import {
  AppError,
  calendarDate,
  isIsoDate,
  isUuid,
  planIsEditable,
  type Actor,
  type Domain,
  type LegalBasis,
  type PlanStatus,
} from "@regiehub/domain";
import { tables, unsafeLoadItemFacts, type Executor, type PlanRow } from "@regiehub/db";
import type { CaseAction } from "@regiehub/policy";
import type { RecordChange } from "../../../changes/recorder";
import { authorizeCase } from "../../case/access";
import { caseFramework, defaultLegalBasis, requirePersonsOfCase } from "../../dossier/operations/shared";

// Shared by the plan and evaluation operations: input pieces, loading a plan for a change, and starting a new
// plan version (draftPlan and holdEvaluation with startNewPlanVersion run the same code).

export const STATUS_NL: Record<PlanStatus, string> = {
  DRAFT: "concept",
  AGREED: "afgesproken",
  APPROVED: "vastgesteld",
  SUPERSEDED: "vervangen",
};

/** Person ids, at least one, without repeats. */
export const uniqueIds = z
  .array(z.string())
  .min(1, "Kies minstens één persoon")
  .transform((ids) => [...new Set(ids)]);

/** A calendar date 'YYYY-MM-DD'. */
export const isoDate = z.string().refine(isIsoDate, "Geef een datum (JJJJ-MM-DD)");

export const perspective = z
  .string()
  .trim()
  .min(3, "Beschrijf het gewenste perspectief")
  .max(5000, "Maximaal 5.000 tekens");

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
 * A plan about to change: its facts, authorised for `rule` on its case, and its locked content row. A stale
 * `version` is a CONFLICT (checked again atomically by `bumpVersion`).
 */
export async function loadPlanForChange(
  tx: Executor,
  actor: Actor,
  planId: string,
  expectedVersion: number,
  rule: CaseAction,
) {
  const facts = await loadItemFactsOfKind(tx, planId, "PLAN", "Plan");
  await authorizeCase(tx, actor, facts.caseId, rule);
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

export interface PlanVersionRequest {
  caseId: string;
  perspective?: string | null | undefined;
  subjectPersonIds?: readonly string[] | null | undefined;
  domain: Domain;
  legalBasis?: LegalBasis | null | undefined;
}

/**
 * Starts the next plan version as a DRAFT: number = highest + 1; the perspective (when not given) and the goals
 * of the APPROVED plan in force are copied (the goals as new GOAL items with the same lineage). CONFLICT while
 * a DRAFT or AGREED version exists. Records the change (ITEM_RECORDED); the caller has authorised "plan.manage".
 */
export async function startPlanVersion(
  tx: Executor,
  actor: Actor,
  record: RecordChange,
  request: PlanVersionRequest,
  detail?: string,
): Promise<string> {
  const { plans, goals, dossierItems, persons } = tables;
  const { caseId } = request;
  await lockCase(tx, caseId);
  const versions = await tx
    .select({
      itemId: plans.itemId,
      number: plans.number,
      status: plans.status,
      perspective: plans.perspective,
    })
    .from(plans)
    .where(eq(plans.caseId, caseId))
    .orderBy(desc(plans.number));
  const open = versions.find((p) => p.status === "DRAFT" || p.status === "AGREED");
  if (open) {
    throw new AppError(
      "CONFLICT",
      `Versie ${open.number} van het gezinsplan is nog ${STATUS_NL[open.status]}; rond die eerst af voordat je een nieuwe versie begint.`,
    ).about(caseId, [open.itemId]);
  }
  const inForce = versions.find((p) => p.status === "APPROVED");
  const number = (versions[0]?.number ?? 0) + 1;

  let subjectPersonIds: string[];
  if (request.subjectPersonIds) {
    subjectPersonIds = [...new Set(request.subjectPersonIds)];
    await requirePersonsOfCase(tx, caseId, subjectPersonIds, "input.subjectPersonIds");
  } else {
    const rows = await tx
      .select({ id: persons.id })
      .from(persons)
      .where(eq(persons.caseId, caseId))
      .orderBy(asc(persons.householdRole), asc(persons.birthDate), asc(persons.id));
    subjectPersonIds = rows.map((r) => r.id);
  }
  const legalBasis = request.legalBasis ?? defaultLegalBasis(await caseFramework(tx, caseId));

  // Items of one transaction share now(); explicit, increasing creation times keep the copied goals in order.
  const base = Date.now();
  const [planItem] = await tx
    .insert(dossierItems)
    .values({
      caseId,
      kind: "PLAN",
      domain: request.domain,
      dataClass: "GENERAL",
      subjectPersonIds,
      authorProfessionalId: actor.professionalId,
      authorOrganisationId: actor.organisationId,
      sourceKind: "OWN_OBSERVATION",
      legalBasis,
      createdAt: new Date(base),
      updatedAt: new Date(base),
    })
    .returning({ id: dossierItems.id });
  const planId = planItem!.id;
  await tx.insert(plans).values({
    itemId: planId,
    caseId,
    number,
    status: "DRAFT",
    perspective: request.perspective ?? inForce?.perspective ?? "",
  });

  const copies = inForce
    ? await tx
        .select({ item: dossierItems, goal: goals })
        .from(dossierItems)
        .innerJoin(goals, eq(goals.itemId, dossierItems.id))
        .where(and(eq(dossierItems.parentItemId, inForce.itemId), eq(dossierItems.kind, "GOAL")))
        .orderBy(asc(dossierItems.createdAt), asc(dossierItems.id))
    : [];
  const goalIds: string[] = [];
  const subjects = new Set(subjectPersonIds);
  for (const [i, { item, goal }] of copies.entries()) {
    const at = new Date(base + i + 1);
    const [row] = await tx
      .insert(dossierItems)
      .values({
        caseId,
        kind: "GOAL",
        domain: item.domain,
        dataClass: item.dataClass,
        subjectPersonIds: item.subjectPersonIds,
        authorProfessionalId: actor.professionalId,
        authorOrganisationId: actor.organisationId,
        sourceKind: item.sourceKind,
        sourceDescription: item.sourceDescription,
        legalBasis: item.legalBasis,
        parentItemId: planId,
        createdAt: at,
        updatedAt: at,
      })
      .returning({ id: dossierItems.id });
    await tx.insert(goals).values({
      itemId: row!.id,
      lineageId: goal.lineageId,
      familyWording: goal.familyWording,
      professionalWording: goal.professionalWording,
      priority: goal.priority,
      targetDate: goal.targetDate,
    });
    goalIds.push(row!.id);
    for (const id of item.subjectPersonIds) subjects.add(id);
  }

  record({
    kind: "ITEM_RECORDED",
    caseId,
    subjectPersonIds: [...subjects],
    itemIds: [planId, ...goalIds],
    fields: [
      "Plan.number",
      "Plan.status",
      "Plan.perspective",
      ...(goalIds.length
        ? [
            "Goal.lineageId",
            "Goal.familyWording",
            "Goal.professionalWording",
            "Goal.priority",
            "Goal.targetDate",
          ]
        : []),
    ],
    legalBasis,
    detail:
      detail ??
      (inForce
        ? `plan version ${number}, ${goalIds.length} goal(s) copied from version ${inForce.number}`
        : `plan version ${number}`),
  });
  return planId;
}
