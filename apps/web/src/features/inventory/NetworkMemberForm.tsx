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
import { BEELD_MUTATION_OPTIONS } from "./types";
import { AddNetworkMemberDocument } from "../../generated/graphql";

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
  const [add] = useMutation(AddNetworkMemberDocument, BEELD_MUTATION_OPTIONS);

  const run = async () => {
    if (checkFields(form, networkMemberProblems(values))) return false;
    await add({ variables: { input: networkMemberInput(caseId, values) } });
    onDone(`${values.name.trim()} is aan het netwerk toegevoegd.`);
  };

  return (
    <InventoryFormView {...view} form={form} onSubmit={run} submitLabel="Netwerklid toevoegen">
      <PersonCheckboxes {...bind("subjectPersonIds")} legend="Netwerk van" persons={persons}>
        Voor welke gezinsleden kan deze persoon iets betekenen?
      </PersonCheckboxes>
      <div className="rh-form__row">
        <TextField {...bind("name")} label="Naam" required autoComplete="off">
          Of een omschrijving, bijvoorbeeld ‘oma Ria’.
        </TextField>
        <TextField {...bind("relation")} label="Relatie" required autoComplete="off">
          Bijvoorbeeld ‘grootmoeder (moederskant)’ of ‘buurvrouw’.
        </TextField>
      </div>
      <TextareaField {...bind("support")} label="Steun" required rows={2}>
        Wat kan deze persoon doen? Bijvoorbeeld ‘haalt de kinderen op dinsdag uit school’.
      </TextareaField>
      <RadioGroup {...choice("relationshipQuality")} legend="Soort relatie" row options={QUALITY_OPTIONS}>
        Hoe is de relatie met het gezin? Dit bepaalt de lijn op de netwerkkaart.
      </RadioGroup>
      <TextField {...bind("contact")} label="Contact (niet verplicht)" autoComplete="off">
        Hoe is deze persoon te bereiken?
      </TextField>
    </InventoryFormView>
  );
}
