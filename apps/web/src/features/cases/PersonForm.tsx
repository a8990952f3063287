import { Textbox } from "@utrecht/component-library-react";
import { useMutation } from "@apollo/client/react";
import { EnumSelectField } from "../../components/EnumSelectField";
import { Field } from "../../components/Field";
import { DateField, TextField, useMutationForm } from "../../components/forms";
import { HeadedMutationForm } from "../../components/HeadedMutationForm";
import { useFormValues } from "../../components/useFormValues";
import { HOUSEHOLD_ROLE_LABELS } from "../../labels";
import type { HouseholdRole } from "../../generated/graphql";
import { AddPersonDocument } from "../../generated/graphql";

/** The fields shown; an error about `caseId` goes to the alert. */
const FIELDS = ["givenName", "familyName", "birthDate", "householdRole", "bsn"] as const;

const EMPTY = {
  givenName: "",
  familyName: "",
  birthDate: "",
  householdRole: "CHILD" as HouseholdRole,
  bsn: "",
};

export interface PersonFormProps {
  caseId: string;
  onAdded: () => Promise<void>;
}

/** "Gezinslid toevoegen" (needs ADD_PERSON). */
export function PersonForm({ caseId, onAdded }: PersonFormProps) {
  const form = useMutationForm({ fields: FIELDS, failure: "Het gezinslid is niet toegevoegd." });
  const { values, bind, choice, set, patch } = useFormValues(EMPTY, form);
  const [addPerson] = useMutation(AddPersonDocument);

  const add = async () => {
    const { givenName, familyName, birthDate, householdRole, bsn } = values;
    const result = await addPerson({
      variables: {
        input: {
          caseId,
          givenName: givenName.trim(),
          familyName: familyName.trim(),
          birthDate: birthDate || null,
          householdRole,
          bsn: bsn.replace(/\s+/g, "") || null,
        },
      },
    });
    const name = result.data?.addPerson.fullName ?? `${givenName.trim()} ${familyName.trim()}`;
    patch({ givenName: "", familyName: "", birthDate: "", bsn: "" });
    await onAdded();
    return `${name} is toegevoegd aan de gezinsleden.`;
  };

  return (
    <HeadedMutationForm
      form={form}
      onSubmit={add}
      headingId="add-person-heading"
      title="Gezinslid toevoegen"
      blockClassName="rh-subsection"
      submitLabel="Gezinslid toevoegen"
    >
      <div className="rh-form__row">
        <TextField {...bind("givenName")} label="Voornaam" required autoComplete="off" />
        <TextField {...bind("familyName")} label="Achternaam" required autoComplete="off" />
      </div>
      <div className="rh-form__row">
        <DateField {...bind("birthDate")} label="Geboortedatum" autoComplete="off" />
        <EnumSelectField
          {...choice("householdRole")}
          label="Rol in het gezin"
          labels={HOUSEHOLD_ROLE_LABELS}
          required
          onChange={(role) => set("householdRole")(role || "CHILD")}
        />
      </div>
      <Field
        id="person-bsn"
        label="BSN (niet verplicht)"
        description="Burgerservicenummer van 9 cijfers. Alleen invullen als het nodig is."
        errors={form.errorsFor("bsn")}
      >
        {(control) => (
          <Textbox
            {...control}
            name="bsn"
            inputMode="numeric"
            autoComplete="off"
            maxLength={11}
            className="rh-input-bsn"
            value={values.bsn}
            onChange={(e) => set("bsn")(e.target.value)}
          />
        )}
      </Field>
    </HeadedMutationForm>
  );
}
