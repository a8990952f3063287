import type { OperationContext } from "../../../operation";
import { eq } from "drizzle-orm";
import { z } from "zod";
import {
  ACTION_STATUSES,
  AppError,
  type Actor,
  DATA_CLASSES,
  DOMAINS,
  actionStatusProblem,
  id,
  isActionActive,
  parseInput,
  targetId,
} from "@regiehub/domain";
import { tables, type CaseAccessFacts, type CoveredItem, type Executor, type ItemOf } from "@regiehub/db";
import type { RecordChange } from "../../../changes/recorder";
import { organisationsSeeingItem } from "@regiehub/policy";
import { insertItem, reload, requirePersonsOfCase } from "../../dossier/operations/shared";
import { requireCaseWorker } from "../../case/operations/directors";
import {
  DOMAIN_NL,
  isoDate,
  loadGoalForWork,
  optionalText,
  planOfGoal,
  subjectPersonIds,
  text,
} from "./shared";

const OWNER_ORGANISATION = "Kies een organisatie uit het team van deze casus";

export const AddActionInput = z.object({
  goalId: targetId(),
  title: text(300, "Beschrijf wat er moet gebeuren"),
  description: optionalText(5_000, { multiline: true }),
  ownerOrganisationId: id(OWNER_ORGANISATION),
  ownerProfessionalId: id("Kies een professional die aan casussen werkt").nullish(),
  dueOn: isoDate.nullish(),
  status: z
    .enum(ACTION_STATUSES)
    .nullish()
    .transform((s) => s ?? "OPEN"),
  statusReason: optionalText(1_000, { multiline: true }),
  domain: z.enum(DOMAINS).nullish(),
  dataClass: z.enum(DATA_CLASSES).nullish(),
  subjectPersonIds: subjectPersonIds.nullish(),
});

/**
 * Adds an action towards a goal: the item (under the goal; domain, data class and persons the goal's unless
 * given), its content and the CREATE log entry in one transaction. The owner organisation must be on the
 * team and able to SEE the action — the directing organisation, the procesregisseur's, the author's own, or
 * one with a valid grant covering it. No path around consent: otherwise the action is refused.
 */
export async function addAction(
  { db, actor, changes, now, region }: OperationContext,
  rawInput: unknown,
): Promise<ItemOf<"ACTION">> {
  const input = parseInput(AddActionInput, rawInput);
  const statusProblem = actionStatusProblem({ from: null, to: input.status, reason: input.statusReason });
  if (statusProblem) {
    throw AppError.badInput(
      isActionActive(input.status) ? "input.statusReason" : "input.status",
      statusProblem,
    );
  }
  return changes.transaction(db, async (tx, record) => {
    const { goal, caseFacts } = await loadGoalForWork(tx, actor, input.goalId, now, "plan.work", region);
    const id = await insertAction(tx, record, { actor, now, goal, caseFacts, input });
    return reload(tx, actor, now, id, "ACTION");
  });
}

/** A doorbraak decision carried by an action (see record-doorbraak.ts). */
export interface DoorbraakDecision {
  authority: string;
  heard: string[];
  decidedOn: string;
}

/**
 * Inserts an action under `goal` (in the current plan version) with its content and change record, after the
 * checks every action gets: the owner organisation on the team, its professional one of it, and the owner able
 * to see the action under the family's consent. Returns the new item's id.
 */
export async function insertAction(
  tx: Executor,
  record: RecordChange,
  {
    actor,
    now,
    goal,
    caseFacts,
    input,
    doorbraak,
  }: {
    actor: Actor;
    now: Date;
    goal: CoveredItem<"GOAL">;
    caseFacts: CaseAccessFacts;
    input: Omit<z.infer<typeof AddActionInput>, "goalId">;
    doorbraak?: DoorbraakDecision;
  },
): Promise<string> {
  const caseId = goal.caseId;
  const plan = await planOfGoal(tx, goal);
  if (plan?.status === "SUPERSEDED") {
    throw new AppError(
      "CONFLICT",
      `Versie ${plan.number} van het gezinsplan is vervangen; voeg de actie toe aan het doel in de huidige versie.`,
    ).about(caseId, [goal.id]);
  }

  // The owner: an organisation on the team, and optionally one of its professionals.
  const ownerOrganisationId = input.ownerOrganisationId;
  if (!caseFacts.teamOrganisationIds.includes(ownerOrganisationId)) {
    throw AppError.badInput("input.ownerOrganisationId", OWNER_ORGANISATION);
  }
  const [organisation] = await tx
    .select({ name: tables.organisations.name })
    .from(tables.organisations)
    .where(eq(tables.organisations.id, ownerOrganisationId));
  if (!organisation) throw AppError.badInput("input.ownerOrganisationId", OWNER_ORGANISATION);
  const ownerProfessionalId = input.ownerProfessionalId || null;
  if (ownerProfessionalId) {
    const message = `Kies een professional van ${organisation.name} die aan casussen werkt`;
    const professional = await requireCaseWorker(
      tx,
      ownerProfessionalId,
      "input.ownerProfessionalId",
      message,
    );
    if (professional.organisationId !== ownerOrganisationId) {
      throw AppError.badInput("input.ownerProfessionalId", message);
    }
  }

  const domain = input.domain ?? goal.domain;
  const dataClass = input.dataClass ?? goal.dataClass;
  const subjects = input.subjectPersonIds ?? goal.subjectPersonIds;
  await requirePersonsOfCase(tx, caseId, subjects, "input.subjectPersonIds");

  // Consent: the owner organisation must see the action it carries.
  const grants = await tx.select().from(tables.consentGrants).where(eq(tables.consentGrants.caseId, caseId));
  const facts = {
    id: "new",
    caseId,
    domain,
    dataClass,
    subjectPersonIds: subjects,
    authorOrganisationId: actor.organisationId,
  };
  const seeing = organisationsSeeingItem(
    caseFacts,
    facts,
    grants,
    caseFacts.procesregisseurOrganisationId,
    now,
  );
  if (!seeing.includes(ownerOrganisationId)) {
    throw AppError.badInput(
      "input.ownerOrganisationId",
      `${organisation.name} kan deze actie niet zien: er is geen toestemming voor dit leefgebied (${DOMAIN_NL[domain]}) en deze personen. Leg eerst toestemming vast.`,
    );
  }

  const id = await insertItem(tx, actor, {
    caseId,
    kind: "ACTION",
    domain,
    dataClass,
    subjectPersonIds: subjects,
    legalBasis: goal.legalBasis,
    parentItemId: goal.id,
  });
  await tx.insert(tables.actions).values({
    itemId: id,
    title: input.title,
    description: input.description,
    ownerOrganisationId,
    ownerProfessionalId,
    dueOn: input.dueOn ?? null,
    status: input.status,
    statusReason: input.statusReason,
    statusChangedAt: now,
    doorbraakAuthority: doorbraak?.authority ?? null,
    doorbraakHeard: doorbraak?.heard ?? null,
    doorbraakDecidedOn: doorbraak?.decidedOn ?? null,
  });
  record({
    // A doorbraak reaches the case overviews too (portfolioEvents DOORBRAAK), and so those it notifies.
    kind: doorbraak ? "DOORBRAAK_RECORDED" : "ITEM_RECORDED",
    caseId,
    subjectPersonIds: subjects,
    itemIds: [id],
    fields: [
      "Action.title",
      "Action.description",
      "Action.ownerOrganisation",
      "Action.ownerProfessional",
      "Action.dueOn",
      "Action.status",
      "Action.statusReason",
      ...(doorbraak ? ["Action.doorbraak"] : []),
    ],
    legalBasis: goal.legalBasis,
    ...(doorbraak ? { detail: "doorbraak" } : {}),
  });
  return id;
}
