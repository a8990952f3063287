import { Alert, Button, Paragraph } from "@utrecht/component-library-react";
import { useRef, useState } from "react";
import type { FormEvent, ReactNode, RefObject } from "react";
import {
  CONFLICT_MESSAGE,
  extractFieldErrors,
  generalErrorMessages,
  hasErrorCode,
  messagesFor,
} from "../../errors";
import { ErrorAlert } from "../ErrorAlert";
import { focusFirstInvalid } from "./focus";

// The one way a form of the web app sends a change: the server's BAD_USER_INPUT messages at their fields
// (focus on the first), everything else in one alert above the form, a stale version (CONFLICT) as "reload",
// a pending state while it runs, and a confirmation once saved.

/**
 * What a form's submit does. Return a confirmation to show it, `false` when a check before sending failed
 * (after `invalidate`), or nothing. A thrown error is shown at the fields and in the alert.
 */
export type SubmitRun = () => Promise<string | false | void> | string | false | void;

export interface MutationFormOptions {
  /** The input fields the form shows: their errors appear at the field, others in the alert. */
  fields: readonly string[];
  /** The alert's heading when the change failed, e.g. "Het budget is niet opgeslagen." */
  failure: string;
  /** Reload the data after a CONFLICT; without it the alert only says to reload the page. */
  onReload?: () => Promise<unknown> | void;
  /** Label of the reload button. */
  reloadLabel?: string;
}

export interface MutationForm {
  formRef: RefObject<HTMLFormElement | null>;
  busy: boolean;
  /** Messages for a field: a check before sending, else the server's BAD_USER_INPUT messages. */
  errorsFor: (field: string) => string[];
  /** Mark a field invalid before sending (e.g. an amount that is not an amount); focus moves to it. */
  invalidate: (field: string, message: string) => void;
  /** The `onSubmit` of the form element: runs `run` once at a time. Resolves whether it succeeded. */
  handleSubmit: (run: SubmitRun) => (event: FormEvent<HTMLFormElement>) => Promise<boolean>;
  /** Show (or clear) a confirmation. */
  setDone: (message: string | null) => void;
  /** Confirmation, conflict and error alerts, to place above the fields. */
  status: ReactNode;
}

export function useMutationForm({
  fields,
  failure,
  onReload,
  reloadLabel = "Casus opnieuw laden",
}: MutationFormOptions): MutationForm {
  const formRef = useRef<HTMLFormElement>(null);
  const busyRef = useRef(false);
  const [error, setError] = useState<unknown>(null);
  const [local, setLocal] = useState<Record<string, string>>({});
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fieldErrors = extractFieldErrors(error);
  const conflict = hasErrorCode(error, "CONFLICT");
  const general = conflict ? [] : generalErrorMessages(error, fields);

  const errorsFor = (field: string) => {
    const own = local[field];
    return own ? [own] : messagesFor(fieldErrors, field);
  };
  const invalidate = (field: string, message: string) => {
    setLocal((current) => ({ ...current, [field]: message }));
    focusFirstInvalid(formRef.current);
  };

  const handleSubmit = (run: SubmitRun) => async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busyRef.current) return false;
    busyRef.current = true;
    setLocal({});
    setError(null);
    setDone(null);
    setBusy(true);
    try {
      const outcome = await run();
      if (outcome === false) return false;
      if (typeof outcome === "string") setDone(outcome);
      return true;
    } catch (err) {
      setError(err);
      focusFirstInvalid(formRef.current);
      return false;
    } finally {
      busyRef.current = false;
      setBusy(false);
    }
  };

  const status = (
    <>
      {done ? (
        <Alert type="ok" className="rh-alert">
          <Paragraph>{done}</Paragraph>
        </Alert>
      ) : null}
      {conflict ? (
        <Alert type="error" className="rh-alert">
          <Paragraph>{CONFLICT_MESSAGE}</Paragraph>
          {onReload ? (
            <Button
              appearance="secondary-action-button"
              onClick={() => {
                setError(null);
                void onReload();
              }}
            >
              {reloadLabel}
            </Button>
          ) : null}
        </Alert>
      ) : null}
      <ErrorAlert messages={general} heading={failure} />
    </>
  );

  return { formRef, busy, errorsFor, invalidate, handleSubmit, setDone, status };
}
