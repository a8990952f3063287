import {
  Button,
  ButtonGroup,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  RadioButton,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from "@utrecht/component-library-react";
import { useMutation } from "@apollo/client/react";
import { useRef, useState } from "react";
import type { FormEvent } from "react";
import { CheckboxGroup } from "../../components/CheckboxGroup";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Field } from "../../components/Field";
import { extractFieldErrors, generalErrorMessages, messagesFor } from "../../errors";
import type { FieldErrors } from "../../errors";
import { todayInput } from "../../labels";
import type { RiskLevel } from "../../generated/graphql";
import { focusFirstInvalid } from "../../components/forms/focus";
import type { PersonOption } from "../dossier/ItemFields";
import { RISK_LEVELS, RISK_LEVEL_LABELS, SAFETY_SCORES, safetyScoreText } from "./labels";
import { BEELD_REFETCH, RECORD_SAFETY_ASSESSMENT_MUTATION } from "./operations";
import { exactMessages, useRowList } from "./rows";

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
] as const;

interface DangerRow {
  danger: string;
  safetyGoal: string;
}

export interface SafetyAssessmentFormProps {
  caseId: string;
  persons: readonly PersonOption[];
  onDone: (notice: string) => void;
  onCancel: () => void;
}

/** "Veiligheid inschatten" (RECORD_ITEM): score 0–10, risk level, acute flag, dangers with safety goals. */
export function SafetyAssessmentForm({ caseId, persons, onDone, onCancel }: SafetyAssessmentFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const [subjectPersonIds, setSubjectPersonIds] = useState<string[]>([]);
  const [score, setScore] = useState("");
  const [riskLevel, setRiskLevel] = useState<RiskLevel | "">("");
  const [acute, setAcute] = useState(false);
  const [instrument, setInstrument] = useState("");
  const [assessedOn, setAssessedOn] = useState(todayInput());
  const [conclusion, setConclusion] = useState("");
  const dangers = useRowList<DangerRow>(() => ({ danger: "", safetyGoal: "" }), {
    idPrefix: "safety-danger",
    firstField: "danger",
    addButtonId: "safety-danger-add",
    initial: 1,
  });
  const [missing, setMissing] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [record, { loading }] = useMutation(RECORD_SAFETY_ASSESSMENT_MUTATION, {
    refetchQueries: [...BEELD_REFETCH],
    awaitRefetchQueries: true,
  });

  const fieldErrors = { ...extractFieldErrors(error), ...missing };
  const general = generalErrorMessages(error, FIELDS);
  const effectiveRisk: RiskLevel | "" = acute ? "HIGH" : riskLevel;

  const validate = (): FieldErrors => {
    const problems: FieldErrors = {};
    if (subjectPersonIds.length === 0) {
      problems["subjectPersonIds"] = ["Kies om wiens veiligheid het gaat (meestal de kinderen)."];
    }
    if (!score) problems["score"] = ["Kies een score van 0 tot en met 10."];
    if (!effectiveRisk) problems["riskLevel"] = ["Kies een risiconiveau."];
    dangers.rows.forEach((row, i) => {
      const hasDanger = row.danger.trim() !== "";
      const hasGoal = row.safetyGoal.trim() !== "";
      if (!hasDanger) problems[`dangerStatements.${i}.danger`] = ["Beschrijf het gevaar."];
      if (!hasGoal)
        problems[`dangerStatements.${i}.safetyGoal`] = ["Koppel een veiligheidsdoel aan dit gevaar."];
    });
    if (!assessedOn) problems["assessedOn"] = ["Vul de datum van de inschatting in."];
    else if (assessedOn > todayInput()) problems["assessedOn"] = ["De datum ligt in de toekomst."];
    return problems;
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    setError(null);
    const problems = validate();
    setMissing(problems);
    if (Object.keys(problems).length > 0 || !effectiveRisk) {
      focusFirstInvalid(formRef.current);
      return;
    }
    try {
      await record({
        variables: {
          input: {
            caseId,
            subjectPersonIds,
            score: Number(score),
            riskLevel: effectiveRisk,
            acute,
            dangerStatements: dangers.rows.map((r) => ({
              danger: r.danger.trim(),
              safetyGoal: r.safetyGoal.trim(),
            })),
            instrument: instrument.trim() || null,
            assessedOn,
            conclusion: conclusion.trim() || null,
          },
        },
      });
      onDone(
        acute
          ? "De veiligheidsinschatting is vastgelegd. De casusregisseur en de procesregisseur hebben direct bericht gekregen."
          : "De veiligheidsinschatting is vastgelegd.",
      );
    } catch (err) {
      setError(err);
      focusFirstInvalid(formRef.current);
    }
  };

  const riskErrors = messagesFor(fieldErrors, "riskLevel");
  const listErrors = exactMessages(fieldErrors, "dangerStatements");

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(e) => void submit(e)}
      aria-label="Veiligheid inschatten"
      className="rh-form rh-inventory-form"
    >
      <ErrorAlert messages={general} heading="De veiligheidsinschatting is niet vastgelegd." />
      <CheckboxGroup
        id="safety-subjects"
        legend="Over wie"
        description="Om wiens veiligheid gaat het? Meestal de kinderen."
        options={persons.map((p) => ({ value: p.id, label: p.fullName }))}
        selected={subjectPersonIds}
        onChange={setSubjectPersonIds}
        errors={messagesFor(fieldErrors, "subjectPersonIds")}
      />
      <Field
        id="safety-score"
        label="Veiligheidsscore"
        description="0: niet veilig in de zorg van de ouders. 10: veilig genoeg om de casus af te sluiten."
        errors={messagesFor(fieldErrors, "score")}
      >
        {(control) => (
          <Select {...control} name="score" required value={score} onChange={(e) => setScore(e.target.value)}>
            <SelectOption value="">Kies een score</SelectOption>
            {SAFETY_SCORES.map((s) => (
              <SelectOption key={s} value={String(s)}>
                {safetyScoreText(s)}
              </SelectOption>
            ))}
          </Select>
        )}
      </Field>
      <FormField type="checkbox" className="rh-choices__item rh-acute-choice">
        <Checkbox
          id="safety-acute"
          name="acute"
          checked={acute}
          aria-describedby="safety-acute-hint"
          onChange={(e) => setAcute(e.target.checked)}
        />
        <span className="rh-choices__text">
          <FormLabel htmlFor="safety-acute" type="checkbox">
            Acuut onveilig
          </FormLabel>
          <span id="safety-acute-hint" className="rh-choices__hint">
            De casusregisseur en de procesregisseur krijgen direct bericht; het risiconiveau is dan hoog.
          </span>
        </span>
      </FormField>
      <Fieldset
        role="radiogroup"
        className="rh-choices rh-choices--row"
        invalid={riskErrors.length > 0}
        aria-labelledby="safety-risk-legend"
        aria-describedby={
          [riskErrors.length > 0 ? "safety-risk-error" : null, acute ? "safety-risk-description" : null]
            .filter(Boolean)
            .join(" ") || undefined
        }
      >
        <FieldsetLegend id="safety-risk-legend">Risiconiveau</FieldsetLegend>
        {acute ? (
          <FormFieldDescription id="safety-risk-description">
            Acuut onveilig: het risiconiveau is hoog.
          </FormFieldDescription>
        ) : null}
        {riskErrors.length > 0 ? (
          <FormFieldErrorMessage id="safety-risk-error">{riskErrors.join(" ")}</FormFieldErrorMessage>
        ) : null}
        <div className="rh-choices__list">
          {RISK_LEVELS.map((level) => {
            const optionId = `safety-risk-${level.toLowerCase()}`;
            return (
              <FormField key={level} type="radio" className="rh-choices__item">
                <RadioButton
                  id={optionId}
                  name="safety-risk"
                  value={level}
                  invalid={riskErrors.length > 0}
                  checked={effectiveRisk === level}
                  disabled={acute && level !== "HIGH"}
                  onChange={() => setRiskLevel(level)}
                />
                <FormLabel htmlFor={optionId} type="radio" disabled={acute && level !== "HIGH"}>
                  {RISK_LEVEL_LABELS[level]}
                </FormLabel>
              </FormField>
            );
          })}
        </div>
      </Fieldset>
      <Fieldset
        className="rh-rows"
        invalid={listErrors.length > 0}
        aria-labelledby="safety-dangers-legend"
        aria-describedby="safety-dangers-description"
      >
        <FieldsetLegend id="safety-dangers-legend">Gevaren en veiligheidsdoelen</FieldsetLegend>
        <FormFieldDescription id="safety-dangers-description">
          Beschrijf elk gevaar concreet en koppel er het veiligheidsdoel aan dat erop antwoordt.
        </FormFieldDescription>
        {listErrors.length > 0 ? <FormFieldErrorMessage>{listErrors.join(" ")}</FormFieldErrorMessage> : null}
        <ol className="rh-rows__list">
          {dangers.rows.map((row, index) => {
            const prefix = `safety-danger-${row.key}`;
            const rowErrors = exactMessages(fieldErrors, `dangerStatements.${index}`);
            return (
              <li key={row.key} className="rh-rows__row">
                <Fieldset aria-labelledby={`${prefix}-legend`} className="rh-rows__fieldset">
                  <FieldsetLegend id={`${prefix}-legend`} className="rh-rows__legend">
                    Gevaar {index + 1}
                  </FieldsetLegend>
                  {rowErrors.length > 0 ? (
                    <FormFieldErrorMessage>{rowErrors.join(" ")}</FormFieldErrorMessage>
                  ) : null}
                  <div className="rh-form__row">
                    <Field
                      id={`${prefix}-danger`}
                      label="Gevaar"
                      errors={messagesFor(fieldErrors, `dangerStatements.${index}.danger`)}
                    >
                      {(control) => (
                        <Textarea
                          {...control}
                          rows={2}
                          required
                          value={row.danger}
                          onChange={(e) => dangers.update(row.key, { danger: e.target.value })}
                        />
                      )}
                    </Field>
                    <Field
                      id={`${prefix}-safetyGoal`}
                      label="Veiligheidsdoel"
                      errors={messagesFor(fieldErrors, `dangerStatements.${index}.safetyGoal`)}
                    >
                      {(control) => (
                        <Textarea
                          {...control}
                          rows={2}
                          required
                          value={row.safetyGoal}
                          onChange={(e) => dangers.update(row.key, { safetyGoal: e.target.value })}
                        />
                      )}
                    </Field>
                  </div>
                  <Button
                    type="button"
                    appearance="subtle-button"
                    hint="danger"
                    onClick={() => dangers.remove(row.key)}
                  >
                    Gevaar {index + 1} verwijderen
                  </Button>
                </Fieldset>
              </li>
            );
          })}
        </ol>
        <Button
          id="safety-danger-add"
          type="button"
          appearance="secondary-action-button"
          onClick={dangers.add}
        >
          Gevaar toevoegen
        </Button>
      </Fieldset>
      <div className="rh-form__row">
        <Field
          id="safety-instrument"
          label="Instrument (niet verplicht)"
          description="Bijvoorbeeld ARIJ of LIRIK."
          errors={messagesFor(fieldErrors, "instrument")}
        >
          {(control) => (
            <Textbox
              {...control}
              name="instrument"
              autoComplete="off"
              value={instrument}
              onChange={(e) => setInstrument(e.target.value)}
            />
          )}
        </Field>
        <Field
          id="safety-date"
          label="Datum van de inschatting"
          errors={messagesFor(fieldErrors, "assessedOn")}
        >
          {(control) => (
            <Textbox
              {...control}
              type="date"
              name="assessedOn"
              required
              max={todayInput()}
              value={assessedOn}
              onChange={(e) => setAssessedOn(e.target.value)}
            />
          )}
        </Field>
      </div>
      <Field
        id="safety-conclusion"
        label="Conclusie (niet verplicht)"
        description="De conclusie van wie inschatte, in een paar zinnen."
        errors={messagesFor(fieldErrors, "conclusion")}
      >
        {(control) => (
          <Textarea
            {...control}
            name="conclusion"
            rows={3}
            value={conclusion}
            onChange={(e) => setConclusion(e.target.value)}
          />
        )}
      </Field>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={loading}>
          Inschatting vastleggen
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
          Annuleren
        </Button>
      </ButtonGroup>
    </form>
  );
}
