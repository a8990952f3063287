import type { OperationContext } from "../../../operation";
import { z } from "zod";
import {
  AppError,
  DATA_CLASSES,
  DOMAINS,
  LEGAL_BASES,
  REFERRAL_KINDS,
  id,
  parseInput,
  targetId,
} from "@regiehub/domain";
import { findItem, tables, unsafeLoadItemFacts, type ItemOf } from "@regiehub/db";
import { itemScope } from "@regiehub/policy";
import { authorizeCase } from "../../case/access";
import {
  caseFramework,
  defaultLegalBasis,
  insertItem,
  reload,
  requirePersonsOfCase,
} from "../../dossier/operations/shared";
import { isoDate, optionalText, subjectPersonIds, text } from "./shared";

/** The largest cost of one referral: € 1.000.000 (a guard against typing errors, in cents). */
export const MAX_REFERRAL_COST_CENTS = 100_000_000;

const GOAL_OF_CASE = "Kies een doel uit het plan van deze casus";

export const RecordReferralInput = z
  .object({
    caseId: targetId(),
    goalId: id(GOAL_OF_CASE).nullish(),
    referralKind: z.enum(REFERRAL_KINDS),
    care: text(300, "Beschrijf de ingezette zorg", { min: 2 }),
    providerName: text(200, "Geef de zorgaanbieder", { min: 2 }),
    startsOn: isoDate,
    endsOn: isoDate.nullish().transform((v) => v ?? null),
    costCents: z
      .number()
      .int("Geef de kosten in hele centen")
      .min(0, "De kosten zijn 0 of meer")
      .max(
        MAX_REFERRAL_COST_CENTS,
        "De kosten zijn hoger dan € 1.000.000; controleer het bedrag (in centen)",
      ),
    reference: optionalText(100),
    domain: z
      .enum(DOMAINS)
      .nullish()
      .transform((v) => v ?? "YOUTH_CARE"),
    dataClass: z
      .enum(DATA_CLASSES)
      .nullish()
      .transform((v) => v ?? "SPECIAL_CATEGORY"),
    subjectPersonIds,
    legalBasis: z.enum(LEGAL_BASES).nullish(),
  })
  .refine((v) => v.endsOn === null || v.endsOn >= v.startsOn, {
    path: ["endsOn"],
    message: "De einddatum ligt vóór de begindatum",
  });

/**
 * Records a referral (verwijzing) or decision (beschikking): the care deployed, provider, period and cost,
 * optionally serving a goal of the same case (that the actor sees). The item, its content and the CREATE
 * log entry in one transaction.
 */
export async function recordReferral(
  { db, actor, changes, now }: OperationContext,
  rawInput: unknown,
): Promise<ItemOf<"REFERRAL">> {
  const input = parseInput(RecordReferralInput, rawInput);
  return changes.transaction(db, async (tx, record) => {
    await authorizeCase(tx, actor, input.caseId, "item.record");
    await requirePersonsOfCase(tx, input.caseId, input.subjectPersonIds, "input.subjectPersonIds");
    const goalId = input.goalId || null;
    if (goalId) {
      const facts = await unsafeLoadItemFacts(tx, goalId);
      const goal =
        facts && facts.kind === "GOAL" && facts.caseId === input.caseId
          ? await findItem(tx, itemScope(actor, now), goalId)
          : undefined;
      if (!goal?.covered) throw AppError.badInput("input.goalId", GOAL_OF_CASE);
    }
    const legalBasis = input.legalBasis ?? defaultLegalBasis(await caseFramework(tx, input.caseId));
    const id = await insertItem(tx, actor, {
      caseId: input.caseId,
      kind: "REFERRAL",
      domain: input.domain,
      dataClass: input.dataClass,
      subjectPersonIds: input.subjectPersonIds,
      legalBasis,
      parentItemId: goalId,
    });
    await tx.insert(tables.referrals).values({
      itemId: id,
      referralKind: input.referralKind,
      care: input.care,
      providerName: input.providerName,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      costCents: input.costCents,
      reference: input.reference,
    });
    record({
      kind: "ITEM_RECORDED",
      caseId: input.caseId,
      subjectPersonIds: input.subjectPersonIds,
      itemIds: [id],
      fields: [
        "Referral.referralKind",
        "Referral.care",
        "Referral.providerName",
        "Referral.startsOn",
        "Referral.endsOn",
        "Referral.costCents",
        "Referral.reference",
      ],
      legalBasis,
    });
    return reload(tx, actor, now, id, "REFERRAL");
  });
}
