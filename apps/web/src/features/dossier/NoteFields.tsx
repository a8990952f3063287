import { DateField, TextField, TextareaField } from "../../components/forms";
import type { FieldErrors } from "../../errors";
import { todayInput } from "../../labels";
import { ITEM_CLASS, ItemClassFields, requireChoice, useItemFieldBinder } from "./ItemFields";
import type { ItemClassValues, ItemFieldsProps } from "./ItemFields";
import type { NoteCard } from "./types";

export interface NoteValues extends ItemClassValues {
  title: string;
  body: string;
  occurredOn: string;
}

export function emptyNote(): NoteValues {
  return { title: "", body: "", occurredOn: todayInput(), ...ITEM_CLASS.empty() };
}

export function noteValuesOf(item: NoteCard): NoteValues {
  return {
    title: item.title ?? "",
    body: item.body ?? "",
    occurredOn: item.occurredOn ?? "",
    ...ITEM_CLASS.valuesOf(item),
  };
}

export function missingNoteFields(values: NoteValues): FieldErrors {
  const errors = ITEM_CLASS.missing(values);
  requireChoice(errors, "title", values.title.trim(), "Vul een titel in.");
  requireChoice(errors, "body", values.body.trim(), "Vul het verslag in.");
  requireChoice(errors, "occurredOn", values.occurredOn, "Vul de datum van het gesprek in.");
  return errors;
}

export const NOTE_FIELDS = ["title", "body", "occurredOn", ...ITEM_CLASS.fields] as const;

/** Titel, verslag, datum gesprek, leefgebied, categorie, over wie and rechtsgrond. */
export function NoteFields(props: ItemFieldsProps<NoteValues>) {
  const { bind } = useItemFieldBinder(props);
  return (
    <>
      <TextField {...bind("title")} label="Titel" required autoComplete="off">
        Bijvoorbeeld ‘Huisbezoek met moeder’.
      </TextField>
      <TextareaField {...bind("body")} label="Verslag" required rows={8} />
      <DateField {...bind("occurredOn")} label="Datum gesprek" required max={todayInput()} />
      <ItemClassFields {...props} />
    </>
  );
}
