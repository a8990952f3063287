import { Textarea, Textbox } from "@utrecht/component-library-react";
import { Field } from "../../components/Field";
import { messagesFor } from "../../errors";
import type { FieldErrors } from "../../errors";
import { todayInput } from "../../labels";
import type { DataClass, Domain, LegalBasis } from "../../generated/graphql";
import { DataClassField, DomainField, LegalBasisField, SubjectsField, requireChoice } from "./ItemFields";
import type { PersonOption } from "./ItemFields";
import type { NoteCard } from "./operations";

export interface NoteValues {
  title: string;
  body: string;
  occurredOn: string;
  domain: Domain | "";
  dataClass: DataClass | "";
  subjectPersonIds: string[];
  legalBasis: LegalBasis | "";
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

export interface NoteFieldsProps {
  idPrefix: string;
  values: NoteValues;
  onChange: (patch: Partial<NoteValues>) => void;
  errors: FieldErrors;
  persons: readonly PersonOption[];
  withLegalBasis: boolean;
}

/** Titel, verslag, datum gesprek, leefgebied, categorie, over wie and rechtsgrond. */
export function NoteFields({ idPrefix, values, onChange, errors, persons, withLegalBasis }: NoteFieldsProps) {
  return (
    <>
      <Field
        id={`${idPrefix}-title`}
        label="Titel"
        description="Bijvoorbeeld ‘Huisbezoek met moeder’."
        errors={messagesFor(errors, "title")}
      >
        {(control) => (
          <Textbox
            {...control}
            name="title"
            required
            autoComplete="off"
            value={values.title}
            onChange={(e) => onChange({ title: e.target.value })}
          />
        )}
      </Field>
      <Field id={`${idPrefix}-body`} label="Verslag" errors={messagesFor(errors, "body")}>
        {(control) => (
          <Textarea
            {...control}
            name="body"
            required
            rows={8}
            value={values.body}
            onChange={(e) => onChange({ body: e.target.value })}
          />
        )}
      </Field>
      <Field id={`${idPrefix}-occurred-on`} label="Datum gesprek" errors={messagesFor(errors, "occurredOn")}>
        {(control) => (
          <Textbox
            {...control}
            type="date"
            name="occurredOn"
            required
            max={todayInput()}
            value={values.occurredOn}
            onChange={(e) => onChange({ occurredOn: e.target.value })}
          />
        )}
      </Field>
      <div className="rh-form__row">
        <DomainField
          idPrefix={idPrefix}
          value={values.domain}
          onChange={(domain) => onChange({ domain })}
          errors={errors}
        />
        <DataClassField
          idPrefix={idPrefix}
          value={values.dataClass}
          onChange={(dataClass) => onChange({ dataClass })}
          errors={errors}
        />
      </div>
      <SubjectsField
        idPrefix={idPrefix}
        value={values.subjectPersonIds}
        onChange={(subjectPersonIds) => onChange({ subjectPersonIds })}
        errors={errors}
        persons={persons}
      />
      {withLegalBasis ? (
        <LegalBasisField
          idPrefix={idPrefix}
          value={values.legalBasis}
          onChange={(legalBasis) => onChange({ legalBasis })}
          errors={errors}
        />
      ) : null}
    </>
  );
}
