import { useMutation } from "@apollo/client/react";
import { CheckboxField } from "../../components/CheckboxField";
import { SelectField } from "../../components/SelectField";
import { DateField, MutationFormView, TextareaField } from "../../components/forms";
import { checkFields } from "../../components/forms/checkFields";
import { useFormValues } from "../../components/useFormValues";
import { formatDate, todayInput } from "../../labels";
import { months, parseParticipants, proposedHeldOn } from "./evaluations";
import { versionLabel } from "./labels";
import type { PlanEvaluationRow } from "./types";
import { useChangeForm } from "./useChangeForm";
import {
  HoldPlanEvaluationDocument,
  SchedulePlanEvaluationDocument,
  SetPlanEvaluationIntervalDocument,
} from "../../generated/graphql";

// The forms of "Evaluaties" (MANAGE_EVALUATIONS): the interval, planning one and recording one held. Each
// closes its panel with a confirmation; the page then reloads.

interface EvaluationFormProps {
  onDone: (notice: string) => void;
  onCancel: () => void;
}

/** The intervals to choose: 1 to 12 months. */
const INTERVAL_OPTIONS = Array.from({ length: 12 }, (_, i) => ({
  value: String(i + 1),
  label: months(i + 1),
}));

interface IntervalFormProps extends EvaluationFormProps {
  caseId: string;
  caseVersion: number;
  current: number;
  onReload: () => Promise<void>;
}

/** "Interval wijzigen": every how many months the approved plan is evaluated. */
export function IntervalForm({
  caseId,
  caseVersion,
  current,
  onDone,
  onCancel,
  onReload,
}: IntervalFormProps) {
  const form = useChangeForm({
    fields: ["months"],
    failure: "Het interval is niet gewijzigd.",
    conflict: {
      message: "De casus is intussen gewijzigd door iemand anders; herlaad.",
      reloadLabel: "Herladen",
      onReload,
    },
  });
  const { values, bind } = useFormValues({ months: String(current) }, form);
  const [setInterval] = useMutation(SetPlanEvaluationIntervalDocument);
  const save = async () => {
    const chosen = Number(values.months);
    await setInterval({ variables: { input: { caseId, version: caseVersion, months: chosen } } });
    onDone(`Er wordt nu elke ${months(chosen)} geëvalueerd.`);
  };
  return (
    <MutationFormView
      form={form}
      onSubmit={save}
      label="Interval van evaluaties"
      submitLabel="Interval opslaan"
      onCancel={onCancel}
    >
      <SelectField {...bind("months")} label="Evalueren elke" options={INTERVAL_OPTIONS}>
        Standaard elke 3 maanden na het vaststellen van het plan.
      </SelectField>
    </MutationFormView>
  );
}

/** "Evaluatie plannen": on a date (proposed: when it is due) with whom is invited. */
export function ScheduleForm({
  caseId,
  defaultDate,
  onDone,
  onCancel,
}: EvaluationFormProps & { caseId: string; defaultDate: string }) {
  const form = useChangeForm({
    fields: ["scheduledOn", "participants"],
    failure: "De evaluatie is niet gepland.",
  });
  const { values, bind } = useFormValues({ scheduledOn: defaultDate, participants: "" }, form);
  const [schedule] = useMutation(SchedulePlanEvaluationDocument);
  const save = async () => {
    const { scheduledOn, participants } = values;
    const input = { caseId, scheduledOn: scheduledOn || null, participants: parseParticipants(participants) };
    const result = await schedule({ variables: { input } });
    const date = result.data?.scheduleEvaluation.scheduledOn ?? scheduledOn;
    onDone(`De evaluatie is gepland op ${formatDate(date)}.`);
  };
  return (
    <MutationFormView
      form={form}
      onSubmit={save}
      label="Evaluatie plannen"
      submitLabel="Evaluatie plannen"
      onCancel={onCancel}
    >
      <DateField {...bind("scheduledOn")} label="Datum">
        Vooringevuld met de datum waarop de evaluatie uiterlijk moet plaatsvinden.
      </DateField>
      <TextareaField {...bind("participants")} label="Wie worden uitgenodigd (niet verplicht)">
        Eén naam of rol per regel, bijvoorbeeld ‘moeder’ of ‘schuldhulpverlener’.
      </TextareaField>
    </MutationFormView>
  );
}

/** "Evaluatie vastleggen": when it was held, who took part, the conclusions; optionally a new plan version. */
export function HoldForm({
  evaluation,
  onDone,
  onCancel,
}: EvaluationFormProps & { evaluation: PlanEvaluationRow }) {
  const form = useChangeForm({
    fields: ["heldOn", "participants", "conclusions"],
    failure: "De evaluatie is niet vastgelegd.",
  });
  const { values, set, bind } = useFormValues(
    () => ({
      heldOn: proposedHeldOn(evaluation.scheduledOn, todayInput()),
      participants: (evaluation.participants ?? []).join("\n"),
      conclusions: "",
      startNewPlanVersion: false,
    }),
    form,
  );
  const [hold] = useMutation(HoldPlanEvaluationDocument);

  const save = async () => {
    const { heldOn, conclusions, startNewPlanVersion } = values;
    const participants = parseParticipants(values.participants);
    const failed = checkFields(form, {
      heldOn: !heldOn
        ? "Vul de datum in waarop de evaluatie is gehouden."
        : heldOn > todayInput() && "De datum ligt in de toekomst.",
      participants: participants.length === 0 && "Vul in wie er meededen.",
      conclusions: !conclusions.trim() && "Schrijf de conclusies op.",
    });
    if (failed) return false;
    const input = {
      evaluationId: evaluation.id,
      version: evaluation.version,
      heldOn,
      participants,
      conclusions: conclusions.trim(),
      startNewPlanVersion,
    };
    const next = (await hold({ variables: { input } })).data?.holdEvaluation.ledToPlan;
    onDone(
      next
        ? `De evaluatie is vastgelegd. ${versionLabel(next.number)} van het plan staat klaar als concept.`
        : "De evaluatie is vastgelegd.",
    );
  };

  return (
    <MutationFormView
      form={form}
      onSubmit={save}
      label="Evaluatie vastleggen"
      submitLabel="Evaluatie vastleggen"
      onCancel={onCancel}
    >
      <DateField {...bind("heldOn")} label="Gehouden op" required max={todayInput()} />
      <TextareaField {...bind("participants")} label="Deelnemers" required>
        Eén naam of rol per regel.
      </TextareaField>
      <TextareaField {...bind("conclusions")} label="Conclusies" required rows={4} />
      <CheckboxField
        id={`evaluation-${evaluation.id}-new-version`}
        label="Start een nieuwe versie van het plan"
        checked={values.startNewPlanVersion}
        onChange={set("startNewPlanVersion")}
      />
    </MutationFormView>
  );
}
