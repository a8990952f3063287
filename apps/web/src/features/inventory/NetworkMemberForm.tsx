import { useMutation } from "@apollo/client/react";
import { PersonCheckboxes } from "../../components/PersonCheckboxes";
import { RadioGroup } from "../../components/RadioGroup";
import { TextField, TextareaField, useMutationForm } from "../../components/forms";
import { checkFields } from "../../components/forms/checkFields";
import { useFormValues } from "../../components/useFormValues";
import { RELATIONSHIP_QUALITIES, RELATIONSHIP_QUALITY_LABELS } from "./ecogram";
import { InventoryFormView } from "./formParts";
import type { InventoryFormProps } from "./formParts";
import { networkMemberInput, networkMemberProblems } from "./inputs";
import type { NetworkMemberValues } from "./inputs";
import { ADD_NETWORK_MEMBER_MUTATION, BEELD_MUTATION_OPTIONS } from "./operations";

const FIELDS = [
  "subjectPersonIds",
  "name",
  "relation",
  "support",
  "contact",
  "relationshipQuality",
  "dataClass",
  "legalBasis",
];

const QUALITY_OPTIONS = [
  ...RELATIONSHIP_QUALITIES.map((q) => ({ value: q, label: RELATIONSHIP_QUALITY_LABELS[q] })),
  { value: "UNKNOWN" as const, label: "Onbekend" },
];

/** "Netwerklid toevoegen" (RECORD_ITEM). */
export function NetworkMemberForm({ caseId, persons, onDone, ...view }: InventoryFormProps) {
  const form = useMutationForm({ fields: FIELDS, failure: "Het netwerklid is niet toegevoegd." });
  const { values, bind, choice } = useFormValues<NetworkMemberValues>(
    () => ({
      subjectPersonIds: persons.map((p) => p.id),
      name: "",
      relation: "",
      support: "",
      contact: "",
      relationshipQuality: "UNKNOWN",
    }),
    form,
  );
  const [add] = useMutation(ADD_NETWORK_MEMBER_MUTATION, BEELD_MUTATION_OPTIONS);

  const run = async () => {
    if (checkFields(form, networkMemberProblems(values))) return false;
    await add({ variables: { input: networkMemberInput(caseId, values) } });
    onDone(`${values.name.trim()} is aan het netwerk toegevoegd.`);
  };

  return (
    <InventoryFormView {...view} form={form} onSubmit={run} submitLabel="Netwerklid toevoegen">
      <PersonCheckboxes
        {...bind("subjectPersonIds")}
        id="network-subjects"
        legend="Netwerk van"
        description="Voor welke gezinsleden kan deze persoon iets betekenen?"
        persons={persons}
      />
      <div className="rh-form__row">
        <TextField
          {...bind("name")}
          id="network-name"
          label="Naam"
          description="Of een omschrijving, bijvoorbeeld ‘oma Ria’."
          required
          autoComplete="off"
        />
        <TextField
          {...bind("relation")}
          id="network-relation"
          label="Relatie"
          description="Bijvoorbeeld ‘grootmoeder (moederskant)’ of ‘buurvrouw’."
          required
          autoComplete="off"
        />
      </div>
      <TextareaField
        {...bind("support")}
        id="network-support"
        label="Steun"
        description="Wat kan deze persoon doen? Bijvoorbeeld ‘haalt de kinderen op dinsdag uit school’."
        required
        rows={2}
      />
      <RadioGroup
        id="network-quality"
        legend="Soort relatie"
        description="Hoe is de relatie met het gezin? Dit bepaalt de lijn op de netwerkkaart."
        className="rh-choices--row"
        options={QUALITY_OPTIONS}
        {...choice("relationshipQuality")}
      />
      <TextField
        {...bind("contact")}
        id="network-contact"
        label="Contact (niet verplicht)"
        description="Hoe is deze persoon te bereiken?"
        autoComplete="off"
      />
    </InventoryFormView>
  );
}
