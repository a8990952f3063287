import { and, asc, desc, eq } from "drizzle-orm";
import { AppError, type Actor, type Domain, type DomainChange, type LegalBasis } from "@regiehub/domain";
import { tables, type Executor } from "@regiehub/db";
import type { RecordChange } from "../../../changes/recorder";
import { caseFramework, defaultLegalBasis, requirePersonsOfCase } from "../../dossier/operations/shared";
import { STATUS_NL, lockCase } from "./shared";

// Starting a new plan version: draftPlan and holdEvaluation (with startNewPlanVersion) run the same code.

export interface PlanVersionRequest {
  caseId: string;
  perspective?: string | null | undefined;
  subjectPersonIds?: readonly string[] | null | undefined;
  domain: Domain;
  legalBasis?: LegalBasis | null | undefined;
  /** Why this version is started (a scenario's signal, a meeting's decision); null when not said. */
  reason?: string | null | undefined;
}

/** The plan version the new one continues from (the APPROVED plan in force), and the new version's number. */
interface Predecessor {
  number: number;
  inForce: { itemId: string; number: number; perspective: string } | undefined;
}

/** What a new plan version carries over to its goals and its change record. */
interface NewPlan {
  caseId: string;
  planId: string;
  /** Creation time of the plan item; the copied goals follow it, one millisecond apart. */
  base: number;
}

/** A goal copied into the new plan version, with the persons it is about. */
interface CopiedGoal {
  id: string;
  subjectPersonIds: string[];
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
  const { caseId } = request;
  await lockCase(tx, caseId);
  const { number, inForce } = await findVersions(tx, caseId);
  const subjectPersonIds = await planSubjects(tx, caseId, request.subjectPersonIds);
  const legalBasis = request.legalBasis ?? defaultLegalBasis(await caseFramework(tx, caseId));
  const plan = await insertPlan(tx, actor, {
    caseId,
    number,
    domain: request.domain,
    subjectPersonIds,
    legalBasis,
    perspective: request.perspective ?? inForce?.perspective ?? "",
    draftReason: request.reason ?? null,
  });
  const copied = inForce ? await copyGoals(tx, actor, plan, inForce.itemId) : [];

  record(planVersionChange({ plan, number, legalBasis, subjectPersonIds, inForce, copied, detail }));
  return plan.planId;
}

/** The case's plan versions: CONFLICT while one is still open (DRAFT or AGREED); else the next number. */
async function findVersions(tx: Executor, caseId: string): Promise<Predecessor> {
  const { plans } = tables;
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
  return {
    number: (versions[0]?.number ?? 0) + 1,
    inForce: versions.find((p) => p.status === "APPROVED"),
  };
}

/** The persons the plan is about: those asked for (persons of the case), else every person of the case. */
async function planSubjects(
  tx: Executor,
  caseId: string,
  requested: readonly string[] | null | undefined,
): Promise<string[]> {
  if (requested) {
    const subjectPersonIds = [...new Set(requested)];
    await requirePersonsOfCase(tx, caseId, subjectPersonIds, "input.subjectPersonIds");
    return subjectPersonIds;
  }
  const { persons } = tables;
  const rows = await tx
    .select({ id: persons.id })
    .from(persons)
    .where(eq(persons.caseId, caseId))
    .orderBy(asc(persons.householdRole), asc(persons.birthDate), asc(persons.id));
  return rows.map((r) => r.id);
}

/** Inserts the plan item and its DRAFT plan row. */
async function insertPlan(
  tx: Executor,
  actor: Actor,
  plan: {
    caseId: string;
    number: number;
    domain: Domain;
    subjectPersonIds: string[];
    legalBasis: LegalBasis;
    perspective: string;
    draftReason: string | null;
  },
): Promise<NewPlan> {
  const { plans, dossierItems } = tables;
  // Items of one transaction share now(); explicit, increasing creation times keep the copied goals in order.
  const base = Date.now();
  const [planItem] = await tx
    .insert(dossierItems)
    .values({
      caseId: plan.caseId,
      kind: "PLAN",
      domain: plan.domain,
      dataClass: "GENERAL",
      subjectPersonIds: plan.subjectPersonIds,
      authorProfessionalId: actor.professionalId,
      authorOrganisationId: actor.organisationId,
      sourceKind: "OWN_OBSERVATION",
      legalBasis: plan.legalBasis,
      createdAt: new Date(base),
      updatedAt: new Date(base),
    })
    .returning({ id: dossierItems.id });
  const planId = planItem!.id;
  await tx.insert(plans).values({
    itemId: planId,
    caseId: plan.caseId,
    number: plan.number,
    status: "DRAFT",
    perspective: plan.perspective,
    draftReason: plan.draftReason,
  });
  return { caseId: plan.caseId, planId, base };
}

/** The change: the plan and its copied goals recorded (ITEM_RECORDED), about the plan's and the goals' persons. */
function planVersionChange(version: {
  plan: NewPlan;
  number: number;
  legalBasis: LegalBasis;
  subjectPersonIds: string[];
  inForce: Predecessor["inForce"];
  copied: CopiedGoal[];
  detail: string | undefined;
}): DomainChange {
  const { plan, number, inForce, copied } = version;
  const subjects = new Set([...version.subjectPersonIds, ...copied.flatMap((goal) => goal.subjectPersonIds)]);
  return {
    kind: "ITEM_RECORDED",
    caseId: plan.caseId,
    subjectPersonIds: [...subjects],
    itemIds: [plan.planId, ...copied.map((goal) => goal.id)],
    fields: [
      "Plan.number",
      "Plan.status",
      "Plan.perspective",
      ...(copied.length
        ? [
            "Goal.lineageId",
            "Goal.familyWording",
            "Goal.professionalWording",
            "Goal.priority",
            "Goal.targetDate",
          ]
        : []),
    ],
    legalBasis: version.legalBasis,
    detail:
      version.detail ??
      (inForce
        ? `plan version ${number}, ${copied.length} goal(s) copied from version ${inForce.number}`
        : `plan version ${number}`),
  };
}

/** Copies the goals of `fromPlanId` into the new plan, in their order, keeping each goal's lineage. */
async function copyGoals(
  tx: Executor,
  actor: Actor,
  plan: NewPlan,
  fromPlanId: string,
): Promise<CopiedGoal[]> {
  const { goals, dossierItems } = tables;
  const originals = await tx
    .select({ item: dossierItems, goal: goals })
    .from(dossierItems)
    .innerJoin(goals, eq(goals.itemId, dossierItems.id))
    .where(and(eq(dossierItems.parentItemId, fromPlanId), eq(dossierItems.kind, "GOAL")))
    .orderBy(asc(dossierItems.createdAt), asc(dossierItems.id));
  const copies: CopiedGoal[] = [];
  for (const [i, { item, goal }] of originals.entries()) {
    const at = new Date(plan.base + i + 1);
    const [row] = await tx
      .insert(dossierItems)
      .values({
        caseId: plan.caseId,
        kind: "GOAL",
        domain: item.domain,
        dataClass: item.dataClass,
        subjectPersonIds: item.subjectPersonIds,
        authorProfessionalId: actor.professionalId,
        authorOrganisationId: actor.organisationId,
        sourceKind: item.sourceKind,
        sourceDescription: item.sourceDescription,
        legalBasis: item.legalBasis,
        parentItemId: plan.planId,
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
    copies.push({ id: row!.id, subjectPersonIds: item.subjectPersonIds });
  }
  return copies;
}
