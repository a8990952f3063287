import {
  DataClassField,
  DomainField,
  LegalBasisField,
  SubjectsField,
} from "../../components/ClassificationFields";
import type { PersonOption } from "../../components/ClassificationFields";
import type { MutationForm } from "../../components/forms";
import { useBinders } from "../../components/useFormValues";
import type { FieldErrors } from "../../errors";
import type { DataClass, Domain, LegalBasis } from "../../generated/graphql";
import type { NoteCard, ObservationCard } from "./types";

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

/**
 * The classification as the part every item kind has (see `ItemKind`): its input fields as named in the input
 * types, its values when new and when saved, and its checks. The legal basis is chosen only when recording (a
 * correction keeps it): the record page shows and checks it.
 */
export const ITEM_CLASS = {
  fields: ["domain", "dataClass", "subjectPersonIds", "legalBasis"] as const,
  empty: (): ItemClassValues => ({ domain: "", dataClass: "", subjectPersonIds: [], legalBasis: "" }),
  valuesOf: (
    item: Pick<NoteCard | ObservationCard, "domain" | "dataClass" | "subjects" | "legalBasis">,
  ): ItemClassValues => ({
    domain: item.domain,
    dataClass: item.dataClass,
    subjectPersonIds: (item.subjects ?? []).map((p) => p.id),
    legalBasis: item.legalBasis,
  }),
  missing: (values: ItemClassValues): FieldErrors => {
    const errors: FieldErrors = {};
    requireChoice(errors, "domain", values.domain, "Kies een leefgebied.");
    requireChoice(errors, "dataClass", values.dataClass, "Kies een gegevenscategorie.");
    return errors;
  },
};

/** The props of an item kind's fields (`ObservationFields`, `NoteFields`). */
export interface ItemFieldsProps<V> {
  values: V;
  onChange: (patch: Partial<V>) => void;
  form: Pick<MutationForm, "errorsFor">;
  persons: readonly PersonOption[];
}

/**
 * The binders (as `useFormValues` gives them) for an item kind's own fields, whose values the record or
 * correction form holds: `<TextField {...bind("title")} label=… />`.
 */
export function useItemFieldBinder<V>({
  values,
  onChange,
  form,
}: Pick<ItemFieldsProps<V>, "values" | "onChange" | "form">) {
  const set =
    <K extends keyof V>(field: K) =>
    (value: V[K]) => {
      const patch: Partial<V> = {};
      patch[field] = value;
      onChange(patch);
    };
  return useBinders(values, set, form);
}

/** Leefgebied and gegevenscategorie side by side, then "Over wie". */
export function ItemClassFields(props: ItemFieldsProps<ItemClassValues>) {
  const { bind } = useItemFieldBinder(props);
  return (
    <>
      <div className="rh-form__row">
        <DomainField {...bind("domain")} />
        <DataClassField {...bind("dataClass")} />
      </div>
      <SubjectsField {...bind("subjectPersonIds")} persons={props.persons} />
    </>
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
