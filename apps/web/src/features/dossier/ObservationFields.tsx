import { Textarea, Textbox } from "@utrecht/component-library-react";
import { EnumSelectField } from "../../components/EnumSelectField";
import { Field } from "../../components/Field";
import { RadioGroup } from "../../components/RadioGroup";
import { messagesFor } from "../../errors";
import type { FieldErrors } from "../../errors";
import {
  OBSERVATION_KINDS,
  OBSERVATION_KIND_DESCRIPTIONS,
  OBSERVATION_KIND_LABELS,
  SOURCE_KIND_LABELS,
} from "../../labels";
import type { DataClass, Domain, LegalBasis, ObservationKind, SourceKind } from "../../generated/graphql";
import { DataClassField, DomainField, LegalBasisField, SubjectsField, requireChoice } from "./ItemFields";
import type { PersonOption } from "./ItemFields";
import type { ObservationCard } from "./operations";

export interface ObservationValues {
  domain: Domain | "";
  dataClass: DataClass | "";
  subjectPersonIds: string[];
  observationKind: ObservationKind | "";
  statement: string;
  sourceKind: SourceKind | "";
  sourceDescription: string;
  legalBasis: LegalBasis | "";
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

export interface ObservationFieldsProps {
  idPrefix: string;
  values: ObservationValues;
  onChange: (patch: Partial<ObservationValues>) => void;
  errors: FieldErrors;
  persons: readonly PersonOption[];
  /** Only when recording: a correction keeps the legal basis. */
  withLegalBasis: boolean;
}

/** Leefgebied, gegevenscategorie, over wie, soort (feit/mening/zorg), tekst, bron and rechtsgrond. */
export function ObservationFields({
  idPrefix,
  values,
  onChange,
  errors,
  persons,
  withLegalBasis,
}: ObservationFieldsProps) {
  return (
    <>
      <div className="rh-form__row">
        <DomainField
          idPrefix={idPrefix}
          value={values.domain}
          onChange={(domain) => onChange({ domain })}
          errors={errors}
        />
        <DataClassField
          idPrefix={idPrefix}
          value={values.dataClass}
          onChange={(dataClass) => onChange({ dataClass })}
          errors={errors}
        />
      </div>
      <SubjectsField
        idPrefix={idPrefix}
        value={values.subjectPersonIds}
        onChange={(subjectPersonIds) => onChange({ subjectPersonIds })}
        errors={errors}
        persons={persons}
      />
      <RadioGroup
        id={`${idPrefix}-kind`}
        legend="Soort"
        description="Houd feiten gescheiden van meningen en zorgen."
        className="rh-choices--row"
        required
        options={OBSERVATION_KINDS.map((kind) => ({
          value: kind,
          label: OBSERVATION_KIND_LABELS[kind],
          hint: OBSERVATION_KIND_DESCRIPTIONS[kind],
        }))}
        value={values.observationKind}
        onChange={(observationKind) => onChange({ observationKind })}
        errors={messagesFor(errors, "observationKind")}
      />
      <Field id={`${idPrefix}-statement`} label="Tekst" errors={messagesFor(errors, "statement")}>
        {(control) => (
          <Textarea
            {...control}
            name="statement"
            required
            rows={4}
            value={values.statement}
            onChange={(e) => onChange({ statement: e.target.value })}
          />
        )}
      </Field>
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
          errors={messagesFor(errors, "sourceKind")}
        />
        <Field
          id={`${idPrefix}-source-description`}
          label="Omschrijving van de bron (niet verplicht)"
          description="Wie of wat, bijvoorbeeld ‘moeder’ of ‘verslag Veilig Thuis 12-03’."
          errors={messagesFor(errors, "sourceDescription")}
        >
          {(control) => (
            <Textbox
              {...control}
              name="sourceDescription"
              autoComplete="off"
              value={values.sourceDescription}
              onChange={(e) => onChange({ sourceDescription: e.target.value })}
            />
          )}
        </Field>
      </div>
      {withLegalBasis ? (
        <LegalBasisField
          idPrefix={idPrefix}
          value={values.legalBasis}
          onChange={(legalBasis) => onChange({ legalBasis })}
          errors={errors}
        />
      ) : null}
    </>
  );
}
