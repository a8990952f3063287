import { Textarea } from "@utrecht/component-library-react";
import { Field } from "../../components/Field";
import type { MutationForm } from "../../components/forms";

export interface CodeTextareaFieldProps {
  form: Pick<MutationForm, "errorsFor">;
  /** The input field it sends (its errors are shown here). */
  name: string;
  id: string;
  label: string;
  description: string;
  rows: number;
  value: string;
  onChange: (value: string) => void;
}

/** A multi-line field for technical text (address ranges, JSON): monospace and without spelling checks. */
export function CodeTextareaField({
  form,
  name,
  id,
  label,
  description,
  rows,
  value,
  onChange,
}: CodeTextareaFieldProps) {
  return (
    <Field id={id} label={label} description={description} errors={form.errorsFor(name)}>
      {(control) => (
        <Textarea
          {...control}
          name={name}
          rows={rows}
          spellCheck={false}
          className="rh-api-client__mono"
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}
