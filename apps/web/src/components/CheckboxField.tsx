import { Checkbox, FormField, FormLabel } from "@utrecht/component-library-react";
import type { ReactNode } from "react";

export interface CheckboxFieldProps {
  id: string;
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** Class of the field; the default lays it out as one of a list of choices. */
  className?: string;
}

/** One labelled check box on its own (a filter such as "Alleen ongelezen meldingen"). */
export function CheckboxField({
  id,
  label,
  checked,
  onChange,
  className = "rh-choices__item",
}: CheckboxFieldProps) {
  return (
    <FormField type="checkbox" className={className}>
      <Checkbox id={id} checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <FormLabel htmlFor={id} type="checkbox">
        {label}
      </FormLabel>
    </FormField>
  );
}
