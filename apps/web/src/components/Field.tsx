import {
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
} from "@utrecht/component-library-react";
import type { ReactNode } from "react";

/** Props to spread on the control inside a `Field`: id, description and error wiring. */
export interface ControlProps {
  id: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
  invalid: boolean;
}

export interface FieldProps {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  /** Messages to show at the field (usually the server's BAD_USER_INPUT messages). */
  errors?: readonly string[];
  children: (control: ControlProps) => ReactNode;
}

/**
 * Label, optional description, control and error messages, tied together with `for`, `aria-describedby`
 * and `aria-invalid`.
 */
export function Field({ id, label, description, errors = [], children }: FieldProps) {
  const invalid = errors.length > 0;
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = invalid ? `${id}-error` : undefined;
  const describedBy = [errorId, descriptionId].filter(Boolean).join(" ") || undefined;
  return (
    <FormField
      className="rh-field"
      invalid={invalid}
      label={<FormLabel htmlFor={id}>{label}</FormLabel>}
      description={
        description ? (
          <FormFieldDescription id={descriptionId}>{description}</FormFieldDescription>
        ) : undefined
      }
      input={children({
        id,
        invalid,
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
        ...(invalid ? { "aria-invalid": true as const } : {}),
      })}
      errorMessage={
        invalid ? (
          <FormFieldErrorMessage id={errorId}>
            {errors.map((message) => (
              <span key={message} className="rh-field__error">
                {message}
              </span>
            ))}
          </FormFieldErrorMessage>
        ) : undefined
      }
    />
  );
}
