import { RadioButton } from "@utrecht/component-library-react";
import type { ReactNode } from "react";
import type { Option } from "./CheckboxGroup";
import { ChoiceFieldset, ChoiceItem } from "./ChoiceFieldset";

export interface RadioOption<V extends string> extends Option<V> {
  /** Help text under the option's label. */
  hint?: ReactNode;
}

export interface RadioGroupProps<V extends string> {
  /** Prefix of the ids of the group and its radio buttons; also the radio buttons' `name`. */
  id: string;
  legend: ReactNode;
  /** The group's description (help text), under its legend. */
  children?: ReactNode;
  options: readonly RadioOption<V>[];
  value: V | "";
  onChange: (value: V) => void;
  errors?: readonly string[];
  required?: boolean;
  /** Lay the options out in a row (for a few short ones, such as yes / no). */
  row?: boolean;
  /** Extra class of the group. */
  className?: string;
}

/** A radio group (`role="radiogroup"`, labelled by its legend) with description and error messages. */
export function RadioGroup<V extends string>({
  options,
  value,
  onChange,
  children: description,
  row = false,
  className,
  ...fieldset
}: RadioGroupProps<V>) {
  return (
    <ChoiceFieldset
      {...fieldset}
      description={description}
      className={[row ? "rh-choices--row" : null, className].filter(Boolean).join(" ") || undefined}
      radio
    >
      {(invalid) =>
        options.map((option) => {
          const optionId = `${fieldset.id}-${option.value.toLowerCase()}`;
          return (
            <ChoiceItem key={option.value} type="radio" id={optionId} label={option.label} hint={option.hint}>
              <RadioButton
                id={optionId}
                name={fieldset.id}
                value={option.value}
                invalid={invalid}
                checked={value === option.value}
                aria-describedby={option.hint ? `${optionId}-hint` : undefined}
                onChange={() => onChange(option.value)}
              />
            </ChoiceItem>
          );
        })
      }
    </ChoiceFieldset>
  );
}
