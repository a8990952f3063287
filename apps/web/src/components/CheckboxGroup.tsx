import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
} from "@utrecht/component-library-react";
import type { ReactNode } from "react";

export interface Option<V extends string> {
  value: V;
  label: ReactNode;
}

export interface CheckboxGroupProps<V extends string> {
  /** Prefix of the ids of the group and its checkboxes. */
  id: string;
  legend: ReactNode;
  description?: ReactNode;
  options: readonly Option<V>[];
  selected: readonly V[];
  onChange: (selected: V[]) => void;
  errors?: readonly string[];
  /** Lay the options out in columns (for long lists such as the life domains). */
  grid?: boolean;
}

/**
 * A fieldset of checkboxes with legend, description and error messages. The selection keeps the order of
 * `options`.
 */
export function CheckboxGroup<V extends string>({
  id,
  legend,
  description,
  options,
  selected,
  onChange,
  errors = [],
  grid = false,
}: CheckboxGroupProps<V>) {
  const invalid = errors.length > 0;
  const errorId = `${id}-error`;
  const descriptionId = `${id}-description`;
  const describedBy = [invalid ? errorId : null, description ? descriptionId : null]
    .filter(Boolean)
    .join(" ");
  const toggle = (value: V, checked: boolean) => {
    onChange(options.map((o) => o.value).filter((v) => (v === value ? checked : selected.includes(v))));
  };
  return (
    <Fieldset
      className="rh-choices"
      invalid={invalid}
      aria-labelledby={`${id}-legend`}
      aria-describedby={describedBy || undefined}
    >
      <FieldsetLegend id={`${id}-legend`}>{legend}</FieldsetLegend>
      {description ? <FormFieldDescription id={descriptionId}>{description}</FormFieldDescription> : null}
      {invalid ? <FormFieldErrorMessage id={errorId}>{errors.join(" ")}</FormFieldErrorMessage> : null}
      <div className={grid ? "rh-choices__grid" : "rh-choices__list"}>
        {options.map((option) => {
          const optionId = `${id}-${option.value.toLowerCase()}`;
          return (
            <FormField key={option.value} type="checkbox" className="rh-choices__item">
              <Checkbox
                id={optionId}
                value={option.value}
                invalid={invalid}
                checked={selected.includes(option.value)}
                onChange={(e) => toggle(option.value, e.target.checked)}
              />
              <FormLabel htmlFor={optionId} type="checkbox">
                {option.label}
              </FormLabel>
            </FormField>
          );
        })}
      </div>
    </Fieldset>
  );
}
