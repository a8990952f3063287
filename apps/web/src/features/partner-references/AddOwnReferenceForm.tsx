import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import { TextField, useMutationForm } from "../../components/forms";
import { HeadedMutationForm } from "../../components/HeadedMutationForm";
import { SelectField } from "../../components/SelectField";
import { hasErrorCode } from "../../errors";
import { ATTACH_PARTNER_REFERENCE_MUTATION } from "./operations";
import type { PersonWithReferences } from "./operations";
import { referenceText } from "./referenceText";

const DUPLICATE_MESSAGE = "Dit kenmerk staat al bij dit gezinslid.";

export interface AddOwnReferenceFormProps {
  persons: readonly PersonWithReferences[];
  onAdded: () => Promise<void>;
}

/** "Kenmerk toevoegen": a reference of the viewer's organisation at one family member. */
export function AddOwnReferenceForm({ persons, onAdded }: AddOwnReferenceFormProps) {
  const [personId, setPersonId] = useState("");
  const [reference, setReference] = useState("");
  const [label, setLabel] = useState("");
  const [attach] = useMutation(ATTACH_PARTNER_REFERENCE_MUTATION);
  const form = useMutationForm({
    fields: ["personId", "reference", "label"],
    failure: "Het kenmerk is niet toegevoegd.",
  });

  const run = async () => {
    if (!personId) {
      form.invalidate("personId", "Kies een gezinslid.");
      return false;
    }
    let result;
    try {
      result = await attach({ variables: { input: { personId, reference, label: label.trim() || null } } });
    } catch (err) {
      // A duplicate is a CONFLICT of the reference itself: shown at the field, not as "changed by someone else".
      if (!hasErrorCode(err, "CONFLICT")) throw err;
      form.invalidate("reference", DUPLICATE_MESSAGE);
      return false;
    }
    const person = persons.find((p) => p.id === personId);
    const saved = result.data?.attachPartnerReference;
    setReference("");
    setLabel("");
    await onAdded();
    return `Kenmerk ${saved ? referenceText(saved) : reference.trim()} is toegevoegd bij ${person?.fullName ?? "het gezinslid"}.`;
  };

  return (
    <HeadedMutationForm
      blockClassName="rh-subsection"
      headingId="add-own-reference-heading"
      title="Kenmerk toevoegen"
      form={form}
      onSubmit={run}
      submitLabel="Kenmerk toevoegen"
    >
      <SelectField
        form={form}
        name="personId"
        id="own-reference-person"
        label="Gezinslid"
        placeholder="Kies een gezinslid"
        options={persons.map((p) => ({ value: p.id, label: p.fullName }))}
        required
        value={personId}
        onChange={setPersonId}
      />
      <div className="rh-form__row">
        <TextField
          form={form}
          name="reference"
          id="own-reference-reference"
          label="Kenmerk"
          description="Het nummer of kenmerk zoals uw organisatie het gebruikt, bijvoorbeeld een leerlingnummer (maximaal 64 tekens)."
          required
          autoComplete="off"
          value={reference}
          onChange={setReference}
        />
        <TextField
          form={form}
          name="label"
          id="own-reference-label"
          label="Omschrijving (niet verplicht)"
          description="Wat het kenmerk is, bijvoorbeeld ‘leerlingnummer’ of ‘cliëntnummer’."
          autoComplete="off"
          value={label}
          onChange={setLabel}
        />
      </div>
    </HeadedMutationForm>
  );
}
