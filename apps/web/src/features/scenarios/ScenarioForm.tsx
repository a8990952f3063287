import { useMutation } from "@apollo/client/react";
import { Fieldset, FieldsetLegend } from "@utrecht/component-library-react";
import { MutationFormView, TextField, TextareaField, useMutationForm } from "../../components/forms";
import { useFormValues } from "../../components/useFormValues";
import { SET_CASE_SCENARIOS_MUTATION, type CaseScenarios } from "./operations";
import {
  QUADRANT_KEYS,
  initialValues,
  scenarioName,
  scenariosInput,
  type ScenarioFormValues,
} from "./scenarioInput";

export interface ScenarioFormProps {
  caseId: string;
  current: CaseScenarios | null | undefined;
  onDone: (notice: string) => void;
  onCancel: () => void;
}

/** Two uncertain factors with two outcomes each, and per scenario the agreed response and its signals. */
export function ScenarioForm({ caseId, current, onDone, onCancel }: ScenarioFormProps) {
  const form = useMutationForm({
    fields: ["factors", "scenarios"],
    failure: "De scenario's zijn niet opgeslagen.",
  });
  const { values, set, patch } = useFormValues<ScenarioFormValues>(() => initialValues(current));
  const [save] = useMutation(SET_CASE_SCENARIOS_MUTATION);
  const outcome = (factor: "firstOutcomes" | "secondOutcomes", index: 0 | 1) => (value: string) => {
    const next: [string, string] = [...values[factor]];
    next[index] = value;
    patch({ [factor]: next } as Partial<ScenarioFormValues>);
  };
  const run = async () => {
    await save({ variables: { input: scenariosInput(caseId, current?.version ?? null, values) } });
    onDone("De scenario's zijn opgeslagen.");
  };
  return (
    <MutationFormView
      form={form}
      onSubmit={run}
      label="Scenario's opstellen"
      submitLabel="Scenario's opslaan"
      onCancel={onCancel}
    >
      {(["first", "second"] as const).map((factor, i) => (
        <Fieldset key={factor}>
          <FieldsetLegend>Onzekere factor {i + 1}</FieldsetLegend>
          <TextField
            form={form}
            name="factors"
            id={`scenario-${factor}-question`}
            label="Vraag"
            description={
              i === 0 ? "Bijvoorbeeld: Gaat moeder meewerken?" : "Bijvoorbeeld: Wat beslist de rechter?"
            }
            value={values[`${factor}Question`]}
            onChange={set(`${factor}Question`)}
          />
          {([0, 1] as const).map((index) => (
            <TextField
              key={index}
              id={`scenario-${factor}-outcome-${index}`}
              label={`Uitkomst ${index + 1}`}
              value={values[`${factor}Outcomes`][index]}
              onChange={outcome(`${factor}Outcomes`, index)}
            />
          ))}
        </Fieldset>
      ))}
      {QUADRANT_KEYS.map((key) => (
        <Fieldset key={key}>
          <FieldsetLegend>Scenario: {scenarioName(values, key)}</FieldsetLegend>
          <TextareaField
            form={form}
            name="scenarios"
            id={`scenario-${key}-response`}
            label="Afgesproken aanpak"
            rows={2}
            value={values.responses[key]}
            onChange={(v) => patch({ responses: { ...values.responses, [key]: v } })}
          />
          <TextareaField
            id={`scenario-${key}-signals`}
            label="Signalen"
            description="Waaraan merkt u dat dit scenario zich voordoet? Eén signaal per regel."
            rows={2}
            value={values.signals[key]}
            onChange={(v) => patch({ signals: { ...values.signals, [key]: v } })}
          />
        </Fieldset>
      ))}
    </MutationFormView>
  );
}
