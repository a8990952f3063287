import {
  DataClassField,
  DomainField,
  LegalBasisField,
  SubjectsField,
} from "../../components/ClassificationFields";
import type { PersonOption } from "../../components/ClassificationFields";
import type { MutationForm } from "../../components/forms";
import type { FieldErrors } from "../../errors";
import type { DataClass, Domain, LegalBasis } from "../../generated/graphql";

// Fields every dossier item has; shared by the record and correction forms of observations and notes. The
// classification fields themselves live in components/ClassificationFields (the inventory uses them too).

export { DataClassField, DomainField, LegalBasisField, SubjectsField };
export type { PersonOption };

/** What every item is classified by. */
export interface ItemClassValues {
  domain: Domain | "";
  dataClass: DataClass | "";
  subjectPersonIds: string[];
  legalBasis: LegalBasis | "";
}

/** The props of an item kind's fields (`ObservationFields`, `NoteFields`). */
export interface ItemFieldsProps<V> {
  idPrefix: string;
  values: V;
  onChange: (patch: Partial<V>) => void;
  form: Pick<MutationForm, "errorsFor">;
  persons: readonly PersonOption[];
  /** Only when recording: a correction keeps the legal basis. */
  withLegalBasis: boolean;
}

/** Leefgebied and gegevenscategorie side by side, then "Over wie". */
export function ItemClassFields({
  idPrefix,
  values,
  onChange,
  form,
  persons,
}: Omit<ItemFieldsProps<ItemClassValues>, "withLegalBasis">) {
  return (
    <>
      <div className="rh-form__row">
        <DomainField
          idPrefix={idPrefix}
          value={values.domain}
          onChange={(domain) => onChange({ domain })}
          form={form}
        />
        <DataClassField
          idPrefix={idPrefix}
          value={values.dataClass}
          onChange={(dataClass) => onChange({ dataClass })}
          form={form}
        />
      </div>
      <SubjectsField
        idPrefix={idPrefix}
        value={values.subjectPersonIds}
        onChange={(subjectPersonIds) => onChange({ subjectPersonIds })}
        form={form}
        persons={persons}
      />
    </>
  );
}

/** "Rechtsgrond", when recording (a correction keeps it). */
export function ItemLegalBasisField({
  idPrefix,
  values,
  onChange,
  form,
  withLegalBasis,
}: Omit<ItemFieldsProps<ItemClassValues>, "persons">) {
  if (!withLegalBasis) return null;
  return (
    <LegalBasisField
      idPrefix={idPrefix}
      value={values.legalBasis}
      onChange={(legalBasis) => onChange({ legalBasis })}
      form={form}
    />
  );
}

/** A required choice left empty: the message to show at the field. */
export function requireChoice(errors: FieldErrors, field: string, value: string, message: string): void {
  if (!value) errors[field] = [message];
}

/** Show the checks that failed at their fields (focus goes to the first); whether there were any. */
export function invalidateAll(form: Pick<MutationForm, "invalidate">, problems: FieldErrors): boolean {
  const entries = Object.entries(problems);
  for (const [field, messages] of entries) form.invalidate(field, messages.join(" "));
  return entries.length > 0;
}

/** Whether two lists hold the same values, in any order. */
export function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v) => b.includes(v));
}
