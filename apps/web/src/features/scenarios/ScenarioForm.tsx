import { useMutation } from "@apollo/client/react";
import { Fieldset, FieldsetLegend } from "@utrecht/component-library-react";
import { MutationFormView, TextField, TextareaField, useMutationForm } from "../../components/forms";
import { useFormValues } from "../../components/useFormValues";
import { type CaseScenarios } from "./types";
import {
  QUADRANT_KEYS,
  initialValues,
  scenarioName,
  scenariosInput,
  type QuadrantKey,
  type ScenarioFormValues,
} from "./scenarioInput";
import { SetCaseScenariosDocument } from "../../generated/graphql";

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
  const { values, bind, patch } = useFormValues<ScenarioFormValues>(() => initialValues(current));
  const [save] = useMutation(SetCaseScenariosDocument);
  // The props of the fields whose values are parts of a list or a record (`bind` ties whole values).
  const outcome = (factor: "first" | "second", index: 0 | 1) => ({
    id: `scenario-${factor}-outcome-${index}`,
    value: values[`${factor}Outcomes`][index],
    onChange: (value: string) => {
      const next: [string, string] = [...values[`${factor}Outcomes`]];
      next[index] = value;
      patch({ [`${factor}Outcomes`]: next } as Partial<ScenarioFormValues>);
    },
  });
  const scenarioText = (field: "responses" | "signals", key: QuadrantKey) => ({
    id: `scenario-${key}-${field}`,
    value: values[field][key],
    onChange: (value: string) => patch({ [field]: { ...values[field], [key]: value } }),
  });
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
          {/* Its errors are those of the input field `factors`. */}
          <TextField {...bind(`${factor}Question`)} form={form} name="factors" label="Vraag">
            {i === 0 ? "Bijvoorbeeld: Gaat moeder meewerken?" : "Bijvoorbeeld: Wat beslist de rechter?"}
          </TextField>
          {([0, 1] as const).map((index) => (
            <TextField key={index} {...outcome(factor, index)} label={`Uitkomst ${index + 1}`} />
          ))}
        </Fieldset>
      ))}
      {QUADRANT_KEYS.map((key) => (
        <Fieldset key={key}>
          <FieldsetLegend>Scenario: {scenarioName(values, key)}</FieldsetLegend>
          <TextareaField
            {...scenarioText("responses", key)}
            form={form}
            name="scenarios"
            label="Afgesproken aanpak"
            rows={2}
          />
          <TextareaField {...scenarioText("signals", key)} label="Signalen" rows={2}>
            Waaraan merkt u dat dit scenario zich voordoet? Eén signaal per regel.
          </TextareaField>
        </Fieldset>
      ))}
    </MutationFormView>
  );
}
