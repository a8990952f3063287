import type { OperationContext } from "../../../operation";
import { z } from "zod";
import { OBSERVATION_KINDS, dutchDate, parseInput } from "@regiehub/domain";
import { tables, type ItemOf } from "@regiehub/db";
import { authorizeCase } from "../../case/access";
import { itemCommon, reload, requirePersonsOfCase } from "./shared";

export const RecordObservationInput = z.object({
  ...itemCommon,
  observationKind: z.enum(OBSERVATION_KINDS),
  statement: z.string().trim().min(3, "Beschrijf de observatie").max(10_000, "Maximaal 10.000 tekens"),
});

export const RecordNoteInput = z.object({
  ...itemCommon,
  sourceKind: itemCommon.sourceKind.default("OWN_OBSERVATION"),
  title: z.string().trim().min(3, "Geef een titel").max(200, "Maximaal 200 tekens"),
  body: z.string().trim().min(3, "Schrijf het verslag").max(50_000, "Maximaal 50.000 tekens"),
  occurredOn: z.string().refine((d) => d <= dutchDate(new Date()), "De datum ligt in de toekomst"),
});

type Kind = "OBSERVATION" | "NOTE";

/** Records an observation or a note: the item, its content and the CREATE log entry in one transaction. */
export async function recordItem<K extends Kind>(
  { db, actor, changes, now }: OperationContext,
  kind: K,
  rawInput: unknown,
): Promise<ItemOf<K>> {
  const input =
    kind === "OBSERVATION"
      ? parseInput(RecordObservationInput, rawInput)
      : parseInput(RecordNoteInput, rawInput);
  return changes.transaction(db, async (tx, record) => {
    await authorizeCase(tx, actor, input.caseId, "item.record");
    await requirePersonsOfCase(tx, input.caseId, input.subjectPersonIds, "input.subjectPersonIds");
    const [item] = await tx
      .insert(tables.dossierItems)
      .values({
        caseId: input.caseId,
        kind,
        domain: input.domain,
        dataClass: input.dataClass,
        subjectPersonIds: input.subjectPersonIds,
        authorProfessionalId: actor.professionalId,
        authorOrganisationId: actor.organisationId,
        sourceKind: input.sourceKind,
        sourceDescription: input.sourceDescription || null,
        legalBasis: input.legalBasis,
      })
      .returning({ id: tables.dossierItems.id });
    const id = item!.id;
    let fields: string[];
    if ("statement" in input) {
      await tx
        .insert(tables.observations)
        .values({ itemId: id, observationKind: input.observationKind, statement: input.statement });
      fields = ["Observation.observationKind", "Observation.statement"];
    } else {
      await tx
        .insert(tables.notes)
        .values({ itemId: id, title: input.title, body: input.body, occurredOn: input.occurredOn });
      fields = ["Note.title", "Note.body", "Note.occurredOn"];
    }
    record({
      kind: "ITEM_RECORDED",
      caseId: input.caseId,
      subjectPersonIds: input.subjectPersonIds,
      itemIds: [id],
      fields,
      legalBasis: input.legalBasis,
    });
    return reload(tx, actor, now, id, kind);
  });
}
