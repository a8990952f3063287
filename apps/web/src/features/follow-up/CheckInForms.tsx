import { useMutation } from "@apollo/client/react";
import { DateField, TextField, TextareaField, useMutationForm } from "../../components/forms";
import { useFormValues } from "../../components/useFormValues";
import { FollowUpForm } from "./FollowUpForm";
import { RecordCheckInDocument, SetCheckInIntervalDocument } from "../../generated/graphql";

interface CheckInFormProps {
  caseId: string;
  today: string;
  weeks: number | null;
  onChanged: () => Promise<void>;
}

const EMPTY_TEXTS = { cooperation: "", budget: "", obstacles: "", nextCheckInOn: "" };

/** "Regiegesprek vastleggen": when it was held, how the cooperation goes, budget, obstacles, the next one. */
export function CheckInForm({ caseId, today, weeks, onChanged }: CheckInFormProps) {
  const form = useMutationForm({
    fields: ["heldOn", "cooperation", "budget", "obstacles", "nextCheckInOn"],
    failure: "Het regiegesprek is niet vastgelegd.",
    onReload: onChanged,
  });
  const { values, bind, patch } = useFormValues({ heldOn: today, ...EMPTY_TEXTS }, form);
  const [record] = useMutation(RecordCheckInDocument);
  const save = async () => {
    const input = {
      caseId,
      heldOn: values.heldOn,
      cooperation: values.cooperation.trim(),
      budget: values.budget.trim() || null,
      obstacles: values.obstacles.trim() || null,
      nextCheckInOn: values.nextCheckInOn || null,
    };
    await record({ variables: { input } });
    patch(EMPTY_TEXTS);
    await onChanged();
    return "Het regiegesprek is vastgelegd.";
  };
  return (
    <FollowUpForm
      form={form}
      onSubmit={save}
      headingId="record-check-in-heading"
      title="Regiegesprek vastleggen"
      submitLabel="Regiegesprek vastleggen"
    >
      <div className="rh-form__row">
        <DateField {...bind("heldOn")} label="Gehouden op" required max={today} />
        <DateField {...bind("nextCheckInOn")} label="Volgend regiegesprek (niet verplicht)">
          {weeks ? `Leeg: ${weeks} weken na dit gesprek.` : null}
        </DateField>
      </div>
      {/* The browser test (tests/e2e/follow-up.test.ts) finds the field's error by this id. */}
      <TextareaField {...bind("cooperation")} id="check-in-cooperation" label="Samenwerking" required />
      <TextareaField {...bind("budget")} label="Budget (niet verplicht)" rows={2} />
      <TextareaField {...bind("obstacles")} label="Knelpunten (niet verplicht)" rows={2} />
    </FollowUpForm>
  );
}

interface IntervalFormProps {
  caseId: string;
  weeks: number | null;
  onChanged: () => Promise<void>;
}

/** "Termijn tussen regiegesprekken": every how many weeks a regiegesprek is due. */
export function IntervalForm({ caseId, weeks, onChanged }: IntervalFormProps) {
  const form = useMutationForm({
    fields: ["weeks"],
    failure: "De termijn is niet gewijzigd.",
    onReload: onChanged,
  });
  const { values, bind } = useFormValues({ weeks: weeks ? String(weeks) : "" }, form);
  const [setInterval] = useMutation(SetCheckInIntervalDocument);
  const save = async () => {
    if (!/^\d+$/.test(values.weeks.trim())) {
      form.invalidate("weeks", "Vul een heel aantal weken in, van 1 tot en met 26.");
      return false;
    }
    const parsed = Number(values.weeks);
    await setInterval({ variables: { input: { caseId, weeks: parsed } } });
    await onChanged();
    return `De termijn is nu ${parsed} ${parsed === 1 ? "week" : "weken"}.`;
  };
  return (
    <FollowUpForm
      form={form}
      onSubmit={save}
      headingId="check-in-interval-heading"
      title="Termijn tussen regiegesprekken"
      submitLabel="Termijn opslaan"
      secondary
    >
      <TextField {...bind("weeks")} label="Aantal weken" inputMode="numeric" required>
        Van 1 tot en met 26 weken; standaard 6.
      </TextField>
    </FollowUpForm>
  );
}
