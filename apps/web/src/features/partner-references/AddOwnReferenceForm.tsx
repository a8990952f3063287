import { useMutation } from "@apollo/client/react";
import { TextField, useMutationForm } from "../../components/forms";
import { HeadedMutationForm } from "../../components/HeadedMutationForm";
import { SelectField } from "../../components/SelectField";
import { useFormValues } from "../../components/useFormValues";
import { hasErrorCode } from "../../errors";
import type { PersonWithReferences } from "./types";
import { referenceText } from "./referenceText";
import { AttachPartnerReferenceDocument } from "../../generated/graphql";

const DUPLICATE_MESSAGE = "Dit kenmerk staat al bij dit gezinslid.";

export interface AddOwnReferenceFormProps {
  persons: readonly PersonWithReferences[];
  onAdded: () => Promise<void>;
}

/** "Kenmerk toevoegen": a reference of the viewer's organisation at one family member. */
export function AddOwnReferenceForm({ persons, onAdded }: AddOwnReferenceFormProps) {
  const [attach] = useMutation(AttachPartnerReferenceDocument);
  const form = useMutationForm({
    fields: ["personId", "reference", "label"],
    failure: "Het kenmerk is niet toegevoegd.",
  });
  const { values, bind, patch } = useFormValues({ personId: "", reference: "", label: "" }, form);
  const { personId, reference, label } = values;

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
    patch({ reference: "", label: "" });
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
        {...bind("personId")}
        label="Gezinslid"
        placeholder="Kies een gezinslid"
        options={persons.map((p) => ({ value: p.id, label: p.fullName }))}
        required
      />
      <div className="rh-form__row">
        <TextField {...bind("reference")} label="Kenmerk" required autoComplete="off">
          Het nummer of kenmerk zoals uw organisatie het gebruikt, bijvoorbeeld een leerlingnummer (maximaal
          64 tekens).
        </TextField>
        <TextField {...bind("label")} label="Omschrijving (niet verplicht)" autoComplete="off">
          Wat het kenmerk is, bijvoorbeeld ‘leerlingnummer’ of ‘cliëntnummer’.
        </TextField>
      </div>
    </HeadedMutationForm>
  );
}
