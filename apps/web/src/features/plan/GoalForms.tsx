import { useMutation, useQuery } from "@apollo/client/react";
import { EnumSelectField } from "../../components/EnumSelectField";
import { SelectField } from "../../components/SelectField";
import { TeamOrganisationField } from "../../components/TeamOrganisationField";
import { DateField, MutationFormView, TextField, TextareaField } from "../../components/forms";
import { fieldBinder } from "../../components/forms/bindField";
import { checkFields } from "../../components/forms/checkFields";
import { useFormValues } from "../../components/useFormValues";
import type { ResultStatus } from "../../generated/graphql";
import { todayInput } from "../../labels";
import type { CaseDetail } from "../cases/operations";
import type { DisclosedFormProps } from "./formParts";
import { RESULT_STATUS_LABELS } from "./labels";
import {
  ADD_PLAN_ACTION_MUTATION,
  PLAN_ORGANISATION_PROFESSIONALS_QUERY,
  RECORD_PLAN_RESULT_MUTATION,
} from "./operations";
import type { PlanGoal } from "./operations";
import { useChangeForm } from "./useChangeForm";
import { organisationName, professionalOptions, teamOrganisations } from "./team";

// The forms under a goal: an action (who does what by when) and a result (a measurement against the goal).

interface GoalFormProps extends DisclosedFormProps {
  goal: PlanGoal;
}

const ACTION_FIELDS = [
  "title",
  "description",
  "ownerOrganisationId",
  "ownerProfessionalId",
  "dueOn",
] as const;

/** "Actie toevoegen" (ADD_ACTION on the goal): who does what by when. */
export function AddActionForm({
  goal,
  caseData,
  onDone,
  onCancel,
  onChanged,
}: GoalFormProps & { caseData: CaseDetail }) {
  const form = useChangeForm({ fields: ACTION_FIELDS, failure: "De actie is niet toegevoegd." });
  const organisations = teamOrganisations(caseData);
  const { values, set, patch } = useFormValues({
    title: "",
    description: "",
    ownerOrganisationId: "",
    ownerProfessionalId: "",
    dueOn: "",
  });
  const [addAction] = useMutation(ADD_PLAN_ACTION_MUTATION);
  const bind = fieldBinder(form, values, set);
  const organisationId = values.ownerOrganisationId;
  const directory = useQuery(PLAN_ORGANISATION_PROFESSIONALS_QUERY, {
    variables: { organisationId },
    skip: !organisationId,
  });
  const prefix = `goal-${goal.id}-action`;

  const save = async () => {
    const failed = checkFields(form, {
      title: !values.title.trim() && "Beschrijf wat er gedaan wordt.",
      ownerOrganisationId: !organisationId && "Kies de organisatie die de actie uitvoert.",
    });
    if (failed) return false;
    const input = {
      goalId: goal.id,
      title: values.title.trim(),
      description: values.description.trim() || null,
      ownerOrganisationId: organisationId,
      ownerProfessionalId: values.ownerProfessionalId || null,
      dueOn: values.dueOn || null,
    };
    await addAction({ variables: { input } });
    await onChanged();
    onDone(`De actie voor ${organisationName(organisations, organisationId)} is toegevoegd.`);
  };

  return (
    <MutationFormView
      form={form}
      onSubmit={save}
      label="Nieuwe actie"
      submitLabel="Actie toevoegen"
      onCancel={onCancel}
    >
      <TextField
        {...bind("title")}
        id={`${prefix}-title`}
        label="Wat wordt er gedaan"
        required
        autoComplete="off"
      />
      <TextareaField
        {...bind("description")}
        id={`${prefix}-description`}
        label="Toelichting (niet verplicht)"
        rows={2}
      />
      <div className="rh-form__row">
        <TeamOrganisationField
          id={`${prefix}-organisation`}
          name="ownerOrganisationId"
          label="Uitvoerende organisatie"
          description="Een organisatie uit het team; zij moet de actie onder haar toestemming kunnen zien."
          organisations={organisations}
          errors={form.errorsFor("ownerOrganisationId")}
          value={organisationId}
          onChange={(id) => patch({ ownerOrganisationId: id, ownerProfessionalId: "" })}
        />
        <SelectField
          {...bind("ownerProfessionalId")}
          id={`${prefix}-professional`}
          label="Uitvoerende professional (niet verplicht)"
          placeholder={organisationId ? "Nog niemand in het bijzonder" : "Kies eerst een organisatie"}
          options={professionalOptions(caseData, organisationId, directory.data?.professionals ?? [])}
          disabled={!organisationId}
        />
      </div>
      <DateField {...bind("dueOn")} id={`${prefix}-due`} label="Uiterlijk klaar op (niet verplicht)" />
    </MutationFormView>
  );
}

const RESULT_FIELDS = ["measuredOn", "score", "status", "evidence"] as const;

/** The scores 0 to 10. */
const SCORE_OPTIONS = Array.from({ length: 11 }, (_, i) => ({ value: String(i), label: String(i) }));

/** "Resultaat vastleggen" (RECORD_RESULT on the goal): a measurement against the goal. */
export function RecordResultForm({ goal, onDone, onCancel, onChanged }: GoalFormProps) {
  const form = useChangeForm({ fields: RESULT_FIELDS, failure: "Het resultaat is niet vastgelegd." });
  const { values, set } = useFormValues({
    measuredOn: todayInput(),
    score: "",
    status: "" as ResultStatus | "",
    evidence: "",
  });
  const [record] = useMutation(RECORD_PLAN_RESULT_MUTATION);
  const bind = fieldBinder(form, values, set);
  const prefix = `goal-${goal.id}-result`;

  const save = async () => {
    const { measuredOn, status, evidence } = values;
    const failed = checkFields(form, {
      measuredOn: !measuredOn
        ? "Vul de datum van de meting in."
        : measuredOn > todayInput() && "De datum ligt in de toekomst.",
      status: !status && "Kies hoe ver het doel is.",
      evidence: !evidence.trim() && "Beschrijf waar de meting op berust.",
    });
    if (failed || !status) return false;
    const score = values.score === "" ? null : Number(values.score);
    await record({
      variables: { input: { goalId: goal.id, measuredOn, score, status, evidence: evidence.trim() } },
    });
    await onChanged();
    onDone("Het resultaat is vastgelegd.");
  };

  return (
    <MutationFormView
      form={form}
      onSubmit={save}
      label="Nieuw resultaat"
      submitLabel="Resultaat vastleggen"
      onCancel={onCancel}
    >
      <div className="rh-form__row">
        <DateField
          {...bind("measuredOn")}
          id={`${prefix}-date`}
          label="Datum van de meting"
          required
          max={todayInput()}
        />
        <SelectField
          {...bind("score")}
          id={`${prefix}-score`}
          label="Score (niet verplicht)"
          description="0: nog niets bereikt, 10: het doel is helemaal bereikt."
          placeholder="Geen score"
          options={SCORE_OPTIONS}
        />
      </div>
      <EnumSelectField
        id={`${prefix}-status`}
        name="status"
        label="Stand van het doel"
        labels={RESULT_STATUS_LABELS}
        placeholder="Kies de stand"
        required
        value={values.status}
        onChange={set("status")}
        errors={form.errorsFor("status")}
      />
      <TextareaField
        {...bind("evidence")}
        id={`${prefix}-evidence`}
        label="Onderbouwing"
        description="Waar de meting op berust, bijvoorbeeld ‘Betalingsregeling getekend op 3 maart’."
        required
        rows={2}
      />
    </MutationFormView>
  );
}
