import type { MutationForm } from "./useMutationForm";

/**
 * The props that tie a text, date or textarea field to its form and its value in a `useFormValues` state:
 * `const bind = fieldBinder(form, values, set)`, then `<TextField {...bind("title")} id=… label=… />`.
 */
export function fieldBinder<V>(
  form: Pick<MutationForm, "errorsFor">,
  values: V,
  set: <K extends keyof V>(field: K) => (value: V[K]) => void,
) {
  return <K extends keyof V & string>(name: K) => ({ form, name, value: values[name], onChange: set(name) });
}
