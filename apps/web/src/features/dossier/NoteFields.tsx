import { DateField, TextField, TextareaField } from "../../components/forms";
import type { FieldErrors } from "../../errors";
import { todayInput } from "../../labels";
import { ItemClassFields, ItemLegalBasisField, requireChoice } from "./ItemFields";
import type { ItemClassValues, ItemFieldsProps } from "./ItemFields";
import type { NoteCard } from "./operations";

export interface NoteValues extends ItemClassValues {
  title: string;
  body: string;
  occurredOn: string;
}

export function emptyNote(): NoteValues {
  return {
    title: "",
    body: "",
    occurredOn: todayInput(),
    domain: "",
    dataClass: "",
    subjectPersonIds: [],
    legalBasis: "",
  };
}

export function noteValuesOf(item: NoteCard): NoteValues {
  return {
    title: item.title ?? "",
    body: item.body ?? "",
    occurredOn: item.occurredOn ?? "",
    domain: item.domain,
    dataClass: item.dataClass,
    subjectPersonIds: (item.subjects ?? []).map((p) => p.id),
    legalBasis: item.legalBasis,
  };
}

export function missingNoteFields(values: NoteValues, withLegalBasis: boolean): FieldErrors {
  const errors: FieldErrors = {};
  requireChoice(errors, "title", values.title.trim(), "Vul een titel in.");
  requireChoice(errors, "body", values.body.trim(), "Vul het verslag in.");
  requireChoice(errors, "occurredOn", values.occurredOn, "Vul de datum van het gesprek in.");
  requireChoice(errors, "domain", values.domain, "Kies een leefgebied.");
  requireChoice(errors, "dataClass", values.dataClass, "Kies een gegevenscategorie.");
  if (withLegalBasis) requireChoice(errors, "legalBasis", values.legalBasis, "Kies een rechtsgrond.");
  return errors;
}

export const NOTE_FIELDS = [
  "title",
  "body",
  "occurredOn",
  "domain",
  "dataClass",
  "subjectPersonIds",
  "legalBasis",
] as const;

/** Titel, verslag, datum gesprek, leefgebied, categorie, over wie and rechtsgrond. */
export function NoteFields(props: ItemFieldsProps<NoteValues>) {
  const { idPrefix, values, onChange, form } = props;
  return (
    <>
      <TextField
        form={form}
        name="title"
        id={`${idPrefix}-title`}
        label="Titel"
        description="Bijvoorbeeld ‘Huisbezoek met moeder’."
        required
        autoComplete="off"
        value={values.title}
        onChange={(title) => onChange({ title })}
      />
      <TextareaField
        form={form}
        name="body"
        id={`${idPrefix}-body`}
        label="Verslag"
        required
        rows={8}
        value={values.body}
        onChange={(body) => onChange({ body })}
      />
      <DateField
        form={form}
        name="occurredOn"
        id={`${idPrefix}-occurred-on`}
        label="Datum gesprek"
        required
        max={todayInput()}
        value={values.occurredOn}
        onChange={(occurredOn) => onChange({ occurredOn })}
      />
      <ItemClassFields {...props} />
      <ItemLegalBasisField {...props} />
    </>
  );
}
