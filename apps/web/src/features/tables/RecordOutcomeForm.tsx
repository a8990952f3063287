import { useMutation, useQuery } from "@apollo/client/react";
import { DateField, TextareaField, useMutationForm } from "../../components/forms";
import { CheckboxGroup } from "../../components/CheckboxGroup";
import { HeadedMutationForm } from "../../components/HeadedMutationForm";
import { RadioGroup } from "../../components/RadioGroup";
import { SelectField } from "../../components/SelectField";
import { useFormValues } from "../../components/useFormValues";
import type { AgendaOutcome } from "../../generated/graphql";
import { AGENDA_OUTCOMES, OUTCOME_LABELS } from "./labels";
import { type TableMember } from "./types";
import { ProfessionalsDocument, RecordAgendaOutcomeDocument } from "../../generated/graphql";

interface OutcomeValues {
  outcome: AgendaOutcome | "";
  decision: string;
  carriedByProfessionalId: string;
  nextReviewOn: string;
  presentProfessionalIds: string[];
}

const OUTCOME_OPTIONS = AGENDA_OUTCOMES.map((value) => ({ value, label: OUTCOME_LABELS[value] }));

/** A professional as an option "Name (Organisation)". */
function professionalOption(p: { id: string; name: string; organisation: { name: string } }) {
  return { value: p.id, label: `${p.name} (${p.organisation.name})` };
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
  const professionals = useQuery(ProfessionalsDocument, { variables: {} });
  const [record] = useMutation(RecordAgendaOutcomeDocument);

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
      headingId={`outcome-${entryId}-heading`}
      title={`Uitkomst vastleggen voor ${caseReference}`}
      level={4}
      submitLabel="Uitkomst vastleggen"
    >
      <RadioGroup {...choice("outcome")} legend="Uitkomst" options={OUTCOME_OPTIONS} required />
      <TextareaField {...bind("decision")} label="Besluit" required />
      <CheckboxGroup
        {...group("presentProfessionalIds")}
        legend="Aanwezig"
        options={members.map(professionalOption)}
      />
      <SelectField
        {...bind("carriedByProfessionalId")}
        label="Wie neemt het over"
        placeholder="Niemand gekozen"
        busy={professionals.loading}
        options={(professionals.data?.professionals ?? []).map(professionalOption)}
      >
        {values.outcome === "RAAD_INVESTIGATION"
          ? "Bij een verzoek tot onderzoek neemt een jeugdbeschermer van een gecertificeerde instelling de casusregie over (verplicht aan een tafel die over het kader besluit)."
          : undefined}
      </SelectField>
      <DateField {...bind("nextReviewOn")} label="Volgende bespreking" />
    </HeadedMutationForm>
  );
}
