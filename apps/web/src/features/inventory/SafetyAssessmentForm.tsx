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
import { BEELD_MUTATION_OPTIONS } from "./types";
import { useRowList } from "./rows";
import type { RowList } from "./rows";
import { RowsFieldset } from "./RowsFieldset";
import { AcuteChoice, RiskLevelField } from "./SafetyChoices";
import { RecordSafetyAssessmentDocument } from "../../generated/graphql";

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
  const dangers = useRowList<DangerRow>(() => ({ danger: "", safetyGoal: "" }), "danger", 1);
  const [record] = useMutation(RecordSafetyAssessmentDocument, BEELD_MUTATION_OPTIONS);
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
      <PersonCheckboxes {...bind("subjectPersonIds")} legend="Over wie" persons={persons}>
        Om wiens veiligheid gaat het? Meestal de kinderen.
      </PersonCheckboxes>
      <SelectField
        {...bind("score")}
        label="Veiligheidsscore"
        placeholder="Kies een score"
        options={SCORE_OPTIONS}
        required
      >
        0: niet veilig in de zorg van de ouders. 10: veilig genoeg om de casus af te sluiten.
      </SelectField>
      <AcuteChoice checked={values.acute} onChange={set("acute")} />
      <RiskLevelField
        value={riskLevel}
        acute={values.acute}
        onChange={set("riskLevel")}
        errors={form.errorsFor("riskLevel")}
      />
      <DangersFieldset form={form} dangers={dangers} />
      <div className="rh-form__row">
        <TextField {...bind("instrument")} label="Instrument (niet verplicht)" autoComplete="off">
          Bijvoorbeeld ARIJ of LIRIK.
        </TextField>
        <AssessedOnField {...bind("assessedOn")} />
      </div>
      <TextareaField {...bind("conclusion")} label="Conclusie (niet verplicht)">
        De conclusie van wie inschatte, in een paar zinnen.
      </TextareaField>
    </InventoryFormView>
  );
}

/** "Gevaren en veiligheidsdoelen": each danger with the safety goal that answers it. */
function DangersFieldset({ form, dangers }: { form: MutationForm; dangers: RowList<DangerRow> }) {
  return (
    <RowsFieldset
      legend="Gevaren en veiligheidsdoelen"
      form={form}
      path="dangerStatements"
      rowFields={["danger", "safetyGoal"]}
      list={dangers}
      rowName="Gevaar"
      renderRow={(field) => (
        <div className="rh-form__row">
          <TextareaField {...field("danger")} label="Gevaar" rows={2} required />
          <TextareaField {...field("safetyGoal")} label="Veiligheidsdoel" rows={2} required />
        </div>
      )}
    >
      Beschrijf elk gevaar concreet en koppel er het veiligheidsdoel aan dat erop antwoordt.
    </RowsFieldset>
  );
}
