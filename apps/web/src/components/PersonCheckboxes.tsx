import type { ReactNode } from "react";
import { CheckboxGroup } from "./CheckboxGroup";
import type { MutationForm } from "./forms";

export interface PersonCheckboxesProps {
  /** Prefix of the ids of the group and its checkboxes. */
  id: string;
  legend: ReactNode;
  /** The group's description (help text), under its legend. */
  children?: ReactNode;
  /** The family members to choose from, in the order of the case. */
  persons: readonly { id: string; fullName: string }[];
  /** The ids of the chosen persons. */
  value: string[];
  onChange: (ids: string[]) => void;
  /** The form and the input field (`subjectPersonIds`) whose errors are shown here. */
  form?: Pick<MutationForm, "errorsFor">;
  name?: string;
  /** Errors when there is no form (or in addition to the form's). */
  errors?: readonly string[];
}

/** A checkbox per family member ("Over wie", "Voor wie"), with the errors of its input field. */
export function PersonCheckboxes({
  persons,
  value,
  form,
  name,
  errors = [],
  ...group
}: PersonCheckboxesProps) {
  return (
    <CheckboxGroup
      {...group}
      options={persons.map((p) => ({ value: p.id, label: p.fullName }))}
      selected={value}
      errors={[...(form && name ? form.errorsFor(name) : []), ...errors]}
    />
  );
}
