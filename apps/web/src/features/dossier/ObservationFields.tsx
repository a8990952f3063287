import { EnumSelectField } from "../../components/EnumSelectField";
import { TextField, TextareaField } from "../../components/forms";
import { RadioGroup } from "../../components/RadioGroup";
import type { FieldErrors } from "../../errors";
import {
  OBSERVATION_KINDS,
  OBSERVATION_KIND_DESCRIPTIONS,
  OBSERVATION_KIND_LABELS,
  SOURCE_KIND_LABELS,
} from "../../labels";
import type { ObservationKind, SourceKind } from "../../generated/graphql";
import { ItemClassFields, ItemLegalBasisField, requireChoice } from "./ItemFields";
import type { ItemClassValues, ItemFieldsProps } from "./ItemFields";
import type { ObservationCard } from "./operations";

export interface ObservationValues extends ItemClassValues {
  observationKind: ObservationKind | "";
  statement: string;
  sourceKind: SourceKind | "";
  sourceDescription: string;
}

export function emptyObservation(): ObservationValues {
  return {
    domain: "",
    dataClass: "",
    subjectPersonIds: [],
    observationKind: "",
    statement: "",
    sourceKind: "OWN_OBSERVATION",
    sourceDescription: "",
    legalBasis: "",
  };
}

export function observationValuesOf(item: ObservationCard): ObservationValues {
  return {
    domain: item.domain,
    dataClass: item.dataClass,
    subjectPersonIds: (item.subjects ?? []).map((p) => p.id),
    observationKind: item.observationKind ?? "",
    statement: item.statement ?? "",
    sourceKind: item.source?.kind ?? "",
    sourceDescription: item.source?.description ?? "",
    legalBasis: item.legalBasis,
  };
}

/** Client-side checks before sending: required choices and text. */
export function missingObservationFields(values: ObservationValues, withLegalBasis: boolean): FieldErrors {
  const errors: FieldErrors = {};
  requireChoice(errors, "domain", values.domain, "Kies een leefgebied.");
  requireChoice(errors, "dataClass", values.dataClass, "Kies een gegevenscategorie.");
  requireChoice(
    errors,
    "observationKind",
    values.observationKind,
    "Kies of het een feit, mening of zorg is.",
  );
  requireChoice(errors, "statement", values.statement.trim(), "Vul de observatie in.");
  requireChoice(errors, "sourceKind", values.sourceKind, "Kies de bron.");
  if (withLegalBasis) requireChoice(errors, "legalBasis", values.legalBasis, "Kies een rechtsgrond.");
  return errors;
}

/** Fields of the observation in the form: `statement` and `observationKind` as named in the input types. */
export const OBSERVATION_FIELDS = [
  "domain",
  "dataClass",
  "subjectPersonIds",
  "observationKind",
  "statement",
  "sourceKind",
  "sourceDescription",
  "legalBasis",
] as const;

/** Leefgebied, gegevenscategorie, over wie, soort (feit/mening/zorg), tekst, bron and rechtsgrond. */
export function ObservationFields(props: ItemFieldsProps<ObservationValues>) {
  const { idPrefix, values, onChange, form } = props;
  return (
    <>
      <ItemClassFields {...props} />
      <RadioGroup
        id={`${idPrefix}-kind`}
        legend="Soort"
        description="Houd feiten gescheiden van meningen en zorgen."
        className="rh-choices--row"
        required
        options={OBSERVATION_KIND_OPTIONS}
        value={values.observationKind}
        onChange={(observationKind) => onChange({ observationKind })}
        errors={form.errorsFor("observationKind")}
      />
      <TextareaField
        form={form}
        name="statement"
        id={`${idPrefix}-statement`}
        label="Tekst"
        required
        rows={4}
        value={values.statement}
        onChange={(statement) => onChange({ statement })}
      />
      <div className="rh-form__row">
        <EnumSelectField
          id={`${idPrefix}-source-kind`}
          name="sourceKind"
          label="Bron"
          labels={SOURCE_KIND_LABELS}
          placeholder={values.sourceKind ? undefined : "Kies een bron"}
          required
          value={values.sourceKind}
          onChange={(sourceKind) => onChange({ sourceKind })}
          errors={form.errorsFor("sourceKind")}
        />
        <TextField
          form={form}
          name="sourceDescription"
          id={`${idPrefix}-source-description`}
          label="Omschrijving van de bron (niet verplicht)"
          description="Wie of wat, bijvoorbeeld ‘moeder’ of ‘verslag Veilig Thuis 12-03’."
          autoComplete="off"
          value={values.sourceDescription}
          onChange={(sourceDescription) => onChange({ sourceDescription })}
        />
      </div>
      <ItemLegalBasisField {...props} />
    </>
  );
}

const OBSERVATION_KIND_OPTIONS = OBSERVATION_KINDS.map((kind) => ({
  value: kind,
  label: OBSERVATION_KIND_LABELS[kind],
  hint: OBSERVATION_KIND_DESCRIPTIONS[kind],
}));
