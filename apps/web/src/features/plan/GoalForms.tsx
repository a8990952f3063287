import { useMutation, useQuery } from "@apollo/client/react";
import { EnumSelectField } from "../../components/EnumSelectField";
import { SelectField } from "../../components/SelectField";
import { TeamOrganisationField } from "../../components/TeamOrganisationField";
import { DateField, MutationFormView, TextField, TextareaField } from "../../components/forms";
import { checkFields } from "../../components/forms/checkFields";
import { useFormValues } from "../../components/useFormValues";
import type { ResultStatus } from "../../generated/graphql";
import { todayInput } from "../../labels";
import type { CaseDetail } from "../cases/types";
import type { DisclosedFormProps } from "./formParts";
import { RESULT_STATUS_LABELS } from "./labels";
import type { PlanGoal } from "./types";
import { useChangeForm } from "./useChangeForm";
import { organisationName, professionalOptions, teamOrganisations } from "./team";
import {
  AddPlanActionDocument,
  PlanOrganisationProfessionalsDocument,
  RecordPlanResultDocument,
} from "../../generated/graphql";

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
  const { values, bind, choice, patch } = useFormValues(
    { title: "", description: "", ownerOrganisationId: "", ownerProfessionalId: "", dueOn: "" },
    form,
  );
  const [addAction] = useMutation(AddPlanActionDocument);
  const organisationId = values.ownerOrganisationId;
  const directory = useQuery(PlanOrganisationProfessionalsDocument, {
    variables: { organisationId },
    skip: !organisationId,
  });

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
      <TextField {...bind("title")} label="Wat wordt er gedaan" required autoComplete="off" />
      <TextareaField {...bind("description")} label="Toelichting (niet verplicht)" rows={2} />
      <div className="rh-form__row">
        <TeamOrganisationField
          {...choice("ownerOrganisationId")}
          label="Uitvoerende organisatie"
          organisations={organisations}
          onChange={(id) => patch({ ownerOrganisationId: id, ownerProfessionalId: "" })}
        >
          Een organisatie uit het team; zij moet de actie onder haar toestemming kunnen zien.
        </TeamOrganisationField>
        <SelectField
          {...bind("ownerProfessionalId")}
          label="Uitvoerende professional (niet verplicht)"
          placeholder={organisationId ? "Nog niemand in het bijzonder" : "Kies eerst een organisatie"}
          options={professionalOptions(caseData, organisationId, directory.data?.professionals ?? [])}
          disabled={!organisationId}
        />
      </div>
      <DateField {...bind("dueOn")} label="Uiterlijk klaar op (niet verplicht)" />
    </MutationFormView>
  );
}

const RESULT_FIELDS = ["measuredOn", "score", "status", "evidence"] as const;

/** The scores 0 to 10. */
const SCORE_OPTIONS = Array.from({ length: 11 }, (_, i) => ({ value: String(i), label: String(i) }));

/** "Resultaat vastleggen" (RECORD_RESULT on the goal): a measurement against the goal. */
export function RecordResultForm({ goal, onDone, onCancel, onChanged }: GoalFormProps) {
  const form = useChangeForm({ fields: RESULT_FIELDS, failure: "Het resultaat is niet vastgelegd." });
  const { values, bind, choice } = useFormValues(
    { measuredOn: todayInput(), score: "", status: "" as ResultStatus | "", evidence: "" },
    form,
  );
  const [record] = useMutation(RecordPlanResultDocument);

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
        <DateField {...bind("measuredOn")} label="Datum van de meting" required max={todayInput()} />
        <SelectField
          {...bind("score")}
          label="Score (niet verplicht)"
          placeholder="Geen score"
          options={SCORE_OPTIONS}
        >
          0: nog niets bereikt, 10: het doel is helemaal bereikt.
        </SelectField>
      </div>
      <EnumSelectField
        {...choice("status")}
        label="Stand van het doel"
        labels={RESULT_STATUS_LABELS}
        placeholder="Kies de stand"
        required
      />
      <TextareaField {...bind("evidence")} label="Onderbouwing" required rows={2}>
        Waar de meting op berust, bijvoorbeeld ‘Betalingsregeling getekend op 3 maart’.
      </TextareaField>
    </MutationFormView>
  );
}
