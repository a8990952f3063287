import { CheckboxGroup } from "../../components/CheckboxGroup";
import { PersonCheckboxes } from "../../components/PersonCheckboxes";
import { EnumSelectField } from "../../components/EnumSelectField";
import { DateField, TextField, TextareaField } from "../../components/forms";
import type { MutationForm } from "../../components/forms";
import type { FormValues } from "../../components/useFormValues";
import { TeamOrganisationField } from "../../components/TeamOrganisationField";
import { DATA_CLASS_OPTIONS, DOMAIN_OPTIONS, LEGAL_BASIS_LABELS } from "../../labels";
import type { CaseDetail } from "../cases/operations";
import type { GrantValues } from "./grantInput";

export interface GrantFieldsProps {
  form: MutationForm;
  /** The grant's values, bound to the form's fields. */
  fields: FormValues<GrantValues>;
}

/** To whom, about whom and what: organisation, persons, domains and data classes. */
export function GrantScopeFields({
  form,
  fields: { values, set, bind, group },
  organisations,
  persons,
}: GrantFieldsProps & {
  organisations: readonly CaseDetail["team"][number]["organisation"][];
  persons: CaseDetail["persons"];
}) {
  return (
    <>
      <TeamOrganisationField
        id="grant-organisation"
        name="granteeOrganisationId"
        label="Organisatie"
        organisations={organisations}
        errors={form.errorsFor("granteeOrganisationId")}
        value={values.granteeOrganisationId}
        onChange={set("granteeOrganisationId")}
      />
      <PersonCheckboxes
        {...bind("subjectPersonIds")}
        id="grant-subjects"
        legend="Over wie"
        description="Alleen items over deze personen (en niemand anders) vallen onder de toestemming."
        persons={persons}
      />
      <CheckboxGroup
        {...group("domains")}
        id="grant-domains"
        legend="Leefgebieden"
        options={DOMAIN_OPTIONS}
        grid
      />
      <CheckboxGroup
        {...group("dataClasses")}
        id="grant-data-classes"
        legend="Gegevenscategorieën"
        description="Elke categorie moet u apart aanvinken; niets wordt meegenomen zonder dat u het kiest."
        options={DATA_CLASS_OPTIONS}
        grid
      />
    </>
  );
}

/** Why, on which basis, how long and the evidence. */
export function GrantBasisFields({ fields: { values, bind, choice } }: Pick<GrantFieldsProps, "fields">) {
  return (
    <>
      <TextareaField
        {...bind("purpose")}
        id="grant-purpose"
        label="Doel"
        description="Waarvoor de partner de informatie nodig heeft."
        required
        rows={2}
      />
      <EnumSelectField
        id="grant-legal-basis"
        name="legalBasis"
        label="Rechtsgrond"
        description="Justitiële gegevens alleen op grond van justitie (WPG) of een wettelijke taak."
        labels={LEGAL_BASIS_LABELS}
        placeholder="Kies een rechtsgrond"
        required
        {...choice("legalBasis")}
      />
      <div className="rh-form__row">
        <DateField
          {...bind("validFrom")}
          id="grant-valid-from"
          label="Geldig vanaf (niet verplicht)"
          description="Leeg: vanaf nu."
        />
        <DateField
          {...bind("validUntil")}
          id="grant-valid-until"
          label="Geldig tot en met (niet verplicht)"
          description="Leeg: tot de toestemming wordt ingetrokken."
          min={values.validFrom || undefined}
        />
      </div>
      <TextField
        {...bind("evidenceReference")}
        id="grant-evidence"
        label="Bewijs"
        description="Verplicht bij toestemming, bijvoorbeeld ‘Toestemmingsformulier 12-11-2026, getekend door moeder’."
        autoComplete="off"
      />
    </>
  );
}
