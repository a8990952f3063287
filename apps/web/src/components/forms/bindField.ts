import { useId } from "react";
import type { MutationForm } from "./useMutationForm";

/**
 * The props that tie a text, date or textarea field to its form and its value in a `useFormValues` state made
 * before the form (the form's checks read the values): `const bind = useFieldBinder(form, values, set)`, then
 * `<TextField {...bind("title")} label=… />`. Ids as `useFormValues` gives them: the form's own, with the key.
 */
export function useFieldBinder<V>(
  form: Pick<MutationForm, "errorsFor">,
  values: V,
  set: <K extends keyof V>(field: K) => (value: V[K]) => void,
) {
  const formId = useId();
  return <K extends keyof V & string>(name: K) => ({
    form,
    name,
    id: `${formId}-${name}`,
    value: values[name],
    onChange: set(name),
  });
}
