import { Textarea } from "@utrecht/component-library-react";
import type { ReactNode } from "react";
import { Field } from "../../components/Field";
import type { MutationForm } from "../../components/forms";

export interface CodeTextareaFieldProps {
  form?: Pick<MutationForm, "errorsFor">;
  /** The input field it sends (its errors are shown here). */
  name: string;
  id: string;
  label: string;
  /** The field's description (help text), under its label. */
  children: ReactNode;
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
  children,
  rows,
  value,
  onChange,
}: CodeTextareaFieldProps) {
  return (
    <Field id={id} label={label} description={children} errors={form?.errorsFor(name)}>
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
