import type { OperationContext } from "../../../operation";
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { AppError, OBSERVATION_KINDS, SOURCE_KINDS, isUuid, parseInput } from "@regiehub/domain";
import { tables, unsafeLoadItemFacts, type ItemOf } from "@regiehub/db";
import { mayCorrectItem } from "@regiehub/policy";
import { authorizeCase, enforce } from "../../case/access";
import { noteBody, noteTitle, observationStatement, occurredOn } from "./record-item";
import { correction, reload, requirePersonsOfCase, snapshotOf, sourceDescription } from "./shared";

export const UpdateObservationInput = z.object({
  ...correction,
  observationKind: z.enum(OBSERVATION_KINDS).nullish(),
  statement: observationStatement.nullish(),
  sourceKind: z.enum(SOURCE_KINDS).nullish(),
  sourceDescription,
});

export const UpdateNoteInput = z.object({
  ...correction,
  title: noteTitle.nullish(),
  body: noteBody.nullish(),
  occurredOn: occurredOn().nullish(),
});

/**
 * Corrects an item (rectification): the author, or a casusregisseur of the directing organisation. The
 * previous version is kept (readable to the privacy officer); a stale version is a CONFLICT.
 */
export async function correctItem<K extends "OBSERVATION" | "NOTE">(
  { db, actor, changes, now }: OperationContext,
  kind: K,
  rawInput: unknown,
): Promise<ItemOf<K>> {
  const input =
    kind === "OBSERVATION"
      ? { kind: "OBSERVATION" as const, ...parseInput(UpdateObservationInput, rawInput) }
      : { kind: "NOTE" as const, ...parseInput(UpdateNoteInput, rawInput) };
  const { dossierItems, observations, notes, dossierItemVersions } = tables;
  return changes.transaction(db, async (tx, record) => {
    const facts = isUuid(input.id) ? await unsafeLoadItemFacts(tx, input.id) : undefined;
    if (!facts || facts.kind !== kind) throw AppError.notFound("Item");
    const caseFacts = await authorizeCase(tx, actor, facts.caseId, "case.read");
    enforce(actor, mayCorrectItem(actor, caseFacts, facts), () =>
      new AppError("FORBIDDEN", "Only the author or the directing organisation corrects an item").about(
        facts.caseId,
        [facts.id],
      ),
    );
    if (facts.version !== input.version) {
      throw new AppError("CONFLICT", "The item was changed by someone else; reload and try again");
    }
    if (input.subjectPersonIds) {
      await requirePersonsOfCase(tx, facts.caseId, input.subjectPersonIds, "input.subjectPersonIds");
    }
    const before = await reload(tx, actor, now, facts.id, kind);
    await tx.insert(dossierItemVersions).values({
      itemId: facts.id,
      version: facts.version,
      snapshot: snapshotOf(before),
      supersededByProfessionalId: actor.professionalId,
      reason: input.reason,
    });

    const changed: string[] = [];
    const common: Partial<typeof dossierItems.$inferInsert> = {};
    if (input.domain) common.domain = input.domain;
    if (input.dataClass) common.dataClass = input.dataClass;
    if (input.subjectPersonIds) common.subjectPersonIds = input.subjectPersonIds;
    if (input.kind === "OBSERVATION" && input.sourceKind) common.sourceKind = input.sourceKind;
    if (input.kind === "OBSERVATION" && input.sourceDescription !== undefined) {
      common.sourceDescription = input.sourceDescription || null;
    }
    changed.push(...Object.keys(common).map((k) => `DossierItem.${k}`));
    const [updated] = await tx
      .update(dossierItems)
      .set({ ...common, version: sql`${dossierItems.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(dossierItems.id, facts.id), eq(dossierItems.version, input.version)))
      .returning({ id: dossierItems.id });
    if (!updated)
      throw new AppError("CONFLICT", "The item was changed by someone else; reload and try again");

    if (input.kind === "OBSERVATION") {
      const content: Partial<typeof observations.$inferInsert> = {};
      if (input.statement) content.statement = input.statement;
      if (input.observationKind) content.observationKind = input.observationKind;
      if (Object.keys(content).length)
        await tx.update(observations).set(content).where(eq(observations.itemId, facts.id));
      changed.push(...Object.keys(content).map((k) => `Observation.${k}`));
    } else {
      const content: Partial<typeof notes.$inferInsert> = {};
      if (input.title) content.title = input.title;
      if (input.body) content.body = input.body;
      if (input.occurredOn) content.occurredOn = input.occurredOn;
      if (Object.keys(content).length) await tx.update(notes).set(content).where(eq(notes.itemId, facts.id));
      changed.push(...Object.keys(content).map((k) => `Note.${k}`));
    }

    record({
      kind: "ITEM_CORRECTED",
      caseId: facts.caseId,
      subjectPersonIds: [...new Set([...facts.subjectPersonIds, ...(input.subjectPersonIds ?? [])])],
      itemIds: [facts.id],
      fields: changed,
      legalBasis: before.legalBasis,
      activity: "RH-PA-04",
      detail: `correction: ${input.reason}`,
    });
    return reload(tx, actor, now, facts.id, kind);
  });
}
