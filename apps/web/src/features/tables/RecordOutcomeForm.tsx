import { useMutation, useQuery } from "@apollo/client/react";
import { DateField, TextareaField, useMutationForm } from "../../components/forms";
import { CheckboxGroup } from "../../components/CheckboxGroup";
import { HeadedMutationForm } from "../../components/HeadedMutationForm";
import { RadioGroup } from "../../components/RadioGroup";
import { SelectField } from "../../components/SelectField";
import { useFormValues } from "../../components/useFormValues";
import type { AgendaOutcome } from "../../generated/graphql";
import { PROFESSIONALS_QUERY } from "../cases/operations";
import { AGENDA_OUTCOMES, OUTCOME_LABELS } from "./labels";
import { RECORD_AGENDA_OUTCOME_MUTATION, type TableMember } from "./operations";

interface OutcomeValues {
  outcome: AgendaOutcome | "";
  decision: string;
  carriedByProfessionalId: string;
  nextReviewOn: string;
  presentProfessionalIds: string[];
}

export interface RecordOutcomeFormProps {
  entryId: string;
  /** Names the form per case ("Uitkomst vastleggen voor …"). */
  caseReference: string;
  /** The table's chair and members: who was there is chosen from them (all at first). */
  members: readonly TableMember[];
  onRecorded: () => Promise<unknown>;
}

/** "Uitkomst vastleggen": the chair records what the table decided on a case on its agenda. */
export function RecordOutcomeForm({ entryId, caseReference, members, onRecorded }: RecordOutcomeFormProps) {
  const form = useMutationForm({
    fields: ["outcome", "decision", "presentProfessionalIds", "carriedByProfessionalId", "nextReviewOn"],
    failure: "De uitkomst is niet vastgelegd.",
    onReload: onRecorded,
    reloadLabel: "Zittingen opnieuw laden",
  });
  const { values, bind, choice, group } = useFormValues<OutcomeValues>(
    {
      outcome: "",
      decision: "",
      carriedByProfessionalId: "",
      nextReviewOn: "",
      presentProfessionalIds: members.map((m) => m.id),
    },
    form,
  );
  const professionals = useQuery(PROFESSIONALS_QUERY, { variables: {} });
  const [record] = useMutation(RECORD_AGENDA_OUTCOME_MUTATION);
  const idBase = `outcome-${entryId}`;

  const run = async () => {
    if (values.outcome === "") {
      form.invalidate("outcome", "Kies de uitkomst van de tafel.");
      return false;
    }
    await record({
      variables: {
        input: {
          entryId,
          outcome: values.outcome,
          decision: values.decision.trim(),
          carriedByProfessionalId: values.carriedByProfessionalId || null,
          nextReviewOn: values.nextReviewOn || null,
          presentProfessionalIds: values.presentProfessionalIds,
        },
      },
    });
    await onRecorded();
    return `De uitkomst voor ${caseReference} is vastgelegd.`;
  };

  return (
    <HeadedMutationForm
      form={form}
      onSubmit={run}
      headingId={`${idBase}-heading`}
      title={`Uitkomst vastleggen voor ${caseReference}`}
      level={4}
      submitLabel="Uitkomst vastleggen"
    >
      <RadioGroup
        id={`${idBase}-outcome`}
        legend="Uitkomst"
        options={AGENDA_OUTCOMES.map((value) => ({ value, label: OUTCOME_LABELS[value] }))}
        required
        {...choice("outcome")}
      />
      <TextareaField {...bind("decision")} id={`${idBase}-decision`} label="Besluit" required rows={3} />
      <CheckboxGroup
        {...group("presentProfessionalIds")}
        id={`${idBase}-present`}
        legend="Aanwezig"
        options={members.map((m) => ({ value: m.id, label: `${m.name} (${m.organisation.name})` }))}
      />
      <SelectField
        {...bind("carriedByProfessionalId")}
        id={`${idBase}-carried-by`}
        label="Wie neemt het over"
        description={
          values.outcome === "RAAD_INVESTIGATION"
            ? "Bij een verzoek tot onderzoek neemt een jeugdbeschermer van een gecertificeerde instelling de casusregie over (verplicht aan een tafel die over het kader besluit)."
            : undefined
        }
        placeholder="Niemand gekozen"
        busy={professionals.loading}
        options={(professionals.data?.professionals ?? []).map((p) => ({
          value: p.id,
          label: `${p.name} (${p.organisation.name})`,
        }))}
      />
      <DateField {...bind("nextReviewOn")} id={`${idBase}-next-review`} label="Volgende bespreking" />
    </HeadedMutationForm>
  );
}
