import { useMutation } from "@apollo/client/react";
import { TextareaField, useMutationForm } from "../../components/forms";
import { EnumSelectField } from "../../components/EnumSelectField";
import { HeadedMutationForm } from "../../components/HeadedMutationForm";
import { SelectField } from "../../components/SelectField";
import { useFormValues } from "../../components/useFormValues";
import type { LegalBasis } from "../../generated/graphql";
import { LEGAL_BASIS_LABELS, formatDate } from "../../labels";
import { PUT_CASE_ON_AGENDA_MUTATION, type MySession } from "./operations";

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
  const [put] = useMutation(PUT_CASE_ON_AGENDA_MUTATION);

  const run = async () => {
    if (values.sessionId === "") {
      form.invalidate("sessionId", "Kies een zitting.");
      return false;
    }
    if (values.legalBasis === "") {
      form.invalidate("legalBasis", "Kies de grondslag.");
      return false;
    }
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
        id="agenda-session"
        label="Zitting"
        placeholder="Kies een zitting"
        required
        options={sessions.map((s) => ({ value: s.id, label: `${s.table.name}, ${formatDate(s.heldOn)}` }))}
      />
      <TextareaField {...bind("question")} id="agenda-question" label="Vraag" required rows={2} />
      <TextareaField
        {...bind("preparationSummary")}
        id="agenda-preparation"
        label="Voorbereiding voor de tafel"
        description="Alleen deze tekst kan de tafel lezen, tot de tafel besluit."
        required
        rows={4}
      />
      <EnumSelectField
        id="agenda-legal-basis"
        name="legalBasis"
        label="Grondslag"
        labels={LEGAL_BASIS_LABELS}
        required
        {...choice("legalBasis")}
      />
    </HeadedMutationForm>
  );
}
