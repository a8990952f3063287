import { useId, useState } from "react";
import type { MutationForm } from "./forms";

/** The props that tie a field component to one value of the form (and to its errors). */
export interface BoundField<T> {
  form?: Pick<MutationForm, "errorsFor">;
  /** The value's key, also the input field whose errors the field shows. */
  name: string;
  /** The control's id, unique on the page (the form's own id with the value's key). */
  id: string;
  value: T;
  onChange: (value: T) => void;
}

/** The props that tie a choice (`EnumSelectField`, `RadioGroup`) to one value of the form and its errors. */
export interface BoundChoice<T> {
  name: string;
  id: string;
  value: T;
  onChange: (value: T) => void;
  errors: string[];
}

/** The props that tie a `CheckboxGroup` to one list value of the form and its errors. */
export interface BoundGroup<T> {
  /** Prefix of the ids of the group and its checkboxes. */
  id: string;
  selected: T;
  onChange: (selected: T) => void;
  errors: string[];
}

export interface FormValues<V> {
  values: V;
  /** A setter for one field, for its `onChange`: `onChange={set("title")}`. */
  set: <K extends keyof V>(field: K) => (value: V[K]) => void;
  /** Replace several fields at once (e.g. empty the form after it was sent). */
  patch: (values: Partial<V>) => void;
  /** Value, setter, name, id and form of a field, to spread on it: `<TextField {...bind("title")} label=… />`. */
  bind: <K extends keyof V & string>(field: K) => BoundField<V[K]>;
  /** Value, setter, name, id and errors of a choice, to spread on an `EnumSelectField` or a `RadioGroup`. */
  choice: <K extends keyof V & string>(field: K) => BoundChoice<V[K]>;
  /** Selection, setter and errors of a list, to spread on a `CheckboxGroup`: `<CheckboxGroup {...group("domains")} …/>`. */
  group: <K extends keyof V & string>(field: K) => BoundGroup<V[K]>;
}

/** `bind`, `choice` and `group` of `FormValues`. */
export type Binders<V> = Pick<FormValues<V>, "bind" | "choice" | "group">;

/**
 * `bind`, `choice` and `group` over values held elsewhere (the fields of a part that its form holds): each
 * field's id is the binder's own (`useId`) with the field's key, so the same form twice on a page (one per
 * card) never repeats an id; its errors are the form's for the input field of the same name.
 */
export function useBinders<V>(
  values: V,
  set: <K extends keyof V>(field: K) => (value: V[K]) => void,
  form?: Pick<MutationForm, "errorsFor">,
): Binders<V> {
  const formId = useId();
  const idOf = (field: string) => `${formId}-${field}`;
  const errorsOf = (field: string) => (form ? form.errorsFor(field) : []);
  return {
    bind: (field) => ({ form, name: field, id: idOf(field), value: values[field], onChange: set(field) }),
    choice: (field) => ({
      name: field,
      id: idOf(field),
      value: values[field],
      onChange: set(field),
      errors: errorsOf(field),
    }),
    group: (field) => ({
      id: idOf(field),
      selected: values[field],
      onChange: set(field),
      errors: errorsOf(field),
    }),
  };
}

/**
 * A form's field values in one state, instead of a `useState` per field, with their binders (`useBinders`):
 * with the form of `useMutationForm`, each field shows the errors of the input field of the same name.
 */
export function useFormValues<V extends object>(
  initial: V | (() => V),
  form?: Pick<MutationForm, "errorsFor">,
): FormValues<V> {
  const [values, setValues] = useState<V>(initial);
  const patch = (changes: Partial<V>) => setValues((current) => ({ ...current, ...changes }));
  const set =
    <K extends keyof V>(field: K) =>
    (value: V[K]) =>
      setValues((current) => ({ ...current, [field]: value }));
  return { values, set, patch, ...useBinders(values, set, form) };
}
