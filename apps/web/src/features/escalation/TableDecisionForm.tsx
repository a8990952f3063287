import { useMutation } from "@apollo/client/react";
import { checkFields } from "../../components/forms/checkFields";
import { HeadedMutationForm } from "../../components/HeadedMutationForm";
import { useFormValues } from "../../components/useFormValues";
import { useMutationForm } from "../../components/forms";
import { decisionProblems } from "./checks";
import { DecisionFields } from "./DecisionFields";
import { type LadderStep } from "./types";
import { RecordTableDecisionDocument } from "../../generated/graphql";

/** "Besluit van <tafel>": once the table the case went to has met, its decision and the date. */
export function TableDecisionForm({ step, onDone }: { step: LadderStep; onDone: () => Promise<void> }) {
  const form = useMutationForm({
    fields: ["decision", "decidedOn"],
    failure: "Het besluit is niet vastgelegd.",
  });
  const values = useFormValues({ decision: "", decidedOn: "" }, form);
  const [record] = useMutation(RecordTableDecisionDocument);

  const save = async () => {
    const { decision, decidedOn } = values.values;
    if (checkFields(form, decisionProblems({ decision, decidedOn }, true))) return false;
    await record({ variables: { input: { escalationId: step.id, decision: decision.trim(), decidedOn } } });
    await onDone();
  };

  return (
    <HeadedMutationForm
      form={form}
      onSubmit={save}
      headingId="table-decision-heading"
      title={<>Besluit van {step.table?.name ?? "de tafel"}</>}
      blockClassName="rh-card"
      submitLabel="Besluit vastleggen"
    >
      <DecisionFields values={values} required />
    </HeadedMutationForm>
  );
}
