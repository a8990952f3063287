import { Select, SelectOption } from "@utrecht/component-library-react";
import type { ReactNode } from "react";
import { Field } from "./Field";
import type { MutationForm } from "./forms";

/** One option of a `SelectField`. */
export interface SelectFieldOption {
  value: string;
  label: string;
}

export interface SelectFieldProps {
  id: string;
  label: ReactNode;
  /** The field's description (help text), under its label. */
  children?: ReactNode;
  /** The options in order (ids from a query, e.g. organisations or professionals). */
  options: readonly SelectFieldOption[];
  value: string;
  onChange: (value: string) => void;
  /** Text of the empty first option ("Kies een organisatie"); without it there is no empty option. */
  placeholder?: string;
  /** The form and the input field this select sends: its errors are shown here. */
  form?: Pick<MutationForm, "errorsFor">;
  name?: string;
  /** Errors when there is no form (or in addition to the form's). */
  errors?: readonly string[];
  required?: boolean;
  disabled?: boolean;
  /** The options are still loading. */
  busy?: boolean;
}

/** A labelled select of options that are not a contract enum (for those see `EnumSelectField`). */
export function SelectField(props: SelectFieldProps) {
  const { id, label, children, options, value, onChange, placeholder, form, name, errors = [] } = props;
  const messages = [...(form && name ? form.errorsFor(name) : []), ...errors];
  return (
    <Field id={id} label={label} description={children} errors={messages}>
      {(control) => (
        <Select
          {...control}
          name={name}
          required={props.required}
          disabled={props.disabled}
          busy={props.busy}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        >
          {placeholder !== undefined ? <SelectOption value="">{placeholder}</SelectOption> : null}
          {options.map((option) => (
            <SelectOption key={option.value} value={option.value}>
              {option.label}
            </SelectOption>
          ))}
        </Select>
      )}
    </Field>
  );
}
