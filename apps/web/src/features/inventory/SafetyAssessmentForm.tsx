import { useMutation } from "@apollo/client/react";
import { PersonCheckboxes } from "../../components/PersonCheckboxes";
import { SelectField } from "../../components/SelectField";
import { TextField, TextareaField, useMutationForm } from "../../components/forms";
import type { MutationForm } from "../../components/forms";
import { checkFields } from "../../components/forms/checkFields";
import { useFormValues } from "../../components/useFormValues";
import { todayInput } from "../../labels";
import { AssessedOnField, InventoryFormView } from "./formParts";
import type { InventoryFormProps } from "./formParts";
import { effectiveRisk, safetyInput, safetyProblems } from "./inputs";
import type { DangerRow, SafetyValues } from "./inputs";
import { SAFETY_SCORES, safetyScoreText } from "./labels";
import { BEELD_MUTATION_OPTIONS, RECORD_SAFETY_ASSESSMENT_MUTATION } from "./operations";
import { useRowList } from "./rows";
import type { RowList } from "./rows";
import { RowsFieldset } from "./RowsFieldset";
import { AcuteChoice, RiskLevelField } from "./SafetyChoices";

const FIELDS = [
  "subjectPersonIds",
  "score",
  "riskLevel",
  "acute",
  "dangerStatements",
  "instrument",
  "assessedOn",
  "conclusion",
  "dataClass",
  "legalBasis",
];

const SCORE_OPTIONS = SAFETY_SCORES.map((s) => ({ value: String(s), label: safetyScoreText(s) }));

/** "Veiligheid inschatten" (RECORD_ITEM): score 0–10, risk level, acute flag, dangers with safety goals. */
export function SafetyAssessmentForm({ caseId, persons, onDone, ...view }: InventoryFormProps) {
  const form = useMutationForm({ fields: FIELDS, failure: "De veiligheidsinschatting is niet vastgelegd." });
  const { values, set, bind } = useFormValues<SafetyValues>(
    () => ({
      subjectPersonIds: [],
      score: "",
      riskLevel: "",
      acute: false,
      instrument: "",
      assessedOn: todayInput(),
      conclusion: "",
    }),
    form,
  );
  const dangers = useRowList<DangerRow>(() => ({ danger: "", safetyGoal: "" }), {
    idPrefix: "safety-danger",
    firstField: "danger",
    addButtonId: "safety-danger-add",
    initial: 1,
  });
  const [record] = useMutation(RECORD_SAFETY_ASSESSMENT_MUTATION, BEELD_MUTATION_OPTIONS);
  const riskLevel = effectiveRisk(values);

  const run = async () => {
    if (checkFields(form, safetyProblems(values, dangers.rows, todayInput())) || !riskLevel) return false;
    await record({ variables: { input: safetyInput(caseId, values, dangers.rows, riskLevel) } });
    onDone(
      values.acute
        ? "De veiligheidsinschatting is vastgelegd. De casusregisseur en de procesregisseur hebben direct bericht gekregen."
        : "De veiligheidsinschatting is vastgelegd.",
    );
  };

  return (
    <InventoryFormView {...view} form={form} onSubmit={run} submitLabel="Inschatting vastleggen">
      <PersonCheckboxes
        {...bind("subjectPersonIds")}
        id="safety-subjects"
        legend="Over wie"
        description="Om wiens veiligheid gaat het? Meestal de kinderen."
        persons={persons}
      />
      <SelectField
        {...bind("score")}
        id="safety-score"
        label="Veiligheidsscore"
        description="0: niet veilig in de zorg van de ouders. 10: veilig genoeg om de casus af te sluiten."
        placeholder="Kies een score"
        options={SCORE_OPTIONS}
        required
      />
      <AcuteChoice checked={values.acute} onChange={set("acute")} />
      <RiskLevelField
        value={riskLevel}
        acute={values.acute}
        onChange={set("riskLevel")}
        errors={form.errorsFor("riskLevel")}
      />
      <DangersFieldset form={form} dangers={dangers} />
      <div className="rh-form__row">
        <TextField
          {...bind("instrument")}
          id="safety-instrument"
          label="Instrument (niet verplicht)"
          description="Bijvoorbeeld ARIJ of LIRIK."
          autoComplete="off"
        />
        <AssessedOnField {...bind("assessedOn")} id="safety-date" />
      </div>
      <TextareaField
        {...bind("conclusion")}
        id="safety-conclusion"
        label="Conclusie (niet verplicht)"
        description="De conclusie van wie inschatte, in een paar zinnen."
        rows={3}
      />
    </InventoryFormView>
  );
}

/** "Gevaren en veiligheidsdoelen": each danger with the safety goal that answers it. */
function DangersFieldset({ form, dangers }: { form: MutationForm; dangers: RowList<DangerRow> }) {
  return (
    <RowsFieldset
      id="safety-dangers"
      legend="Gevaren en veiligheidsdoelen"
      description="Beschrijf elk gevaar concreet en koppel er het veiligheidsdoel aan dat erop antwoordt."
      form={form}
      path="dangerStatements"
      rowFields={["danger", "safetyGoal"]}
      list={dangers}
      rowName="Gevaar"
      addLabel="Gevaar toevoegen"
      renderRow={(field) => (
        <div className="rh-form__row">
          <TextareaField {...field("danger")} label="Gevaar" rows={2} required />
          <TextareaField {...field("safetyGoal")} label="Veiligheidsdoel" rows={2} required />
        </div>
      )}
    />
  );
}
