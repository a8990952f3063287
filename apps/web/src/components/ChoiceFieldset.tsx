import {
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
} from "@utrecht/component-library-react";
import type { ReactNode } from "react";

// The frame every group of checkboxes or radio buttons shares: a fieldset named by its legend, described by
// its description and error messages, and one item per option with its label and an optional hint.

export interface ChoiceFieldsetProps {
  /** Prefix of the ids of the legend, the description and the error message. */
  id: string;
  legend: ReactNode;
  description?: ReactNode;
  errors?: readonly string[];
  /** A radio group (`role="radiogroup"`); else a group of checkboxes. */
  radio?: boolean;
  required?: boolean;
  /** Extra class of the fieldset, e.g. to lay the options out in a row. */
  className?: string;
  /** Class of the options' container: a list (default) or a grid. */
  listClassName?: string;
  /** The options, given whether the group is invalid. */
  children: (invalid: boolean) => ReactNode;
}

export function ChoiceFieldset({
  id,
  legend,
  description,
  errors = [],
  radio = false,
  required = false,
  className,
  listClassName = "rh-choices__list",
  children,
}: ChoiceFieldsetProps) {
  const invalid = errors.length > 0;
  const errorId = `${id}-error`;
  const descriptionId = `${id}-description`;
  const describedBy = [invalid ? errorId : null, description ? descriptionId : null]
    .filter(Boolean)
    .join(" ");
  return (
    <Fieldset
      role={radio ? "radiogroup" : undefined}
      className={["rh-choices", className].filter(Boolean).join(" ")}
      invalid={invalid}
      required={required}
      aria-labelledby={`${id}-legend`}
      aria-describedby={describedBy || undefined}
    >
      <FieldsetLegend id={`${id}-legend`}>{legend}</FieldsetLegend>
      {description ? <FormFieldDescription id={descriptionId}>{description}</FormFieldDescription> : null}
      {invalid ? <FormFieldErrorMessage id={errorId}>{errors.join(" ")}</FormFieldErrorMessage> : null}
      <div className={listClassName}>{children(invalid)}</div>
    </Fieldset>
  );
}

export interface ChoiceItemProps {
  type: "checkbox" | "radio";
  /** Id of the control, which the label points to; the hint's id is `<id>-hint`. */
  id: string;
  label: ReactNode;
  /** Help text under the label (the control refers to it with `aria-describedby`). */
  hint?: ReactNode;
  disabled?: boolean;
  className?: string;
  /** The checkbox or radio button. */
  children: ReactNode;
}

/** One option of a choice: the control, its label and its hint. */
export function ChoiceItem({ type, id, label, hint, disabled, className, children }: ChoiceItemProps) {
  const text = (
    <FormLabel htmlFor={id} type={type} disabled={disabled}>
      {label}
    </FormLabel>
  );
  return (
    <FormField type={type} className={["rh-choices__item", className].filter(Boolean).join(" ")}>
      {children}
      {hint ? (
        <span className="rh-choices__text">
          {text}
          <span id={`${id}-hint`} className="rh-choices__hint">
            {hint}
          </span>
        </span>
      ) : (
        text
      )}
    </FormField>
  );
}
