import { Alert, Button, Paragraph } from "@utrecht/component-library-react";
import { useRef, useState } from "react";
import type { FormEvent, ReactNode, RefObject } from "react";
import { ErrorAlert } from "../../components/ErrorAlert";
import {
  CONFLICT_MESSAGE,
  extractFieldErrors,
  generalErrorMessages,
  hasErrorCode,
  messagesFor,
} from "../../errors";
import { focusFirstInvalid } from "../../components/forms/focus";

// What the regie-op-regie forms share: submit with the server's field errors at their fields (focus on the
// first), the rest in an alert, a stale version as "reload", and a confirmation once saved.

export interface FormState {
  formRef: RefObject<HTMLFormElement | null>;
  /** Messages for a field (server BAD_USER_INPUT, or a problem found before sending). */
  errorsFor: (field: string) => string[];
  /** Run the change; returns whether it succeeded. */
  submit: (event: FormEvent<HTMLFormElement>, run: () => Promise<unknown>) => Promise<boolean>;
  /** Mark a field invalid before sending (e.g. an amount that is no amount). */
  invalidate: (field: string, message: string) => void;
  /** The alert and confirmation above the form. */
  status: ReactNode;
  setDone: (message: string | null) => void;
  busy: boolean;
}

export function useFormState(
  fields: readonly string[],
  failure: string,
  onReload: () => Promise<void>,
): FormState {
  const formRef = useRef<HTMLFormElement>(null);
  const [error, setError] = useState<unknown>(null);
  const [local, setLocal] = useState<Record<string, string>>({});
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fieldErrors = extractFieldErrors(error);
  const conflict = hasErrorCode(error, "CONFLICT");
  const general = conflict ? [] : generalErrorMessages(error, fields);

  const errorsFor = (field: string) => (local[field] ? [local[field]] : messagesFor(fieldErrors, field));
  const invalidate = (field: string, message: string) => {
    setLocal((current) => ({ ...current, [field]: message }));
    focusFirstInvalid(formRef.current);
  };

  const submit = async (event: FormEvent<HTMLFormElement>, run: () => Promise<unknown>) => {
    event.preventDefault();
    if (busy) return false;
    setError(null);
    setDone(null);
    setBusy(true);
    try {
      await run();
      return true;
    } catch (err) {
      setError(err);
      focusFirstInvalid(formRef.current);
      return false;
    } finally {
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
          <Button
            appearance="secondary-action-button"
            onClick={() => {
              setError(null);
              void onReload();
            }}
          >
            Casus opnieuw laden
          </Button>
        </Alert>
      ) : null}
      <ErrorAlert messages={general} heading={failure} />
    </>
  );

  return {
    formRef,
    errorsFor,
    submit: async (event, run) => {
      setLocal({});
      return submit(event, run);
    },
    invalidate,
    status,
    setDone,
    busy,
  };
}
