import { Heading } from "@utrecht/component-library-react";
import { useMutation } from "@apollo/client/react";
import { MutationFormView, TextareaField, useMutationForm } from "../../components/forms";
import { RadioGroup } from "../../components/RadioGroup";
import { useFormValues } from "../../components/useFormValues";
import { BREAK_GLASS_VERDICT_LABELS, optionsOf } from "../../labels";
import type { BreakGlassVerdict } from "../../generated/graphql";
import { REVIEW_BREAK_GLASS_MUTATION } from "./operations";
import type { BreakGlassAccessRow } from "./operations";

const VERDICT_OPTIONS = optionsOf(BREAK_GLASS_VERDICT_LABELS);

export interface ReviewFormProps {
  access: BreakGlassAccessRow;
  /** Saved: the list reloads (a reviewed access leaves the list of open ones). */
  onReviewed: (access: BreakGlassAccessRow) => Promise<void>;
}

/** The privacy officer's verdict on one break-glass access, with a note for the file. */
export function ReviewForm({ access, onReviewed }: ReviewFormProps) {
  const form = useMutationForm({
    fields: ["verdict", "note"],
    failure: "De beoordeling is niet opgeslagen.",
  });
  const { values, bind, choice } = useFormValues({ verdict: "" as BreakGlassVerdict | "", note: "" }, form);
  const { verdict, note } = values;
  const [review] = useMutation(REVIEW_BREAK_GLASS_MUTATION);
  const prefix = `review-${access.id}`;

  const save = async () => {
    if (!verdict) {
      form.invalidate("verdict", "Kies een oordeel.");
      return false;
    }
    const result = await review({
      variables: { input: { id: access.id, verdict, note: note.trim() || null } },
    });
    await onReviewed(result.data?.reviewBreakGlass ?? access);
  };

  return (
    <div className="rh-item__panel">
      <Heading level={3} id={`${prefix}-heading`} appearance="utrecht-heading-4">
        Beoordelen
      </Heading>
      <MutationFormView
        form={form}
        onSubmit={save}
        labelledBy={`${prefix}-heading`}
        submitLabel="Beoordeling opslaan"
      >
        <RadioGroup
          id={`${prefix}-verdict`}
          legend="Oordeel"
          className="rh-choices--row"
          required
          options={VERDICT_OPTIONS}
          {...choice("verdict")}
        />
        <TextareaField
          {...bind("note")}
          id={`${prefix}-note`}
          label="Notitie (niet verplicht)"
          description="Bijvoorbeeld de afspraken over opvolging bij een niet gerechtvaardigde toegang."
          rows={2}
        />
      </MutationFormView>
    </div>
  );
}
