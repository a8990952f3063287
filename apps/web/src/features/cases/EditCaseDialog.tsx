import { Button, Heading, Paragraph } from "@utrecht/component-library-react";
import { useMutation } from "@apollo/client/react";
import { useRef, useState } from "react";
import { MutationFormView, TextField, useMutationForm } from "../../components/forms";
import { useFormValues } from "../../components/useFormValues";
import type { CaseDetail } from "./types";
import "./status.css";
import { UpdateCaseDetailsDocument } from "../../generated/graphql";

export interface EditCaseDialogProps {
  caseData: CaseDetail;
  onSaved: () => Promise<void>;
}

/** "Gegevens wijzigen": title and municipality of the case in a modal native <dialog> (`updateCase`). */
export function EditCaseDialog({ caseData, onSaved }: EditCaseDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  // Each opening starts afresh from the case as it is now (the form is mounted again).
  const [opening, setOpening] = useState(0);
  const [saved, setSaved] = useState(false);
  const close = () => dialogRef.current?.close();

  const open = () => {
    setOpening((n) => n + 1);
    setSaved(false);
    dialogRef.current?.showModal();
  };

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
        <EditCaseForm
          key={opening}
          caseData={caseData}
          onReload={onSaved}
          onSaved={async () => {
            await onSaved();
            close();
            setSaved(true);
          }}
          onCancel={close}
        />
      </dialog>
    </>
  );
}

interface EditCaseFormProps {
  caseData: CaseDetail;
  onSaved: () => Promise<void>;
  onReload: () => Promise<void>;
  onCancel: () => void;
}

function EditCaseForm({ caseData, onSaved, onReload, onCancel }: EditCaseFormProps) {
  const form = useMutationForm({
    fields: ["title", "municipality"],
    failure: "De gegevens zijn niet gewijzigd.",
    onReload,
  });
  const { values, bind } = useFormValues(
    { title: caseData.title, municipality: caseData.municipality },
    form,
  );
  const [updateCase] = useMutation(UpdateCaseDetailsDocument);

  const save = async () => {
    await updateCase({
      variables: { input: { id: caseData.id, version: caseData.version, ...values } },
    });
    await onSaved();
  };

  return (
    <MutationFormView
      form={form}
      onSubmit={save}
      labelledBy="edit-case-heading"
      submitLabel="Opslaan"
      onCancel={onCancel}
    >
      <TextField {...bind("title")} label="Naam casus" />
      <TextField {...bind("municipality")} label="Gemeente" />
    </MutationFormView>
  );
}
