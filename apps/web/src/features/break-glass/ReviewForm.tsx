import { Button, Heading, Textarea } from "@utrecht/component-library-react";
import { useMutation } from "@apollo/client/react";
import { useRef, useState } from "react";
import type { FormEvent } from "react";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Field } from "../../components/Field";
import { RadioGroup } from "../../components/RadioGroup";
import { extractFieldErrors, generalErrorMessages, messagesFor } from "../../errors";
import { BREAK_GLASS_VERDICTS, BREAK_GLASS_VERDICT_LABELS } from "../../labels";
import type { BreakGlassVerdict } from "../../generated/graphql";
import { focusFirstInvalid } from "../../components/forms/focus";
import { REVIEW_BREAK_GLASS_MUTATION } from "./operations";
import type { BreakGlassAccessRow } from "./operations";

export interface ReviewFormProps {
  access: BreakGlassAccessRow;
  /** Saved: the list reloads (a reviewed access leaves the list of open ones). */
  onReviewed: (access: BreakGlassAccessRow) => Promise<void>;
}

/** The privacy officer's verdict on one break-glass access, with a note for the file. */
export function ReviewForm({ access, onReviewed }: ReviewFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const [verdict, setVerdict] = useState<BreakGlassVerdict | "">("");
  const [note, setNote] = useState("");
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [review, { loading }] = useMutation(REVIEW_BREAK_GLASS_MUTATION);
  const prefix = `review-${access.id}`;
  const fieldErrors = extractFieldErrors(error);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    setError(null);
    setMissing(!verdict);
    if (!verdict) {
      focusFirstInvalid(formRef.current);
      return;
    }
    try {
      const result = await review({
        variables: { input: { id: access.id, verdict, note: note.trim() || null } },
      });
      await onReviewed(result.data?.reviewBreakGlass ?? access);
    } catch (err) {
      setError(err);
      focusFirstInvalid(formRef.current);
    }
  };

  return (
    <div className="rh-item__panel">
      <Heading level={3} id={`${prefix}-heading`} appearance="utrecht-heading-4">
        Beoordelen
      </Heading>
      <form
        ref={formRef}
        noValidate
        onSubmit={(e) => void submit(e)}
        aria-labelledby={`${prefix}-heading`}
        className="rh-form"
      >
        <ErrorAlert
          messages={generalErrorMessages(error, ["verdict", "note"])}
          heading="De beoordeling is niet opgeslagen."
        />
        <RadioGroup
          id={`${prefix}-verdict`}
          legend="Oordeel"
          className="rh-choices--row"
          required
          options={BREAK_GLASS_VERDICTS.map((v) => ({ value: v, label: BREAK_GLASS_VERDICT_LABELS[v] }))}
          value={verdict}
          onChange={setVerdict}
          errors={missing ? ["Kies een oordeel."] : messagesFor(fieldErrors, "verdict")}
        />
        <Field
          id={`${prefix}-note`}
          label="Notitie (niet verplicht)"
          description="Bijvoorbeeld de afspraken over opvolging bij een niet gerechtvaardigde toegang."
          errors={messagesFor(fieldErrors, "note")}
        >
          {(control) => (
            <Textarea
              {...control}
              name="note"
              rows={2}
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
          )}
        </Field>
        <Button type="submit" appearance="primary-action-button" busy={loading}>
          Beoordeling opslaan
        </Button>
      </form>
    </div>
  );
}
