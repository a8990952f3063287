import { Alert, Button, ButtonGroup, Heading, Paragraph, Textarea } from "@utrecht/component-library-react";
import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import { CancelButton } from "../../components/CancelButton";
import { Field } from "../../components/Field";
import { useMutationForm } from "../../components/forms";
import { formatDateTime } from "../../labels";
import { BreakGlassDocument } from "../../generated/graphql";

/** The contract's minimum length of a break-glass justification. */
export const MIN_JUSTIFICATION = 20;

export interface BreakGlassFormProps {
  caseId: string;
  /** The item to open; null for the whole case. */
  itemId: string | null;
  onCancel: () => void;
  onOpened: (message: string) => Promise<void>;
}

/**
 * Break-glass (noodtoegang): a written justification, logged and reviewed by the privacy officer. Its own form
 * element: the submit button is marked as a danger.
 */
export function BreakGlassForm({ caseId, itemId, onCancel, onOpened }: BreakGlassFormProps) {
  const [justification, setJustification] = useState("");
  const [breakGlass] = useMutation(BreakGlassDocument);
  const form = useMutationForm({ fields: ["justification"], failure: "De noodtoegang is niet geopend." });
  const prefix = `break-glass-${itemId ?? caseId}`;
  const headingId = `${prefix}-heading`;

  const run = async () => {
    if (justification.trim().length < MIN_JUSTIFICATION) {
      const message = `Beschrijf waarom u nu toegang nodig heeft, in minstens ${MIN_JUSTIFICATION} tekens.`;
      form.invalidate("justification", message);
      return false;
    }
    const result = await breakGlass({
      variables: { input: { caseId, itemId, justification: justification.trim() } },
    });
    const until = formatDateTime(result.data?.breakGlass.expiresAt);
    await onOpened(
      `Noodtoegang geopend${until ? ` tot ${until}` : ""}. Uw toegang wordt vastgelegd en beoordeeld door de privacyfunctionaris.`,
    );
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
        ref={form.formRef}
        noValidate
        onSubmit={(e) => void form.handleSubmit(run)(e)}
        aria-labelledby={headingId}
        className="rh-form"
      >
        {form.status}
        <Field
          id={`${prefix}-justification`}
          label="Reden voor noodtoegang"
          description={`Beschrijf de acute situatie en waarom u deze informatie nu nodig heeft (minstens ${MIN_JUSTIFICATION} tekens).`}
          errors={form.errorsFor("justification")}
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
          <Button type="submit" appearance="primary-action-button" hint="danger" busy={form.busy}>
            Noodtoegang openen
          </Button>
          <CancelButton onCancel={onCancel} />
        </ButtonGroup>
      </form>
    </>
  );
}
