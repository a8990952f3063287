import { Textarea, Textbox } from "@utrecht/component-library-react";
import type { ChangeEvent, ReactNode } from "react";
import { Field } from "../Field";
import type { ControlProps } from "../Field";
import type { MutationForm } from "./useMutationForm";

interface BaseFieldProps {
  id: string;
  label: ReactNode;
  /** The field's description (help text), under its label. */
  children?: ReactNode;
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

/** What a text control takes from its field: the wiring of `Field`, its name, limits, state and value. */
type TextControlProps = ControlProps &
  Pick<BaseFieldProps, "name" | "required" | "disabled" | "value"> & {
    maxLength?: number;
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
  };

/** The `Field` around a text control, which gets the props both kinds of input take from the field's own. */
function BaseField(
  props: BaseFieldProps & { maxLength?: number; render: (control: TextControlProps) => ReactNode },
) {
  const { id, label, children, value, onChange, required, disabled, render } = props;
  return (
    <Field id={id} label={label} description={children} errors={errorsOf(props)}>
      {(control) =>
        render({
          ...control,
          name: props.name,
          maxLength: props.maxLength,
          required,
          disabled,
          value,
          onChange: (e) => onChange(e.target.value),
        })
      }
    </Field>
  );
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
  const { type = "text" } = props;
  return (
    <BaseField
      {...props}
      render={(control) => (
        <Textbox
          {...control}
          type={type}
          inputMode={props.inputMode}
          autoComplete={props.autoComplete}
          min={props.min}
          max={props.max}
        />
      )}
    />
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
  const { rows = 3 } = props;
  return <BaseField {...props} render={(control) => <Textarea {...control} rows={rows} />} />;
}

/** The required reason of a change (withdrawing, reopening, correcting): two rows, at the input field `reason`. */
export function ReasonField(props: Omit<TextareaFieldProps, "name" | "required">) {
  return <TextareaField rows={2} {...props} name="reason" required />;
}
