import type { ReactNode } from "react";
import { SelectField } from "./SelectField";

export interface EnumSelectFieldProps<V extends string> {
  id: string;
  label: ReactNode;
  /** The field's description (help text), under its label. */
  children?: ReactNode;
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

/** A labelled select of the values of a contract enum, with Dutch labels (a `SelectField` of its values). */
export function EnumSelectField<V extends string>({ labels, onChange, ...field }: EnumSelectFieldProps<V>) {
  const options = (Object.keys(labels) as V[]).map((value) => ({ value, label: labels[value] }));
  return <SelectField {...field} options={options} onChange={(value) => onChange(value as V | "")} />;
}
