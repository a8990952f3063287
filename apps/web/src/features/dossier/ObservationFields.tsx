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
import { ITEM_CLASS, ItemClassFields, requireChoice, useItemFieldBinder } from "./ItemFields";
import type { ItemClassValues, ItemFieldsProps } from "./ItemFields";
import type { ObservationCard } from "./types";

export interface ObservationValues extends ItemClassValues {
  observationKind: ObservationKind | "";
  statement: string;
  sourceKind: SourceKind | "";
  sourceDescription: string;
}

export function emptyObservation(): ObservationValues {
  return {
    ...ITEM_CLASS.empty(),
    observationKind: "",
    statement: "",
    sourceKind: "OWN_OBSERVATION",
    sourceDescription: "",
  };
}

export function observationValuesOf(item: ObservationCard): ObservationValues {
  return {
    ...ITEM_CLASS.valuesOf(item),
    observationKind: item.observationKind ?? "",
    statement: item.statement ?? "",
    sourceKind: item.source?.kind ?? "",
    sourceDescription: item.source?.description ?? "",
  };
}

/** Client-side checks before sending: required choices and text. */
export function missingObservationFields(values: ObservationValues): FieldErrors {
  const errors = ITEM_CLASS.missing(values);
  requireChoice(
    errors,
    "observationKind",
    values.observationKind,
    "Kies of het een feit, mening of zorg is.",
  );
  requireChoice(errors, "statement", values.statement.trim(), "Vul de observatie in.");
  requireChoice(errors, "sourceKind", values.sourceKind, "Kies de bron.");
  return errors;
}

/** Fields of the observation in the form: `statement` and `observationKind` as named in the input types. */
export const OBSERVATION_FIELDS = [
  ...ITEM_CLASS.fields,
  "observationKind",
  "statement",
  "sourceKind",
  "sourceDescription",
] as const;

/** Leefgebied, gegevenscategorie, over wie, soort (feit/mening/zorg), tekst, bron and rechtsgrond. */
export function ObservationFields(props: ItemFieldsProps<ObservationValues>) {
  const { bind, choice } = useItemFieldBinder(props);
  return (
    <>
      <ItemClassFields {...props} />
      <RadioGroup
        {...choice("observationKind")}
        legend="Soort"
        row
        required
        options={OBSERVATION_KIND_OPTIONS}
      >
        Houd feiten gescheiden van meningen en zorgen.
      </RadioGroup>
      <TextareaField {...bind("statement")} label="Tekst" required rows={4} />
      <div className="rh-form__row">
        <EnumSelectField
          {...choice("sourceKind")}
          label="Bron"
          labels={SOURCE_KIND_LABELS}
          placeholder={props.values.sourceKind ? undefined : "Kies een bron"}
          required
        />
        <TextField
          {...bind("sourceDescription")}
          label="Omschrijving van de bron (niet verplicht)"
          autoComplete="off"
        >
          Wie of wat, bijvoorbeeld ‘moeder’ of ‘verslag Veilig Thuis 12-03’.
        </TextField>
      </div>
    </>
  );
}

const OBSERVATION_KIND_OPTIONS = OBSERVATION_KINDS.map((kind) => ({
  value: kind,
  label: OBSERVATION_KIND_LABELS[kind],
  hint: OBSERVATION_KIND_DESCRIPTIONS[kind],
}));
