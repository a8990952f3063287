import { Alert, Button, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { useMutationForm } from "../../components/forms";
import type { MutationForm } from "../../components/forms";
import { hasErrorCode } from "../../errors";
import { shownChangeError } from "./errors";

/** What a stale version (CONFLICT) says on this form, and the reload it offers. */
export interface ConflictReload {
  message: string;
  reloadLabel: string;
  onReload: () => Promise<unknown> | void;
}

export interface ChangeFormOptions {
  /** The input fields the form shows: their errors appear at the field, others in the alert. */
  fields: readonly string[];
  /** The alert's heading when the change failed, e.g. "Het doel is niet toegevoegd." */
  failure: string;
  /** The plan's own words for a CONFLICT; without it the general text of the shared form. */
  conflict?: ConflictReload;
}

export interface ChangeForm extends MutationForm {
  /** Hide the alerts and the messages at the fields until the next submit (e.g. when the viewer cancels). */
  dismiss: () => void;
}

/**
 * The shared mutation form (`useMutationForm`) as the plan's forms use it: a refusal keeps the server's reason
 * (why a plan cannot be approved), and a stale plan or action says so in the plan's words with a reload.
 */
export function useChangeForm({ fields, failure, conflict }: ChangeFormOptions): ChangeForm {
  const form = useMutationForm({ fields, failure });
  const [stale, setStale] = useState(false);
  const [dismissed, setDismissed] = useState(false);

  const handleSubmit: MutationForm["handleSubmit"] = (run) =>
    form.handleSubmit(async () => {
      setStale(false);
      setDismissed(false);
      try {
        return await run();
      } catch (err) {
        if (conflict && hasErrorCode(err, "CONFLICT")) setStale(true);
        throw shownChangeError(err, Boolean(conflict));
      }
    });

  const status = dismissed ? null : (
    <>
      {stale && conflict ? (
        <Alert type="error" className="rh-alert">
          <Paragraph>{conflict.message}</Paragraph>
          <Button
            appearance="secondary-action-button"
            onClick={() => {
              setStale(false);
              void conflict.onReload();
            }}
          >
            {conflict.reloadLabel}
          </Button>
        </Alert>
      ) : null}
      {form.status}
    </>
  );

  return {
    ...form,
    errorsFor: (field) => (dismissed ? [] : form.errorsFor(field)),
    handleSubmit,
    status,
    dismiss: () => {
      setStale(false);
      setDismissed(true);
    },
  };
}
