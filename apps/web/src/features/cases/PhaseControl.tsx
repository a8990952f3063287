import { Paragraph } from "@utrecht/component-library-react";
import { useMutation } from "@apollo/client/react";
import { MutationFormView, TextareaField, useMutationForm } from "../../components/forms";
import { SelectField } from "../../components/SelectField";
import { useFormValues } from "../../components/useFormValues";
import { PHASE_LABELS, label } from "../../labels";
import type { CasePhase } from "../../generated/graphql";
import type { CaseDetail } from "./types";
import { MoveCasePhaseDocument } from "../../generated/graphql";

export interface PhaseControlProps {
  caseData: CaseDetail;
  headingId: string;
  onReload: () => Promise<void>;
}

/**
 * The "Fase wijzigen" form (in PhaseCard, behind a button): move the case to one of its allowed phases, with
 * optimistic concurrency on `version`. `headingId` names the form.
 */
export function PhaseControl({ caseData, headingId, onReload }: PhaseControlProps) {
  const form = useMutationForm({
    fields: ["to", "reason"],
    failure: "De fase is niet gewijzigd.",
    onReload,
  });
  const allowed = caseData.allowedPhaseTransitions;
  const { values, bind, patch } = useFormValues({ to: "", reason: "" }, form);
  const [moveCasePhase] = useMutation(MoveCasePhaseDocument);
  const selected = allowed.find((phase) => phase === values.to);

  const move = async () => {
    if (!selected) {
      form.invalidate("to", "Kies de fase waar de casus naartoe gaat.");
      return false;
    }
    await moveCasePhase({
      variables: {
        input: {
          id: caseData.id,
          version: caseData.version,
          to: selected,
          reason: values.reason.trim() || null,
        },
      },
    });
    patch({ to: "", reason: "" });
    return `De casus staat nu in de fase ${label(PHASE_LABELS, selected)}.`;
  };

  // The case's new phase may allow no further move: the confirmation stays without the form.
  if (allowed.length === 0) {
    return (
      <>
        {form.status}
        <Paragraph>Vanuit deze fase is geen andere fase mogelijk.</Paragraph>
      </>
    );
  }
  return (
    <MutationFormView form={form} onSubmit={move} labelledBy={headingId} submitLabel="Fase wijzigen">
      <SelectField
        {...bind("to")}
        label="Nieuwe fase"
        placeholder="Kies een fase"
        required
        options={allowed.map((phase: CasePhase) => ({ value: phase, label: label(PHASE_LABELS, phase) }))}
        value={selected ?? ""}
      />
      <TextareaField {...bind("reason")} label="Toelichting">
        Waarom, bijvoorbeeld bij afsluiten of bij teruggaan naar een eerdere fase. De regisseurs van de casus
        zien de toelichting bij de fase; andere teamleden niet.
      </TextareaField>
    </MutationFormView>
  );
}
