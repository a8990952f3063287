import { useMutation } from "@apollo/client/react";
import { TextareaField, useMutationForm } from "../../components/forms";
import { checkFields } from "../../components/forms/checkFields";
import { EnumSelectField } from "../../components/EnumSelectField";
import { HeadedMutationForm } from "../../components/HeadedMutationForm";
import { SelectField } from "../../components/SelectField";
import { useFormValues } from "../../components/useFormValues";
import type { LegalBasis } from "../../generated/graphql";
import { LEGAL_BASIS_LABELS, formatDate } from "../../labels";
import { type MySession } from "./types";
import { PutCaseOnAgendaDocument } from "../../generated/graphql";

interface AgendaValues {
  sessionId: string;
  question: string;
  preparationSummary: string;
  legalBasis: LegalBasis | "";
}

export interface PutOnAgendaFormProps {
  caseId: string;
  /** The coming sessions to choose from. */
  sessions: readonly MySession[];
  onPlaced: () => Promise<unknown>;
}

/** "Op de agenda van een tafel zetten": the director asks a table a question, with what the table may read. */
export function PutOnAgendaForm({ caseId, sessions, onPlaced }: PutOnAgendaFormProps) {
  const form = useMutationForm({
    fields: ["sessionId", "question", "preparationSummary", "legalBasis"],
    failure: "De casus is niet op de agenda gezet.",
  });
  const { values, bind, choice, patch } = useFormValues<AgendaValues>(
    { sessionId: "", question: "", preparationSummary: "", legalBasis: "LEGAL_TASK" },
    form,
  );
  const [put] = useMutation(PutCaseOnAgendaDocument);

  const run = async () => {
    const failed = checkFields(form, {
      sessionId: !values.sessionId && "Kies een zitting.",
      legalBasis: !values.legalBasis && "Kies de grondslag.",
    });
    if (failed || !values.legalBasis) return false;
    await put({
      variables: {
        input: {
          caseId,
          sessionId: values.sessionId,
          question: values.question.trim(),
          preparationSummary: values.preparationSummary.trim(),
          legalBasis: values.legalBasis,
        },
      },
    });
    patch({ sessionId: "", question: "", preparationSummary: "" });
    await onPlaced();
    return "De casus staat op de agenda van de tafel.";
  };

  return (
    <HeadedMutationForm
      form={form}
      onSubmit={run}
      headingId="put-on-agenda-heading"
      title="Op de agenda van een tafel zetten"
      submitLabel="Op de agenda zetten"
    >
      <SelectField
        {...bind("sessionId")}
        label="Zitting"
        placeholder="Kies een zitting"
        required
        options={sessions.map((s) => ({ value: s.id, label: `${s.table.name}, ${formatDate(s.heldOn)}` }))}
      />
      <TextareaField {...bind("question")} label="Vraag" required rows={2} />
      <TextareaField {...bind("preparationSummary")} label="Voorbereiding voor de tafel" required rows={4}>
        Alleen deze tekst kan de tafel lezen, tot de tafel besluit.
      </TextareaField>
      <EnumSelectField {...choice("legalBasis")} label="Grondslag" labels={LEGAL_BASIS_LABELS} required />
    </HeadedMutationForm>
  );
}
