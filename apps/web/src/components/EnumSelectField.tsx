import { Select, SelectOption } from "@utrecht/component-library-react";
import type { ReactNode } from "react";
import { Field } from "./Field";

export interface EnumSelectFieldProps<V extends string> {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  /** Dutch label per value; the key order is the order of the options. */
  labels: Record<V, string>;
  value: V | "";
  onChange: (value: V | "") => void;
  /** Text of the empty first option ("Kies een leefgebied"); without it there is no empty option. */
  placeholder?: string;
  errors?: readonly string[];
  required?: boolean;
  name?: string;
}

/** A labelled select of the values of a contract enum, with Dutch labels. */
export function EnumSelectField<V extends string>({
  id,
  label,
  description,
  labels,
  value,
  onChange,
  placeholder,
  errors,
  required = false,
  name,
}: EnumSelectFieldProps<V>) {
  const values = Object.keys(labels) as V[];
  return (
    <Field id={id} label={label} description={description} errors={errors}>
      {(control) => (
        <Select
          {...control}
          name={name}
          required={required}
          value={value}
          onChange={(e) => onChange(e.target.value as V | "")}
        >
          {placeholder !== undefined ? <SelectOption value="">{placeholder}</SelectOption> : null}
          {values.map((v) => (
            <SelectOption key={v} value={v}>
              {labels[v]}
            </SelectOption>
          ))}
        </Select>
      )}
    </Field>
  );
}
