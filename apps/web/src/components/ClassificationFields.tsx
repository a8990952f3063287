import { EnumSelectField } from "./EnumSelectField";
import { PersonCheckboxes } from "./PersonCheckboxes";
import type { BoundField } from "./useFormValues";
import { DATA_CLASS_LABELS, DOMAIN_LABELS, LEGAL_BASIS_LABELS } from "../labels";
import type { DataClass, Domain, LegalBasis } from "../generated/graphql";

// How information about a family is classified: leefgebied, gegevenscategorie, rechtsgrond and over wie. Used by
// the dossier's items and the inventory's problems, which the same consent rules cover.

export interface PersonOption {
  id: string;
  fullName: string;
}

/** A classification field as `bind` of `useFormValues` gives it; its errors are the form's for `name`. */
export type ClassificationFieldProps<V> = BoundField<V>;

function errorsOf({ form, name }: Pick<BoundField<unknown>, "form" | "name">): string[] {
  return form ? form.errorsFor(name) : [];
}

interface ChoiceSpec<V extends string> {
  label: string;
  description?: string;
  labels: Record<V, string>;
  placeholder: string;
}

/** A required select of one of these enums, as a component: `<DomainField {...bind("domain")} />`. */
function choiceField<V extends string>(spec: ChoiceSpec<V>) {
  return function ChoiceField(props: ClassificationFieldProps<V | "">) {
    const { id, name, value, onChange } = props;
    return (
      <EnumSelectField
        {...{ id, name, value, onChange }}
        label={spec.label}
        labels={spec.labels}
        placeholder={spec.placeholder}
        required
        errors={errorsOf(props)}
      >
        {spec.description}
      </EnumSelectField>
    );
  };
}

export const DomainField = choiceField<Domain>({
  label: "Leefgebied",
  labels: DOMAIN_LABELS,
  placeholder: "Kies een leefgebied",
});

export const DataClassField = choiceField<DataClass>({
  label: "Gegevenscategorie",
  description: "Kies de meest gevoelige categorie die van toepassing is.",
  labels: DATA_CLASS_LABELS,
  placeholder: "Kies een categorie",
});

export const LegalBasisField = choiceField<LegalBasis>({
  label: "Rechtsgrond",
  description: "Op welke grond deze informatie is verkregen.",
  labels: LEGAL_BASIS_LABELS,
  placeholder: "Kies een rechtsgrond",
});

/** "Over wie": the family members it is about; none means the family as a whole. */
export function SubjectsField({
  persons,
  ...field
}: ClassificationFieldProps<string[]> & { persons: readonly PersonOption[] }) {
  if (persons.length === 0) return null;
  return (
    <PersonCheckboxes {...field} legend="Over wie" persons={persons}>
      Laat leeg als het over het gezin als geheel gaat.
    </PersonCheckboxes>
  );
}
