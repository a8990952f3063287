import { Textarea, Textbox } from "@utrecht/component-library-react";
import type { ReactNode } from "react";
import { Field } from "../Field";
import type { MutationForm } from "./useMutationForm";

interface BaseFieldProps {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  value: string;
  onChange: (value: string) => void;
  /** The form and the input field this control sends: its errors are shown here. */
  form?: Pick<MutationForm, "errorsFor">;
  name?: string;
  /** Errors when there is no form (or in addition to the form's). */
  errors?: readonly string[];
  required?: boolean;
  disabled?: boolean;
}

function errorsOf({ form, name, errors = [] }: BaseFieldProps): string[] {
  return [...(form && name ? form.errorsFor(name) : []), ...errors];
}

export interface TextFieldProps extends BaseFieldProps {
  type?: "text" | "date" | "email" | "tel" | "url" | "number" | "datetime-local" | "time";
  inputMode?: "text" | "decimal" | "numeric" | "email" | "tel" | "url";
  autoComplete?: string;
  min?: string;
  max?: string;
  maxLength?: number;
}

/** A labelled single-line input with its errors at the field. */
export function TextField(props: TextFieldProps) {
  const { id, label, description, value, onChange, required, disabled, type = "text" } = props;
  return (
    <Field id={id} label={label} description={description} errors={errorsOf(props)}>
      {(control) => (
        <Textbox
          {...control}
          name={props.name}
          type={type}
          inputMode={props.inputMode}
          autoComplete={props.autoComplete}
          min={props.min}
          max={props.max}
          maxLength={props.maxLength}
          required={required}
          disabled={disabled}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

/** A labelled date input (`yyyy-mm-dd`). */
export function DateField(props: Omit<TextFieldProps, "type">) {
  return <TextField {...props} type="date" />;
}

export interface TextareaFieldProps extends BaseFieldProps {
  rows?: number;
  maxLength?: number;
}

/** A labelled multi-line input with its errors at the field. */
export function TextareaField(props: TextareaFieldProps) {
  const { id, label, description, value, onChange, required, disabled, rows = 3 } = props;
  return (
    <Field id={id} label={label} description={description} errors={errorsOf(props)}>
      {(control) => (
        <Textarea
          {...control}
          name={props.name}
          rows={rows}
          maxLength={props.maxLength}
          required={required}
          disabled={disabled}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

/** The required reason of a change (withdrawing, reopening, correcting): two rows, at the input field `reason`. */
export function ReasonField(props: Omit<TextareaFieldProps, "name" | "required">) {
  return <TextareaField rows={2} {...props} name="reason" required />;
}
