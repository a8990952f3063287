import { useMutation } from "@apollo/client/react";
import { PersonCheckboxes } from "../../components/PersonCheckboxes";
import { EnumSelectField } from "../../components/EnumSelectField";
import { HeadedMutationForm } from "../../components/HeadedMutationForm";
import { DateField, TextField, useMutationForm } from "../../components/forms";
import { parseEuro } from "../../components/money";
import { useFormValues } from "../../components/useFormValues";
import { DATA_CLASS_LABELS, DOMAIN_LABELS } from "../../labels";
import { RECORD_REFERRAL_MUTATION } from "./operations";
import { CLEARED_REFERRAL, EMPTY_REFERRAL, REFERRAL_KIND_LABELS, referralInput } from "./referralInput";
import type { ReferralValues } from "./referralInput";

const FIELDS = [
  "referralKind",
  "care",
  "providerName",
  "startsOn",
  "endsOn",
  "costCents",
  "reference",
  "domain",
  "dataClass",
  "subjectPersonIds",
];

export interface ReferralFormProps {
  caseId: string;
  persons: readonly { id: string; fullName: string }[];
  onRecorded: () => Promise<void>;
}

/** "Verwijzing of beschikking vastleggen": the care, the provider, the period and the cost. */
export function ReferralForm({ caseId, persons, onRecorded }: ReferralFormProps) {
  const form = useMutationForm({ fields: FIELDS, failure: "De verwijzing is niet vastgelegd." });
  const { values, set, patch, bind, choice } = useFormValues<ReferralValues>(EMPTY_REFERRAL, form);
  const [record] = useMutation(RECORD_REFERRAL_MUTATION);

  const run = async () => {
    const costCents = parseEuro(values.cost);
    if (costCents === null) {
      form.invalidate("costCents", "Vul een bedrag in euro's in, bijvoorbeeld 1.250,00");
      return false;
    }
    const result = await record({ variables: { input: referralInput(caseId, values, costCents) } });
    patch(CLEARED_REFERRAL);
    await onRecorded();
    return `De verwijzing ‘${result.data?.recordReferral.care ?? values.care}’ is vastgelegd.`;
  };

  return (
    <HeadedMutationForm
      blockClassName="rh-subsection"
      headingId="record-referral-heading"
      title="Verwijzing of beschikking vastleggen"
      form={form}
      onSubmit={run}
      submitLabel="Verwijzing vastleggen"
    >
      <div className="rh-form__row">
        <EnumSelectField
          id="referral-kind"
          label="Soort"
          labels={REFERRAL_KIND_LABELS}
          {...choice("referralKind")}
          required
        />
        <TextField {...bind("reference")} id="referral-reference" label="Kenmerk (niet verplicht)" />
      </div>
      <TextField {...bind("care")} id="referral-care" label="Ingezette zorg" required />
      <TextField {...bind("providerName")} id="referral-provider" label="Zorgaanbieder" required />
      <div className="rh-form__row">
        <DateField {...bind("startsOn")} id="referral-starts" label="Begindatum" required />
        <DateField {...bind("endsOn")} id="referral-ends" label="Einddatum (niet verplicht)" />
        <TextField
          form={form}
          name="costCents"
          id="referral-cost"
          label="Kosten in euro"
          description="Bijvoorbeeld 1.250,00"
          inputMode="decimal"
          required
          value={values.cost}
          onChange={set("cost")}
        />
      </div>
      <div className="rh-form__row">
        <EnumSelectField
          id="referral-domain"
          label="Leefgebied"
          labels={DOMAIN_LABELS}
          {...choice("domain")}
          required
        />
        <EnumSelectField
          id="referral-data-class"
          label="Gegevenscategorie"
          labels={DATA_CLASS_LABELS}
          {...choice("dataClass")}
          required
        />
      </div>
      <PersonCheckboxes
        {...bind("subjectPersonIds")}
        id="referral-subjects"
        legend="Voor wie"
        persons={persons}
      />
    </HeadedMutationForm>
  );
}
