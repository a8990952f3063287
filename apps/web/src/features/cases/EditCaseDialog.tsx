import { Button, ButtonGroup, Heading, Paragraph, Textbox } from "@utrecht/component-library-react";
import { useMutation } from "@apollo/client/react";
import { useRef, useState } from "react";
import type { FormEvent } from "react";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Field } from "../../components/Field";
import {
  CONFLICT_MESSAGE,
  extractFieldErrors,
  generalErrorMessages,
  hasErrorCode,
  messagesFor,
} from "../../errors";
import { focusFirstInvalid } from "../../components/forms/focus";
import type { CaseDetail } from "./operations";
import { UPDATE_CASE_DETAILS_MUTATION } from "./status-operations";
import "./status.css";

const FIELDS = ["title", "municipality"] as const;

export interface EditCaseDialogProps {
  caseData: CaseDetail;
  onSaved: () => Promise<void>;
}

/** "Gegevens wijzigen": title and municipality of the case in a modal native <dialog> (`updateCase`). */
export function EditCaseDialog({ caseData, onSaved }: EditCaseDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const [title, setTitle] = useState(caseData.title);
  const [municipality, setMunicipality] = useState(caseData.municipality);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [updateCase, { loading }] = useMutation(UPDATE_CASE_DETAILS_MUTATION);

  const open = () => {
    setTitle(caseData.title);
    setMunicipality(caseData.municipality);
    setError(null);
    setSaved(false);
    dialogRef.current?.showModal();
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    setError(null);
    try {
      await updateCase({
        variables: { input: { id: caseData.id, version: caseData.version, title, municipality } },
      });
      await onSaved();
      dialogRef.current?.close();
      setSaved(true);
    } catch (err) {
      setError(err);
      focusFirstInvalid(formRef.current);
    }
  };

  const fieldErrors = extractFieldErrors(error);
  const general = hasErrorCode(error, "CONFLICT") ? [CONFLICT_MESSAGE] : generalErrorMessages(error, FIELDS);

  return (
    <>
      {saved ? (
        <Paragraph role="status" className="rh-muted">
          De gegevens van de casus zijn opgeslagen.
        </Paragraph>
      ) : (
        <span role="status" />
      )}
      <Button appearance="secondary-action-button" onClick={open}>
        Gegevens wijzigen
      </Button>
      <dialog ref={dialogRef} aria-labelledby="edit-case-heading" className="rh-dialog">
        <Heading level={2} id="edit-case-heading">
          Gegevens van de casus wijzigen
        </Heading>
        <form
          ref={formRef}
          noValidate
          onSubmit={(e) => void submit(e)}
          aria-labelledby="edit-case-heading"
          className="rh-form"
        >
          <ErrorAlert messages={general} heading="De gegevens zijn niet gewijzigd." />
          <Field id="edit-case-title" label="Naam casus" errors={messagesFor(fieldErrors, "title")}>
            {(control) => (
              <Textbox {...control} name="title" value={title} onChange={(e) => setTitle(e.target.value)} />
            )}
          </Field>
          <Field
            id="edit-case-municipality"
            label="Gemeente"
            errors={messagesFor(fieldErrors, "municipality")}
          >
            {(control) => (
              <Textbox
                {...control}
                name="municipality"
                value={municipality}
                onChange={(e) => setMunicipality(e.target.value)}
              />
            )}
          </Field>
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" busy={loading}>
              Opslaan
            </Button>
            <Button appearance="secondary-action-button" onClick={() => dialogRef.current?.close()}>
              Annuleren
            </Button>
          </ButtonGroup>
        </form>
      </dialog>
    </>
  );
}
