import { CheckboxGroup } from "../../components/CheckboxGroup";
import { PersonCheckboxes } from "../../components/PersonCheckboxes";
import { EnumSelectField } from "../../components/EnumSelectField";
import { DateField, TextField, TextareaField } from "../../components/forms";
import type { FormValues } from "../../components/useFormValues";
import { TeamOrganisationField } from "../../components/TeamOrganisationField";
import { DATA_CLASS_OPTIONS, DOMAIN_OPTIONS, LEGAL_BASIS_LABELS } from "../../labels";
import type { CaseDetail } from "../cases/types";
import type { GrantValues } from "./grantInput";

export interface GrantFieldsProps {
  /** The grant's values, bound to the form's fields. */
  fields: FormValues<GrantValues>;
}

/** To whom, about whom and what: organisation, persons, domains and data classes. */
export function GrantScopeFields({
  fields: { bind, choice, group },
  organisations,
  persons,
}: GrantFieldsProps & {
  organisations: readonly CaseDetail["team"][number]["organisation"][];
  persons: CaseDetail["persons"];
}) {
  return (
    <>
      <TeamOrganisationField
        {...choice("granteeOrganisationId")}
        label="Organisatie"
        organisations={organisations}
      />
      <PersonCheckboxes {...bind("subjectPersonIds")} legend="Over wie" persons={persons}>
        Alleen items over deze personen (en niemand anders) vallen onder de toestemming.
      </PersonCheckboxes>
      <CheckboxGroup {...group("domains")} legend="Leefgebieden" options={DOMAIN_OPTIONS} grid />
      <CheckboxGroup {...group("dataClasses")} legend="Gegevenscategorieën" options={DATA_CLASS_OPTIONS} grid>
        Elke categorie moet u apart aanvinken; niets wordt meegenomen zonder dat u het kiest.
      </CheckboxGroup>
    </>
  );
}

/** Why, on which basis, how long and the evidence. */
export function GrantBasisFields({ fields: { values, bind, choice } }: GrantFieldsProps) {
  return (
    <>
      <TextareaField {...bind("purpose")} label="Doel" required rows={2}>
        Waarvoor de partner de informatie nodig heeft.
      </TextareaField>
      <EnumSelectField
        {...choice("legalBasis")}
        label="Rechtsgrond"
        labels={LEGAL_BASIS_LABELS}
        placeholder="Kies een rechtsgrond"
        required
      >
        Justitiële gegevens alleen op grond van justitie (WPG) of een wettelijke taak.
      </EnumSelectField>
      <div className="rh-form__row">
        <DateField {...bind("validFrom")} label="Geldig vanaf (niet verplicht)">
          Leeg: vanaf nu.
        </DateField>
        <DateField
          {...bind("validUntil")}
          label="Geldig tot en met (niet verplicht)"
          min={values.validFrom || undefined}
        >
          Leeg: tot de toestemming wordt ingetrokken.
        </DateField>
      </div>
      <TextField {...bind("evidenceReference")} label="Bewijs" autoComplete="off">
        Verplicht bij toestemming, bijvoorbeeld ‘Toestemmingsformulier 12-11-2026, getekend door moeder’.
      </TextField>
    </>
  );
}
