import { Alert, Button, ButtonGroup, Heading, Paragraph, Textarea } from "@utrecht/component-library-react";
import { useMutation } from "@apollo/client/react";
import { useRef, useState } from "react";
import type { FormEvent } from "react";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Field } from "../../components/Field";
import { extractFieldErrors, generalErrorMessages, messagesFor } from "../../errors";
import { formatDateTime } from "../../labels";
import { focusFirstInvalid } from "../../components/forms/focus";
import { BREAK_GLASS_MUTATION } from "./operations";

/** The contract's minimum length of a break-glass justification. */
export const MIN_JUSTIFICATION = 20;

export interface BreakGlassFormProps {
  caseId: string;
  /** The item to open; null for the whole case. */
  itemId: string | null;
  onCancel: () => void;
  onOpened: (message: string) => Promise<void>;
}

/** Break-glass (noodtoegang): a written justification, logged and reviewed by the privacy officer. */
export function BreakGlassForm({ caseId, itemId, onCancel, onOpened }: BreakGlassFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const [justification, setJustification] = useState("");
  const [tooShort, setTooShort] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [breakGlass, { loading }] = useMutation(BREAK_GLASS_MUTATION);
  const prefix = `break-glass-${itemId ?? caseId}`;
  const headingId = `${prefix}-heading`;
  const fieldErrors = extractFieldErrors(error);
  const errors = tooShort
    ? [`Beschrijf waarom u nu toegang nodig heeft, in minstens ${MIN_JUSTIFICATION} tekens.`]
    : messagesFor(fieldErrors, "justification");

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    setError(null);
    const short = justification.trim().length < MIN_JUSTIFICATION;
    setTooShort(short);
    if (short) {
      focusFirstInvalid(formRef.current);
      return;
    }
    try {
      const result = await breakGlass({
        variables: { input: { caseId, itemId, justification: justification.trim() } },
      });
      const until = formatDateTime(result.data?.breakGlass.expiresAt);
      await onOpened(
        `Noodtoegang geopend${until ? ` tot ${until}` : ""}. Uw toegang wordt vastgelegd en beoordeeld door de privacyfunctionaris.`,
      );
    } catch (err) {
      setError(err);
      focusFirstInvalid(formRef.current);
    }
  };

  return (
    <>
      <Heading level={4} id={headingId}>
        Noodtoegang vragen
      </Heading>
      <Alert type="warning" className="rh-alert">
        <Paragraph>
          Gebruik noodtoegang alleen bij acute onveiligheid, als u niet kunt wachten op toestemming. U krijgt
          tijdelijk toegang op grond van vitaal belang. Uw reden en alles wat u inziet worden vastgelegd in
          het verwerkingslog en beoordeeld door de privacyfunctionaris.
        </Paragraph>
      </Alert>
      <form
        ref={formRef}
        noValidate
        onSubmit={(e) => void submit(e)}
        aria-labelledby={headingId}
        className="rh-form"
      >
        <ErrorAlert
          messages={generalErrorMessages(error, ["justification"])}
          heading="De noodtoegang is niet geopend."
        />
        <Field
          id={`${prefix}-justification`}
          label="Reden voor noodtoegang"
          description={`Beschrijf de acute situatie en waarom u deze informatie nu nodig heeft (minstens ${MIN_JUSTIFICATION} tekens).`}
          errors={errors}
        >
          {(control) => (
            <Textarea
              {...control}
              name="justification"
              required
              minLength={MIN_JUSTIFICATION}
              rows={3}
              value={justification}
              onChange={(e) => setJustification(e.target.value)}
            />
          )}
        </Field>
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" hint="danger" busy={loading}>
            Noodtoegang openen
          </Button>
          <Button appearance="secondary-action-button" onClick={onCancel}>
            Annuleren
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}
