import { eq } from "drizzle-orm";
import {
  AppError,
  ids,
  isIsoDate,
  isUuid,
  optionalText as optionalTextOf,
  plain,
  text as textOf,
  type Actor,
  type Domain,
} from "@regiehub/domain";
import {
  findItem,
  tables,
  unsafeLoadItemFacts,
  type CaseAccessFacts,
  type Executor,
  type CoveredItem,
  type ItemRecord,
} from "@regiehub/db";
import { itemScope } from "@regiehub/policy";
import type { RegionSettings } from "../../../config";
import { authorizeCase } from "../../case/access";

// Shared by the action, result and referral operations (actiemanagement, resultaatmanagement, verwijzingen).

/** Required text: trimmed, at least `min` characters, at most `max`; one line unless `multiline`. */
export const text = (max: number, emptyMessage: string, { min = 3, multiline = false } = {}) =>
  textOf({ max, min, multiline, required: emptyMessage });

/** Optional text: trimmed; empty or omitted becomes null; one line unless `multiline`. */
export const optionalText = (max: number, { multiline = false } = {}) => optionalTextOf({ max, multiline });

/** A calendar date 'YYYY-MM-DD' that exists. */
export const isoDate = plain().refine(isIsoDate, "Geef een geldige datum (JJJJ-MM-DD)");

/** The persons an item is about: at least one, no duplicates. */
export const subjectPersonIds = ids("Onbekende persoon")
  .min(1, "Kies minstens één persoon")
  .max(50, "Maximaal 50 personen")
  .transform((ids) => [...new Set(ids)]);

/** Life domains in Dutch, for messages. */
export const DOMAIN_NL: Record<Domain, string> = {
  FINANCES: "financiën",
  WORK: "werk",
  EDUCATION: "onderwijs",
  DAYTIME_ACTIVITIES: "dagbesteding",
  HOUSING: "huisvesting",
  FAMILY_RELATIONS: "gezinsrelaties",
  MENTAL_HEALTH: "geestelijke gezondheid",
  PHYSICAL_HEALTH: "lichamelijke gezondheid",
  SUBSTANCE_USE: "middelengebruik",
  DAILY_LIVING: "activiteiten van het dagelijks leven",
  SOCIAL_NETWORK: "sociaal netwerk",
  SOCIAL_PARTICIPATION: "maatschappelijke participatie",
  JUSTICE: "justitie",
  SAFETY: "veiligheid",
  PARENTING: "opvoeding",
  YOUTH_CARE: "jeugdhulp",
};

export type ItemFacts = NonNullable<Awaited<ReturnType<typeof unsafeLoadItemFacts>>>;

/** Facts of an item that exists and is of `kind` (without access rules: for authorisation), else NOT_FOUND. */
export async function loadFactsOfKind(
  tx: Executor,
  id: string,
  kind: "GOAL" | "ACTION",
  what: string,
): Promise<ItemFacts> {
  const facts = isUuid(id) ? await unsafeLoadItemFacts(tx, id) : undefined;
  if (!facts || facts.kind !== kind) throw AppError.notFound(what);
  return facts;
}

/**
 * A goal that work is recorded against: it exists, the actor may `plan.work` (or `case.doorbraak`) in its
 * case (with the region's settings), and the actor sees it (an action or result takes the goal's domain, data
 * class and persons: working towards a goal outside one's grants would reveal them). CONSENT_REQUIRED when
 * the goal is outside the actor's grants.
 */
export async function loadGoalForWork(
  tx: Executor,
  actor: Actor,
  goalId: string,
  now: Date,
  action: "plan.work" | "case.doorbraak",
  region?: RegionSettings,
): Promise<{ goal: CoveredItem<"GOAL">; caseFacts: CaseAccessFacts }> {
  const facts = await loadFactsOfKind(tx, goalId, "GOAL", "Goal");
  const caseFacts = await authorizeCase(tx, actor, facts.caseId, action, region);
  const goal = await findItem(tx, itemScope(actor, now), facts.id, "GOAL");
  if (!goal) throw AppError.notFound("Goal");
  if (!goal.covered) {
    throw new AppError("CONSENT_REQUIRED", "Je hebt geen toestemming om dit doel te zien").about(
      facts.caseId,
      [facts.id],
    );
  }
  return { goal, caseFacts };
}

/** The status and number of the plan version a goal belongs to. */
export async function planOfGoal(
  tx: Executor,
  goal: Pick<ItemRecord, "parentItemId">,
): Promise<{ itemId: string; number: number; status: string } | undefined> {
  if (!goal.parentItemId) return undefined;
  const [row] = await tx
    .select({ itemId: tables.plans.itemId, number: tables.plans.number, status: tables.plans.status })
    .from(tables.plans)
    .where(eq(tables.plans.itemId, goal.parentItemId));
  return row;
}
