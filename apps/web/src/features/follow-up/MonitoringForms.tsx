import { useMutation } from "@apollo/client/react";
import { suggestedMonitoringFollowUp } from "@regiehub/domain";
import { DateField, TextareaField, useMutationForm } from "../../components/forms";
import { RadioGroup } from "../../components/RadioGroup";
import { useFormValues } from "../../components/useFormValues";
import type { MonitoringOutcome } from "../../generated/graphql";
import { FollowUpForm } from "./FollowUpForm";
import { OUTCOMES, OUTCOME_HINTS, OUTCOME_LABELS } from "./monitoring";
import { RecordMonitoringReviewDocument, StartMonitoringDocument } from "../../generated/graphql";

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
  const [start] = useMutation(StartMonitoringDocument);
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
      <DateField {...bind("followUpOn")} label="Vervolgdatum" required min={today}>
        Wanneer de casus opnieuw wordt bekeken; gebruikelijk is over drie maanden.
      </DateField>
      <TextareaField {...bind("reason")} label="Toelichting (niet verplicht)" rows={2} />
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
  const { values, bind, choice, patch } = useFormValues(
    () => ({
      outcome: "" as MonitoringOutcome | "",
      note: "",
      nextFollowUpOn: suggestedMonitoringFollowUp(today),
    }),
    form,
  );
  const [review] = useMutation(RecordMonitoringReviewDocument);
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
      <RadioGroup {...choice("outcome")} legend="Uitkomst" required options={OUTCOME_OPTIONS} />
      {outcome === "CONTINUE" ? (
        <DateField {...bind("nextFollowUpOn")} label="Nieuwe vervolgdatum" required min={today} />
      ) : null}
      <TextareaField {...bind("note")} label="Toelichting" required>
        Wat de opvolging liet zien; bij afsluiten of heropenen ook de reden.
      </TextareaField>
    </FollowUpForm>
  );
}
