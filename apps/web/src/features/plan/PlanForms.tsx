import { Paragraph } from "@utrecht/component-library-react";
import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import { PersonCheckboxes } from "../../components/PersonCheckboxes";
import { DateField, MutationFormView, ReasonField, TextareaField } from "../../components/forms";
import { checkFields } from "../../components/forms/checkFields";
import { todayInput } from "../../labels";
import { useFormValues } from "../../components/useFormValues";
import { usePlanChangeForm } from "./formParts";
import type { DisclosedFormProps } from "./formParts";
import { versionLabel } from "./labels";
import {
  AGREE_FAMILY_PLAN_MUTATION,
  APPROVE_FAMILY_PLAN_MUTATION,
  REOPEN_FAMILY_PLAN_MUTATION,
  UPDATE_FAMILY_PLAN_MUTATION,
} from "./operations";
import type { PlanDetail } from "./operations";

// The forms that change a plan version as a whole: its perspective, the family's agreement, approval and
// back to draft. Each closes with a confirmation; a stale version offers "Plan opnieuw laden".

export interface PersonOption {
  id: string;
  fullName: string;
}

export interface PlanFormProps extends DisclosedFormProps {
  plan: PlanDetail;
}

/** A plan form that chooses among the family members. */
export interface PlanPersonsFormProps extends PlanFormProps {
  persons: readonly PersonOption[];
}

/** "Perspectief wijzigen" (MANAGE_PLAN, draft only). */
export function PerspectiveForm({ plan, onDone, onCancel, onChanged }: PlanFormProps) {
  const form = usePlanChangeForm(["perspective"], "Het perspectief is niet opgeslagen.", onChanged);
  const [perspective, setPerspective] = useState(plan.perspective ?? "");
  const [update] = useMutation(UPDATE_FAMILY_PLAN_MUTATION);
  const save = async () => {
    if (checkFields(form, { perspective: !perspective.trim() && "Beschrijf het gewenste perspectief." })) {
      return false;
    }
    const input = { planId: plan.id, version: plan.version, perspective: perspective.trim() };
    await update({ variables: { input } });
    await onChanged();
    onDone("Het perspectief is opgeslagen.");
  };
  return (
    <MutationFormView
      form={form}
      onSubmit={save}
      label="Perspectief"
      submitLabel="Perspectief opslaan"
      onCancel={onCancel}
    >
      <TextareaField
        form={form}
        name="perspective"
        id={`plan-${plan.id}-perspective`}
        label="Gewenst perspectief"
        description="Waar wil het gezin naartoe? Liefst in de woorden van het gezin."
        required
        value={perspective}
        onChange={setPerspective}
      />
    </MutationFormView>
  );
}

/** "Instemming gezin vastleggen" (MANAGE_PLAN): DRAFT → AGREED. */
export function AgreePlanForm({ plan, persons, onDone, onCancel, onChanged }: PlanPersonsFormProps) {
  const form = usePlanChangeForm(
    ["agreedByPersonIds", "agreedOn"],
    "De instemming is niet vastgelegd.",
    onChanged,
  );
  const [agreedBy, setAgreedBy] = useState<string[]>([]);
  const [agreedOn, setAgreedOn] = useState(todayInput());
  const [agree] = useMutation(AGREE_FAMILY_PLAN_MUTATION);
  const prefix = `plan-${plan.id}-agree`;
  const save = async () => {
    const failed = checkFields(form, {
      agreedByPersonIds: agreedBy.length === 0 && "Kies wie van het gezin heeft ingestemd.",
      agreedOn: !agreedOn
        ? "Vul de datum van instemming in."
        : agreedOn > todayInput() && "De datum van instemming ligt in de toekomst.",
    });
    if (failed) return false;
    const input = { planId: plan.id, version: plan.version, agreedByPersonIds: agreedBy, agreedOn };
    await agree({ variables: { input } });
    await onChanged();
    onDone(`De instemming van het gezin met ${versionLabel(plan.number).toLowerCase()} is vastgelegd.`);
  };
  return (
    <MutationFormView
      form={form}
      onSubmit={save}
      label="Instemming gezin"
      submitLabel="Instemming vastleggen"
      onCancel={onCancel}
    >
      <PersonCheckboxes
        id={`${prefix}-persons`}
        legend="Wie van het gezin heeft ingestemd"
        persons={persons}
        form={form}
        name="agreedByPersonIds"
        value={agreedBy}
        onChange={setAgreedBy}
      />
      <DateField
        form={form}
        name="agreedOn"
        id={`${prefix}-date`}
        label="Datum van instemming"
        required
        max={todayInput()}
        value={agreedOn}
        onChange={setAgreedOn}
      />
    </MutationFormView>
  );
}

/** "Vaststellen" (APPROVE_PLAN): AGREED → APPROVED; the previous approved version becomes SUPERSEDED. */
export function ApprovePlanForm({ plan, onDone, onCancel, onChanged }: PlanFormProps) {
  const form = usePlanChangeForm([], "Het plan is niet vastgesteld.", onChanged);
  const [approve] = useMutation(APPROVE_FAMILY_PLAN_MUTATION);
  const save = async () => {
    await approve({ variables: { input: { planId: plan.id, version: plan.version } } });
    await onChanged();
    onDone(`${versionLabel(plan.number)} is vastgesteld en is nu het geldende plan.`);
  };
  return (
    <MutationFormView
      form={form}
      onSubmit={save}
      label="Plan vaststellen"
      submitLabel={`${versionLabel(plan.number)} vaststellen`}
      onCancel={onCancel}
    >
      <Paragraph>
        Na vaststellen is dit het geldende plan; een eerder vastgesteld plan wordt vervangen. Wijzigen kan
        daarna alleen in een nieuwe versie.
      </Paragraph>
    </MutationFormView>
  );
}

/** "Terug naar concept" (MANAGE_PLAN): AGREED → DRAFT with a reason; the family's agreement lapses. */
export function ReopenPlanForm({ plan, onDone, onCancel, onChanged }: PlanFormProps) {
  const form = usePlanChangeForm(["reason"], "Het plan is niet teruggezet.", onChanged);
  const { values, bind } = useFormValues({ reason: "" }, form);
  const [reopen] = useMutation(REOPEN_FAMILY_PLAN_MUTATION);
  const save = async () => {
    const reason = values.reason.trim();
    if (checkFields(form, { reason: !reason && "Geef de reden." })) return false;
    await reopen({ variables: { input: { planId: plan.id, version: plan.version, reason } } });
    await onChanged();
    onDone(`${versionLabel(plan.number)} is terug naar concept. Vraag het gezin opnieuw om instemming.`);
  };
  return (
    <MutationFormView
      form={form}
      onSubmit={save}
      label="Terug naar concept"
      submitLabel="Terug naar concept"
      onCancel={onCancel}
      danger
    >
      <ReasonField
        {...bind("reason")}
        id={`plan-${plan.id}-reopen-reason`}
        label="Reden"
        description="Waarom het plan nog moet veranderen. De instemming van het gezin vervalt."
      />
    </MutationFormView>
  );
}
