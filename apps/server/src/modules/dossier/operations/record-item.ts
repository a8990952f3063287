import type { OperationContext } from "../../../operation";
import { z } from "zod";
import { OBSERVATION_KINDS, dutchDate, parseInput, plain, text } from "@regiehub/domain";
import { tables, type ItemOf } from "@regiehub/db";
import { authorizeCase } from "../../case/access";
import { itemCommon, reload, requirePersonsOfCase } from "./shared";

export const observationStatement = text({
  min: 3,
  max: 10_000,
  multiline: true,
  required: "Beschrijf de observatie",
});
export const noteTitle = text({ min: 3, max: 200, required: "Geef een titel" });
export const noteBody = text({ min: 3, max: 50_000, multiline: true, required: "Schrijf het verslag" });
/** The day a note's conversation took place: not in the future. */
export const occurredOn = () =>
  plain().refine((d) => d <= dutchDate(new Date()), "De datum ligt in de toekomst");

export const RecordObservationInput = z.object({
  ...itemCommon,
  observationKind: z.enum(OBSERVATION_KINDS),
  statement: observationStatement,
});

export const RecordNoteInput = z.object({
  ...itemCommon,
  sourceKind: itemCommon.sourceKind.default("OWN_OBSERVATION"),
  title: noteTitle,
  body: noteBody,
  occurredOn: occurredOn(),
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
