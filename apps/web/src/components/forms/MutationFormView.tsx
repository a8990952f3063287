import { Button, ButtonGroup } from "@utrecht/component-library-react";
import type { ReactNode } from "react";
import { CancelButton } from "../CancelButton";
import type { MutationForm, SubmitRun } from "./useMutationForm";

export interface MutationFormViewProps {
  form: MutationForm;
  onSubmit: SubmitRun;
  /** Text of the submit button. */
  submitLabel: ReactNode;
  /** Id of the heading that names the form. */
  labelledBy?: string;
  /** Accessible name when there is no heading. */
  label?: string;
  /** Primary look (default) or secondary. */
  secondary?: boolean;
  /** The change cannot be undone: the submit button is red. */
  danger?: boolean;
  /** Further buttons next to submit. */
  actions?: ReactNode;
  /** Close the form without sending: "Annuleren" next to the submit button. */
  onCancel?: () => void;
  className?: string;
  testId?: string;
  children?: ReactNode;
}

/** A form element with the status above its fields and the submit button (busy while sending) below. */
export function MutationFormView({
  form,
  onSubmit,
  submitLabel,
  labelledBy,
  label,
  secondary = false,
  danger = false,
  actions,
  onCancel,
  className = "rh-form",
  testId,
  children,
}: MutationFormViewProps) {
  return (
    <form
      ref={form.formRef}
      noValidate
      className={className}
      aria-labelledby={labelledBy}
      aria-label={labelledBy ? undefined : label}
      data-testid={testId}
      onSubmit={(event) => void form.handleSubmit(onSubmit)(event)}
    >
      {form.status}
      {children}
      <ButtonGroup>
        <Button
          type="submit"
          appearance={secondary ? "secondary-action-button" : "primary-action-button"}
          hint={danger ? "danger" : undefined}
          busy={form.busy}
          aria-disabled={form.busy || undefined}
        >
          {submitLabel}
        </Button>
        {actions}
        {onCancel ? <CancelButton onCancel={onCancel} /> : null}
      </ButtonGroup>
    </form>
  );
}
