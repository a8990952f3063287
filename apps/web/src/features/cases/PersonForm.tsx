import {
  Alert,
  Button,
  Heading,
  Paragraph,
  Select,
  SelectOption,
  Textbox,
} from "@utrecht/component-library-react";
import { useMutation } from "@apollo/client/react";
import { useRef, useState } from "react";
import type { FormEvent } from "react";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Field } from "../../components/Field";
import { extractFieldErrors, generalErrorMessages, messagesFor } from "../../errors";
import { HOUSEHOLD_ROLES, HOUSEHOLD_ROLE_LABELS } from "../../labels";
import type { HouseholdRole } from "../../generated/graphql";
import { focusFirstInvalid } from "../../components/forms/focus";
import { ADD_PERSON_MUTATION } from "./operations";

const FIELDS = ["caseId", "givenName", "familyName", "birthDate", "householdRole", "bsn"] as const;

export interface PersonFormProps {
  caseId: string;
  onAdded: () => Promise<void>;
}

/** "Gezinslid toevoegen" (needs ADD_PERSON). */
export function PersonForm({ caseId, onAdded }: PersonFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const [givenName, setGivenName] = useState("");
  const [familyName, setFamilyName] = useState("");
  const [birthDate, setBirthDate] = useState("");
  const [householdRole, setHouseholdRole] = useState<HouseholdRole>("CHILD");
  const [bsn, setBsn] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [added, setAdded] = useState<string | null>(null);
  const [addPerson, { loading }] = useMutation(ADD_PERSON_MUTATION);

  const fieldErrors = extractFieldErrors(error);
  const general = generalErrorMessages(
    error,
    FIELDS.filter((f) => f !== "caseId"),
  );

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    setError(null);
    setAdded(null);
    try {
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
      setGivenName("");
      setFamilyName("");
      setBirthDate("");
      setBsn("");
      await onAdded();
      setAdded(name);
    } catch (err) {
      setError(err);
      focusFirstInvalid(formRef.current);
    }
  };

  return (
    <div className="rh-subsection">
      <Heading level={3} id="add-person-heading">
        Gezinslid toevoegen
      </Heading>
      <form
        ref={formRef}
        noValidate
        onSubmit={(e) => void submit(e)}
        aria-labelledby="add-person-heading"
        className="rh-form"
      >
        {added ? (
          <Alert type="ok" className="rh-alert">
            <Paragraph>{added} is toegevoegd aan de gezinsleden.</Paragraph>
          </Alert>
        ) : null}
        <ErrorAlert messages={general} heading="Het gezinslid is niet toegevoegd." />
        <div className="rh-form__row">
          <Field id="person-given-name" label="Voornaam" errors={messagesFor(fieldErrors, "givenName")}>
            {(control) => (
              <Textbox
                {...control}
                name="givenName"
                required
                autoComplete="off"
                value={givenName}
                onChange={(e) => setGivenName(e.target.value)}
              />
            )}
          </Field>
          <Field id="person-family-name" label="Achternaam" errors={messagesFor(fieldErrors, "familyName")}>
            {(control) => (
              <Textbox
                {...control}
                name="familyName"
                required
                autoComplete="off"
                value={familyName}
                onChange={(e) => setFamilyName(e.target.value)}
              />
            )}
          </Field>
        </div>
        <div className="rh-form__row">
          <Field id="person-birth-date" label="Geboortedatum" errors={messagesFor(fieldErrors, "birthDate")}>
            {(control) => (
              <Textbox
                {...control}
                type="date"
                name="birthDate"
                autoComplete="off"
                value={birthDate}
                onChange={(e) => setBirthDate(e.target.value)}
              />
            )}
          </Field>
          <Field
            id="person-household-role"
            label="Rol in het gezin"
            errors={messagesFor(fieldErrors, "householdRole")}
          >
            {(control) => (
              <Select
                {...control}
                name="householdRole"
                required
                value={householdRole}
                onChange={(e) => setHouseholdRole(e.target.value as HouseholdRole)}
              >
                {HOUSEHOLD_ROLES.map((role) => (
                  <SelectOption key={role} value={role}>
                    {HOUSEHOLD_ROLE_LABELS[role]}
                  </SelectOption>
                ))}
              </Select>
            )}
          </Field>
        </div>
        <Field
          id="person-bsn"
          label="BSN (niet verplicht)"
          description="Burgerservicenummer van 9 cijfers. Alleen invullen als het nodig is."
          errors={messagesFor(fieldErrors, "bsn")}
        >
          {(control) => (
            <Textbox
              {...control}
              name="bsn"
              inputMode="numeric"
              autoComplete="off"
              maxLength={11}
              className="rh-input-bsn"
              value={bsn}
              onChange={(e) => setBsn(e.target.value)}
            />
          )}
        </Field>
        <Button type="submit" appearance="primary-action-button" busy={loading}>
          Gezinslid toevoegen
        </Button>
      </form>
    </div>
  );
}
