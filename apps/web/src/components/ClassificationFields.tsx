import { EnumSelectField } from "./EnumSelectField";
import type { MutationForm } from "./forms";
import { PersonCheckboxes } from "./PersonCheckboxes";
import { messagesFor } from "../errors";
import type { FieldErrors } from "../errors";
import { DATA_CLASS_LABELS, DOMAIN_LABELS, LEGAL_BASIS_LABELS } from "../labels";
import type { DataClass, Domain, LegalBasis } from "../generated/graphql";

// How information about a family is classified: leefgebied, gegevenscategorie, rechtsgrond and over wie. Used by
// the dossier's items and the inventory's problems, which the same consent rules cover.

export interface PersonOption {
  id: string;
  fullName: string;
}

/** Where a field finds its messages: the form it belongs to, or (older forms) the errors by field. */
export interface FieldMessages {
  form?: Pick<MutationForm, "errorsFor">;
  errors?: FieldErrors;
}

export function messagesOf({ form, errors }: FieldMessages, field: string): string[] {
  return form ? form.errorsFor(field) : messagesFor(errors ?? {}, field);
}

export interface ClassificationFieldProps<V> extends FieldMessages {
  /** Prefix that keeps ids unique when several forms are on the page. */
  idPrefix: string;
  value: V;
  onChange: (value: V) => void;
}

interface ChoiceSpec<V extends string> {
  /** The input field; the id is `<idPrefix>-<suffix>`. */
  name: string;
  suffix: string;
  label: string;
  description?: string;
  labels: Record<V, string>;
  placeholder: string;
}

/** A required select of one of these enums, as a component. */
function choiceField<V extends string>(spec: ChoiceSpec<V>) {
  return function ChoiceField({ idPrefix, value, onChange, ...messages }: ClassificationFieldProps<V | "">) {
    return (
      <EnumSelectField
        id={`${idPrefix}-${spec.suffix}`}
        name={spec.name}
        label={spec.label}
        description={spec.description}
        labels={spec.labels}
        placeholder={spec.placeholder}
        required
        value={value}
        onChange={onChange}
        errors={messagesOf(messages, spec.name)}
      />
    );
  };
}

export const DomainField = choiceField<Domain>({
  name: "domain",
  suffix: "domain",
  label: "Leefgebied",
  labels: DOMAIN_LABELS,
  placeholder: "Kies een leefgebied",
});

export const DataClassField = choiceField<DataClass>({
  name: "dataClass",
  suffix: "data-class",
  label: "Gegevenscategorie",
  description: "Kies de meest gevoelige categorie die van toepassing is.",
  labels: DATA_CLASS_LABELS,
  placeholder: "Kies een categorie",
});

export const LegalBasisField = choiceField<LegalBasis>({
  name: "legalBasis",
  suffix: "legal-basis",
  label: "Rechtsgrond",
  description: "Op welke grond deze informatie is verkregen.",
  labels: LEGAL_BASIS_LABELS,
  placeholder: "Kies een rechtsgrond",
});

/** "Over wie": the family members it is about; none means the family as a whole. */
export function SubjectsField({
  idPrefix,
  value,
  onChange,
  persons,
  ...messages
}: ClassificationFieldProps<string[]> & { persons: readonly PersonOption[] }) {
  if (persons.length === 0) return null;
  return (
    <PersonCheckboxes
      id={`${idPrefix}-subjects`}
      legend="Over wie"
      description="Laat leeg als het over het gezin als geheel gaat."
      {...{ persons, value, onChange }}
      errors={messagesOf(messages, "subjectPersonIds")}
    />
  );
}
