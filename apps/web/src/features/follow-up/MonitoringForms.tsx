import { useMutation } from "@apollo/client/react";
import { suggestedMonitoringFollowUp } from "@regiehub/domain";
import { DateField, TextareaField, useMutationForm } from "../../components/forms";
import { RadioGroup } from "../../components/RadioGroup";
import { useFormValues } from "../../components/useFormValues";
import type { MonitoringOutcome } from "../../generated/graphql";
import { FollowUpForm } from "./FollowUpForm";
import { OUTCOMES, OUTCOME_HINTS, OUTCOME_LABELS } from "./monitoring";
import { RECORD_MONITORING_REVIEW_MUTATION, START_MONITORING_MUTATION } from "./operations";

interface MonitoringFormProps {
  caseId: string;
  version: number;
  today: string;
  onChanged: () => Promise<void>;
}

const OUTCOME_OPTIONS = OUTCOMES.map((o) => ({ value: o, label: OUTCOME_LABELS[o], hint: OUTCOME_HINTS[o] }));

/** "Monitoring starten": from evaluation into monitoring, with the date to look at the case again. */
export function StartForm({ caseId, version, today, onChanged }: MonitoringFormProps) {
  const form = useMutationForm({
    fields: ["followUpOn", "reason"],
    failure: "De monitoring is niet gestart.",
    onReload: onChanged,
  });
  const { values, bind } = useFormValues(
    () => ({ followUpOn: suggestedMonitoringFollowUp(today), reason: "" }),
    form,
  );
  const [start] = useMutation(START_MONITORING_MUTATION);
  const save = async () => {
    const input = { caseId, version, followUpOn: values.followUpOn, reason: values.reason.trim() || null };
    await start({ variables: { input } });
    await onChanged();
    return "De casus is in monitoring.";
  };
  return (
    <FollowUpForm
      form={form}
      onSubmit={save}
      headingId="start-monitoring-heading"
      title="Monitoring starten"
      submitLabel="Monitoring starten"
    >
      <DateField
        {...bind("followUpOn")}
        id="monitoring-follow-up-on"
        label="Vervolgdatum"
        description="Wanneer de casus opnieuw wordt bekeken; gebruikelijk is over drie maanden."
        required
        min={today}
      />
      <TextareaField
        {...bind("reason")}
        id="monitoring-reason"
        label="Toelichting (niet verplicht)"
        rows={2}
      />
    </FollowUpForm>
  );
}

/** "Opvolging vastleggen": the outcome of a follow-up — continue (with a new date), close or reopen. */
export function ReviewForm({ caseId, version, today, onChanged }: MonitoringFormProps) {
  const form = useMutationForm({
    fields: ["outcome", "note", "nextFollowUpOn"],
    failure: "De opvolging is niet vastgelegd.",
    onReload: onChanged,
  });
  const { values, bind, set, patch } = useFormValues(
    () => ({
      outcome: "" as MonitoringOutcome | "",
      note: "",
      nextFollowUpOn: suggestedMonitoringFollowUp(today),
    }),
    form,
  );
  const [review] = useMutation(RECORD_MONITORING_REVIEW_MUTATION);
  const { outcome } = values;
  const save = async () => {
    if (!outcome) {
      form.invalidate("outcome", "Kies wat er uit de opvolging komt.");
      return false;
    }
    const nextFollowUpOn = outcome === "CONTINUE" ? values.nextFollowUpOn || null : null;
    await review({
      variables: { input: { caseId, version, outcome, note: values.note.trim(), nextFollowUpOn } },
    });
    patch({ outcome: "", note: "" });
    await onChanged();
    return `De opvolging is vastgelegd: ${OUTCOME_LABELS[outcome].toLowerCase()}.`;
  };
  return (
    <FollowUpForm
      form={form}
      onSubmit={save}
      headingId="monitoring-review-heading"
      title="Opvolging vastleggen"
      submitLabel="Opvolging vastleggen"
    >
      <RadioGroup
        id="monitoring-outcome"
        legend="Uitkomst"
        required
        options={OUTCOME_OPTIONS}
        value={outcome}
        onChange={set("outcome")}
        errors={form.errorsFor("outcome")}
      />
      {outcome === "CONTINUE" ? (
        <DateField
          {...bind("nextFollowUpOn")}
          id="monitoring-next-follow-up-on"
          label="Nieuwe vervolgdatum"
          required
          min={today}
        />
      ) : null}
      <TextareaField
        {...bind("note")}
        id="monitoring-note"
        label="Toelichting"
        description="Wat de opvolging liet zien; bij afsluiten of heropenen ook de reden."
        required
      />
    </FollowUpForm>
  );
}
