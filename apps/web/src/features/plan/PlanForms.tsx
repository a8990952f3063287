import { Paragraph } from "@utrecht/component-library-react";
import { useMutation } from "@apollo/client/react";
import { PersonCheckboxes } from "../../components/PersonCheckboxes";
import { DateField, MutationFormView, ReasonField, TextareaField } from "../../components/forms";
import { checkFields } from "../../components/forms/checkFields";
import { todayInput } from "../../labels";
import { useFormValues } from "../../components/useFormValues";
import { usePlanChangeForm } from "./formParts";
import type { DisclosedFormProps } from "./formParts";
import { versionLabel } from "./labels";
import type { PlanDetail } from "./types";
import {
  AgreeFamilyPlanDocument,
  ApproveFamilyPlanDocument,
  ReopenFamilyPlanDocument,
  UpdateFamilyPlanDocument,
} from "../../generated/graphql";

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
  const { values, bind } = useFormValues({ perspective: plan.perspective ?? "" }, form);
  const [update] = useMutation(UpdateFamilyPlanDocument);
  const save = async () => {
    const { perspective } = values;
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
      <TextareaField {...bind("perspective")} label="Gewenst perspectief" required>
        Waar wil het gezin naartoe? Liefst in de woorden van het gezin.
      </TextareaField>
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
  const { values, bind } = useFormValues({ agreedByPersonIds: [] as string[], agreedOn: todayInput() }, form);
  const [agree] = useMutation(AgreeFamilyPlanDocument);
  const save = async () => {
    const { agreedByPersonIds, agreedOn } = values;
    const failed = checkFields(form, {
      agreedByPersonIds: agreedByPersonIds.length === 0 && "Kies wie van het gezin heeft ingestemd.",
      agreedOn: !agreedOn
        ? "Vul de datum van instemming in."
        : agreedOn > todayInput() && "De datum van instemming ligt in de toekomst.",
    });
    if (failed) return false;
    const input = { planId: plan.id, version: plan.version, agreedByPersonIds, agreedOn };
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
        {...bind("agreedByPersonIds")}
        legend="Wie van het gezin heeft ingestemd"
        persons={persons}
      />
      <DateField {...bind("agreedOn")} label="Datum van instemming" required max={todayInput()} />
    </MutationFormView>
  );
}

/** "Vaststellen" (APPROVE_PLAN): AGREED → APPROVED; the previous approved version becomes SUPERSEDED. */
export function ApprovePlanForm({ plan, onDone, onCancel, onChanged }: PlanFormProps) {
  const form = usePlanChangeForm([], "Het plan is niet vastgesteld.", onChanged);
  const [approve] = useMutation(ApproveFamilyPlanDocument);
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
  const [reopen] = useMutation(ReopenFamilyPlanDocument);
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
      <ReasonField {...bind("reason")} label="Reden">
        Waarom het plan nog moet veranderen. De instemming van het gezin vervalt.
      </ReasonField>
    </MutationFormView>
  );
}
