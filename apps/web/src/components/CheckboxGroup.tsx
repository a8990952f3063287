import { Checkbox } from "@utrecht/component-library-react";
import type { ReactNode } from "react";
import { ChoiceFieldset, ChoiceItem } from "./ChoiceFieldset";

export interface Option<V extends string> {
  value: V;
  label: ReactNode;
}

export interface CheckboxGroupProps<V extends string> {
  /** Prefix of the ids of the group and its checkboxes. */
  id: string;
  legend: ReactNode;
  /** The group's description (help text), under its legend. */
  children?: ReactNode;
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
  options,
  selected,
  onChange,
  grid = false,
  children: description,
  ...fieldset
}: CheckboxGroupProps<V>) {
  const toggle = (value: V, checked: boolean) => {
    onChange(options.map((o) => o.value).filter((v) => (v === value ? checked : selected.includes(v))));
  };
  return (
    <ChoiceFieldset
      {...fieldset}
      description={description}
      listClassName={grid ? "rh-choices__grid" : "rh-choices__list"}
    >
      {(invalid) =>
        options.map((option) => {
          const optionId = `${fieldset.id}-${option.value.toLowerCase()}`;
          return (
            <ChoiceItem key={option.value} type="checkbox" id={optionId} label={option.label}>
              <Checkbox
                id={optionId}
                value={option.value}
                invalid={invalid}
                checked={selected.includes(option.value)}
                onChange={(e) => toggle(option.value, e.target.checked)}
              />
            </ChoiceItem>
          );
        })
      }
    </ChoiceFieldset>
  );
}
