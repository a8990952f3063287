import { useMutation } from "@apollo/client/react";
import { TextareaField, useMutationForm } from "../../components/forms";
import { RadioGroup } from "../../components/RadioGroup";
import { useFormValues } from "../../components/useFormValues";
import { BREAK_GLASS_VERDICT_LABELS, optionsOf } from "../../labels";
import type { BreakGlassVerdict } from "../../generated/graphql";
import type { BreakGlassAccessRow } from "./types";
import { ReviewBreakGlassDocument } from "../../generated/graphql";
import { HeadedMutationForm } from "../../components/HeadedMutationForm";

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
  const [review] = useMutation(ReviewBreakGlassDocument);
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
    <HeadedMutationForm
      blockClassName="rh-part"
      headingId={`${prefix}-heading`}
      title="Beoordelen"
      appearance="utrecht-heading-4"
      form={form}
      onSubmit={save}
      submitLabel="Beoordeling opslaan"
    >
      <RadioGroup {...choice("verdict")} legend="Oordeel" row required options={VERDICT_OPTIONS} />
      <TextareaField {...bind("note")} label="Notitie (niet verplicht)" rows={2}>
        Bijvoorbeeld de afspraken over opvolging bij een niet gerechtvaardigde toegang.
      </TextareaField>
    </HeadedMutationForm>
  );
}
