import { z } from "zod";
import {
  AppError,
  DATA_CLASSES,
  LEGAL_BASES,
  ids,
  optionalText as optionalTextOf,
  text as textOf,
  type Actor,
  type Domain,
  type FieldError,
  type LegalBasis,
} from "@regiehub/domain";
import { listItems, type CaseAccessFacts, type Executor } from "@regiehub/db";
import { itemScope } from "@regiehub/policy";
import { caseFramework, defaultLegalBasis } from "../../dossier/operations/shared";

// Input pieces shared by the inventory mutations (assessments, safety, network, problems), and the read of a
// case's inventory items shared by the list reads.

/** Required text: trimmed, at least `min` characters, at most `max`; one line unless `multiline`. */
export const text = (max: number, emptyMessage: string, { min = 1, multiline = false } = {}) =>
  textOf({ max, min, multiline, required: emptyMessage });

/** Optional text: trimmed; empty or omitted becomes null; one line unless `multiline`. */
export const optionalText = (max: number, { multiline = false } = {}) => optionalTextOf({ max, multiline });

/** The persons an item is about: at least one (a grant never covers an item about nobody), no duplicates. */
export const subjectPersonIds = ids("Onbekende persoon")
  .min(1, "Kies minstens één persoon")
  .max(50, "Maximaal 50 personen")
  .transform((ids) => [...new Set(ids)]);

/** An optional list (the SDL defaults it to [], a client may still send null). */
export const list = <T extends z.ZodType>(item: T, max: number, tooMany: string) =>
  z
    .array(item)
    .max(max, tooMany)
    .nullish()
    .transform((v): z.output<T>[] => v ?? []);

export const optionalLegalBasis = z.enum(LEGAL_BASES).nullish();
export const dataClass = (fallback: (typeof DATA_CLASSES)[number]) =>
  z
    .enum(DATA_CLASSES)
    .nullish()
    .transform((v) => v ?? fallback);

/**
 * Problems found by a domain rule (paths relative to the input, e.g. `score`) as one BAD_USER_INPUT error with
 * paths under `input.` — or nothing when there are none.
 */
export function domainInputError(problems: readonly FieldError[], basePath = "input"): AppError | undefined {
  if (problems.length === 0) return undefined;
  const fieldErrors = problems.map((p) => ({ path: `${basePath}.${p.path}`, message: p.message }));
  return new AppError("BAD_USER_INPUT", fieldErrors[0]!.message, fieldErrors);
}

/** Throws the domain rule's problems as BAD_USER_INPUT. */
export function assertNoProblems(problems: readonly FieldError[]): void {
  const error = domainInputError(problems);
  if (error) throw error;
}

/** The legal basis of a new item: the input's, or the default for the case's framework. */
export async function legalBasisFor(
  tx: Executor,
  caseId: string,
  given: LegalBasis | null | undefined,
): Promise<LegalBasis> {
  return given ?? defaultLegalBasis(await caseFramework(tx, caseId));
}

/** Who is notified of acute unsafety: the casusregisseur and the procesregisseur (those there are), once each. */
export function acuteSafetyRecipients(
  facts: Pick<CaseAccessFacts, "casusregisseurId" | "procesregisseurId">,
): string[] {
  return [...new Set([facts.casusregisseurId, facts.procesregisseurId].filter((id): id is string => !!id))];
}

export type InventoryKind = "ASSESSMENT" | "SAFETY_ASSESSMENT" | "NETWORK_MEMBER" | "PROBLEM";

/** The items of one kind in a case that the viewer may see (coverage decided in SQL), oldest first. */
export function visibleItems<K extends InventoryKind>(
  db: Executor,
  actor: Actor,
  now: Date,
  caseId: string,
  kind: K,
  domain?: Domain | null,
) {
  return listItems(db, itemScope(actor, now), {
    caseId,
    kinds: [kind],
    domains: domain ? [domain] : undefined,
  });
}
