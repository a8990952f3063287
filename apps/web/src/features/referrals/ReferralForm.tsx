import { useMutation } from "@apollo/client/react";
import { PersonCheckboxes } from "../../components/PersonCheckboxes";
import { EnumSelectField } from "../../components/EnumSelectField";
import { HeadedMutationForm } from "../../components/HeadedMutationForm";
import { DateField, TextField, useMutationForm } from "../../components/forms";
import { parseEuro } from "../../components/money";
import { useFormValues } from "../../components/useFormValues";
import { DATA_CLASS_LABELS, DOMAIN_LABELS } from "../../labels";
import { CLEARED_REFERRAL, EMPTY_REFERRAL, REFERRAL_KIND_LABELS, referralInput } from "./referralInput";
import type { ReferralValues } from "./referralInput";
import { RecordReferralDocument } from "../../generated/graphql";

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
  const { values, patch, bind, choice } = useFormValues<ReferralValues>(EMPTY_REFERRAL, form);
  const [record] = useMutation(RecordReferralDocument);

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
        <EnumSelectField {...choice("referralKind")} label="Soort" labels={REFERRAL_KIND_LABELS} required />
        <TextField {...bind("reference")} label="Kenmerk (niet verplicht)" />
      </div>
      <TextField {...bind("care")} label="Ingezette zorg" required />
      <TextField {...bind("providerName")} label="Zorgaanbieder" required />
      <div className="rh-form__row">
        <DateField {...bind("startsOn")} label="Begindatum" required />
        <DateField {...bind("endsOn")} label="Einddatum (niet verplicht)" />
        <TextField {...bind("cost")} name="costCents" label="Kosten in euro" inputMode="decimal" required>
          Bijvoorbeeld 1.250,00
        </TextField>
      </div>
      <div className="rh-form__row">
        <EnumSelectField {...choice("domain")} label="Leefgebied" labels={DOMAIN_LABELS} required />
        <EnumSelectField
          {...choice("dataClass")}
          label="Gegevenscategorie"
          labels={DATA_CLASS_LABELS}
          required
        />
      </div>
      <PersonCheckboxes {...bind("subjectPersonIds")} legend="Voor wie" persons={persons} />
    </HeadedMutationForm>
  );
}
