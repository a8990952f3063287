import { and, eq, inArray, lte } from "drizzle-orm";
import {
  AppError,
  familyPlanText,
  isUuid,
  nextEvaluationDue,
  type Actor,
  type DossierItemKind,
  type FamilyPlanActionInput,
  type FamilyPlanGoalInput,
  type LegalBasis,
} from "@regiehub/domain";
import {
  findItem,
  listItems,
  tables,
  unsafeLoadCasePlanMeta,
  unsafeLoadLastHeldEvaluations,
  type ContentOf,
  type ItemRecord,
  type PlanMeta,
} from "@regiehub/db";
import { basisOfAccess, itemScope } from "@regiehub/policy";
import type { Context } from "../../graphql/context";
import { authorizeCase } from "../case/access";
import { accessOf } from "../dossier/access";
import { renderFamilyPlanPdf } from "./render-pdf";

// Query.familyPlanDocument: the family plan as a PDF the family can take home, in plain Dutch.
//
// The document holds only what the viewer may see: the perspective, goals, actions and the scheduled
// evaluation come from the consent-scoped item queries (content only where covered), each also checked
// against the policy (as `content()` does). Plan number, status and dates are process facts every viewer of
// the case sees. Handing out a document is an EXPORT: one processing-log entry per case (per legal basis the
// reads rest on) with every data subject and item in it, written before the document is returned.
//
// Actions: a goal keeps its lineage across plan versions, and actions stay on the goal version they were
// added to; the document shows the actions of every version of a goal up to this plan version.

export interface FamilyPlanDocumentResult {
  fileName: string;
  mediaType: string;
  contentBase64: string;
}

const FIELDS: Partial<Record<DossierItemKind, string[]>> = {
  PLAN: ["Plan.perspective"],
  GOAL: ["Goal.familyWording", "Goal.professionalWording", "Goal.priority", "Goal.targetDate"],
  ACTION: ["Action.title", "Action.owner", "Action.dueOn", "Action.status"],
  EVALUATION: ["Evaluation.scheduledOn"],
};

/** The plan version a document is about: the one asked for, else the approved plan in force, else the draft. */
function choosePlan(versions: readonly PlanMeta[], planId: string | null | undefined): PlanMeta {
  if (planId !== null && planId !== undefined) {
    const asked = isUuid(planId) ? versions.find((v) => v.itemId === planId) : undefined;
    if (!asked) throw AppError.notFound("Plan");
    return asked;
  }
  const chosen =
    versions.find((v) => v.status === "APPROVED") ??
    versions.find((v) => v.status === "DRAFT" || v.status === "AGREED");
  if (!chosen) throw AppError.notFound("Plan");
  return chosen;
}

/** The ids of every version of the given goal lineages, in plan versions up to `number`, by lineage. */
async function goalVersions(
  ctx: Context,
  caseId: string,
  lineageIds: readonly string[],
  number: number,
): Promise<Map<string, string>> {
  if (lineageIds.length === 0) return new Map();
  const { goals, dossierItems, plans } = tables;
  const rows = await ctx.db
    .select({ goalId: goals.itemId, lineageId: goals.lineageId })
    .from(goals)
    .innerJoin(dossierItems, eq(dossierItems.id, goals.itemId))
    .innerJoin(plans, eq(plans.itemId, dossierItems.parentItemId))
    .where(
      and(
        eq(dossierItems.caseId, caseId),
        inArray(goals.lineageId, [...lineageIds]),
        lte(plans.number, number),
      ),
    );
  return new Map(rows.map((r) => [r.goalId, r.lineageId]));
}

const fileSafe = (value: string) => value.replace(/[^A-Za-z0-9-]+/g, "-").replace(/^-+|-+$/g, "");

export async function familyPlanDocument(
  ctx: Context,
  actor: Actor,
  caseId: string,
  planId: string | null | undefined,
): Promise<FamilyPlanDocumentResult> {
  await authorizeCase(ctx.db, actor, caseId, "case.read");
  const meta = choosePlan(await unsafeLoadCasePlanMeta(ctx.db, caseId), planId);
  const scope = itemScope(actor, ctx.now);
  /** Content the viewer may see: covered in SQL and allowed by the policy. */
  const visible = async (record: ItemRecord | undefined): Promise<boolean> =>
    !!record && record.covered && (await accessOf(ctx, record)).allowed;
  const included: IncludedItem[] = [];
  const include = (record: ItemRecord) => included.push({ record, fields: FIELDS[record.kind] ?? [] });

  const planRecord = await findItem(ctx.db, scope, meta.itemId, "PLAN");
  const planContent = planRecord?.covered && (await visible(planRecord)) ? planRecord.content : null;
  if (planRecord && planContent) include(planRecord);

  const goalRecords = await listItems(ctx.db, scope, {
    caseId,
    kinds: ["GOAL"],
    parentItemIds: [meta.itemId],
    includeRedacted: true,
  });
  const goals: { record: ItemRecord; goal: ContentOf<"GOAL">; actions: FamilyPlanActionInput[] }[] = [];
  for (const record of goalRecords) {
    if (!(await visible(record)) || !record.covered) continue;
    include(record);
    goals.push({ record, goal: record.content, actions: [] });
  }

  // Actions on any version of the shown goals (up to this plan version).
  const goalByLineage = new Map(goals.map((g) => [g.goal.lineageId, g]));
  const lineageOf = await goalVersions(ctx, caseId, [...goalByLineage.keys()], meta.number);
  const actionRecords = lineageOf.size
    ? await listItems(ctx.db, scope, { caseId, kinds: ["ACTION"], parentItemIds: [...lineageOf.keys()] })
    : [];
  for (const record of actionRecords) {
    const lineage = record.parentItemId ? lineageOf.get(record.parentItemId) : undefined;
    const goal = lineage ? goalByLineage.get(lineage) : undefined;
    if (!goal || !record.covered || !(await visible(record))) continue;
    const action = record.content;
    const [organisation, professional] = await Promise.all([
      ctx.loaders.organisation.load(action.ownerOrganisationId),
      action.ownerProfessionalId ? ctx.loaders.professional.load(action.ownerProfessionalId) : undefined,
    ]);
    include(record);
    goal.actions.push({
      title: action.title,
      organisationName: organisation?.name ?? null,
      professionalName: professional?.name ?? null,
      dueOn: action.dueOn,
      status: action.status,
    });
  }

  // Next evaluation: the earliest scheduled one not yet held (that the viewer may see), else when it is due.
  const [theCase] = await ctx.db
    .select({
      reference: tables.cases.reference,
      title: tables.cases.title,
      evaluationIntervalMonths: tables.cases.evaluationIntervalMonths,
      casusregisseurId: tables.cases.casusregisseurId,
    })
    .from(tables.cases)
    .where(eq(tables.cases.id, caseId));
  if (!theCase) throw AppError.notFound("Case");
  // Only the approved plan in force is evaluated.
  const inForce = meta.status === "APPROVED";
  const scheduled = (
    inForce
      ? await listItems(ctx.db, scope, { caseId, kinds: ["EVALUATION"], parentItemIds: [meta.itemId] })
      : []
  )
    .flatMap((r) => (r.covered && r.content.heldOn === null ? [{ record: r, evaluation: r.content }] : []))
    .sort((a, b) => a.evaluation.scheduledOn.localeCompare(b.evaluation.scheduledOn));
  let nextEvaluationOn: string | null = null;
  for (const { record, evaluation } of scheduled) {
    if (!(await visible(record))) continue;
    nextEvaluationOn = evaluation.scheduledOn;
    include(record);
    break;
  }
  if (!nextEvaluationOn && inForce && meta.approvedOn) {
    const [held] = await unsafeLoadLastHeldEvaluations(ctx.db, [meta.itemId]);
    nextEvaluationOn = nextEvaluationDue(meta.approvedOn, theCase.evaluationIntervalMonths, held?.lastHeldOn);
  }

  const director = theCase.casusregisseurId
    ? await ctx.loaders.professional.load(theCase.casusregisseurId)
    : undefined;
  const directorOrganisation = director
    ? await ctx.loaders.organisation.load(director.organisationId)
    : undefined;

  const text = familyPlanText(
    {
      caseTitle: theCase.title,
      planNumber: meta.number,
      status: meta.status,
      perspective: planContent ? planContent.perspective : null,
      approvedOn: meta.approvedOn,
      agreedOn: meta.agreedOn,
      goals: goals.map(({ record, goal, actions }): FamilyPlanGoalInput => ({
        domain: record.domain,
        familyWording: goal.familyWording,
        professionalWording: goal.professionalWording,
        priority: goal.priority,
        targetDate: goal.targetDate,
        actions,
      })),
      nextEvaluationOn,
      casusregisseur: director
        ? { name: director.name, organisation: directorOrganisation?.name ?? null }
        : null,
      incomplete: !planContent || goals.length < goalRecords.length,
    },
    ctx.now,
  );
  const pdf = await renderFamilyPlanPdf(text, {
    title: `${text.title} – ${theCase.title} (versie ${meta.number})`,
    subject: "Het gezinsplan in gewone taal: doelen, wie wat doet en wanneer we samen kijken hoe het gaat.",
    createdAt: ctx.now,
  });

  await recordDocumentExport(
    ctx,
    {
      caseId,
      kind: "FAMILY_PLAN_EXPORTED",
      field: "FamilyPlanDocument",
      detail: `family plan document, plan version ${meta.number}`,
    },
    included,
  );
  return {
    fileName: `gezinsplan-${fileSafe(theCase.reference)}-v${meta.number}.pdf`,
    mediaType: "application/pdf",
    contentBase64: pdf.toString("base64"),
  };
}

/** An item a document showed, with the fields of it that it showed. */
export interface IncludedItem {
  record: ItemRecord;
  fields: string[];
}

/**
 * One EXPORT entry per case — split only when the reads rest on different legal bases (or break-glass) —
 * naming every data subject, item and field in the document. Written before the document leaves.
 */
export async function recordDocumentExport(
  ctx: Context,
  document: {
    caseId: string;
    kind: "FAMILY_PLAN_EXPORTED" | "MEETING_MINUTES_EXPORTED";
    /** The document's own field name in the log, e.g. "FamilyPlanDocument". */
    field: string;
    detail: string;
    /** Persons the document names besides the items' subjects (e.g. who was at a meeting). */
    subjectPersonIds?: readonly string[];
  },
  included: readonly IncludedItem[],
): Promise<void> {
  const { caseId } = document;
  const grants = await ctx.loaders.grantsByCase.load(caseId);
  const groups = new Map<
    string,
    {
      legalBasis: LegalBasis | null;
      breakGlass: boolean;
      subjects: Set<string>;
      items: string[];
      fields: Set<string>;
    }
  >();
  for (const { record, fields } of included) {
    const access = await accessOf(ctx, record);
    const legalBasis = basisOfAccess(access, record.legalBasis, grants);
    const breakGlass = access.allowed && access.via === "BREAK_GLASS";
    const key = `${legalBasis}|${breakGlass}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        legalBasis,
        breakGlass,
        subjects: new Set(document.subjectPersonIds ?? []),
        items: [],
        fields: new Set([document.field]),
      };
      groups.set(key, group);
    }
    record.subjectPersonIds.forEach((id) => group.subjects.add(id));
    group.items.push(record.id);
    fields.forEach((f) => group.fields.add(f));
  }
  if (groups.size === 0) {
    // Nothing of the content was visible: the document still names the family and what it is about.
    groups.set("none", {
      legalBasis: null,
      breakGlass: false,
      subjects: new Set(document.subjectPersonIds ?? []),
      items: [],
      fields: new Set([document.field]),
    });
  }
  await ctx.changes.transaction(ctx.db, async (_tx, record) => {
    for (const group of groups.values()) {
      record({
        kind: document.kind,
        caseId,
        subjectPersonIds: [...group.subjects],
        itemIds: group.items,
        fields: [...group.fields].sort(),
        legalBasis: group.legalBasis,
        breakGlass: group.breakGlass,
        activity: "RH-PA-01",
        detail: document.detail,
      });
    }
  });
}
