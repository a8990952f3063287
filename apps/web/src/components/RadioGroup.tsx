import {
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  RadioButton,
} from "@utrecht/component-library-react";
import type { ReactNode } from "react";
import type { Option } from "./CheckboxGroup";

export interface RadioOption<V extends string> extends Option<V> {
  /** Help text under the option's label. */
  hint?: ReactNode;
}

export interface RadioGroupProps<V extends string> {
  /** Prefix of the ids of the group and its radio buttons; also the radio buttons' `name`. */
  id: string;
  legend: ReactNode;
  description?: ReactNode;
  options: readonly RadioOption<V>[];
  value: V | "";
  onChange: (value: V) => void;
  errors?: readonly string[];
  required?: boolean;
  /** Extra class, e.g. to lay the options out in a row. */
  className?: string;
}

/** A radio group (`role="radiogroup"`, labelled by its legend) with description and error messages. */
export function RadioGroup<V extends string>({
  id,
  legend,
  description,
  options,
  value,
  onChange,
  errors = [],
  required = false,
  className,
}: RadioGroupProps<V>) {
  const invalid = errors.length > 0;
  const errorId = `${id}-error`;
  const descriptionId = `${id}-description`;
  const describedBy = [invalid ? errorId : null, description ? descriptionId : null]
    .filter(Boolean)
    .join(" ");
  return (
    <Fieldset
      role="radiogroup"
      className={["rh-choices", className].filter(Boolean).join(" ")}
      invalid={invalid}
      required={required}
      aria-labelledby={`${id}-legend`}
      aria-describedby={describedBy || undefined}
    >
      <FieldsetLegend id={`${id}-legend`}>{legend}</FieldsetLegend>
      {description ? <FormFieldDescription id={descriptionId}>{description}</FormFieldDescription> : null}
      {invalid ? <FormFieldErrorMessage id={errorId}>{errors.join(" ")}</FormFieldErrorMessage> : null}
      <div className="rh-choices__list">
        {options.map((option) => {
          const optionId = `${id}-${option.value.toLowerCase()}`;
          const hintId = option.hint ? `${optionId}-hint` : undefined;
          return (
            <FormField key={option.value} type="radio" className="rh-choices__item">
              <RadioButton
                id={optionId}
                name={id}
                value={option.value}
                invalid={invalid}
                checked={value === option.value}
                aria-describedby={hintId}
                onChange={() => onChange(option.value)}
              />
              <span className="rh-choices__text">
                <FormLabel htmlFor={optionId} type="radio">
                  {option.label}
                </FormLabel>
                {option.hint ? (
                  <span id={hintId} className="rh-choices__hint">
                    {option.hint}
                  </span>
                ) : null}
              </span>
            </FormField>
          );
        })}
      </div>
    </Fieldset>
  );
}
