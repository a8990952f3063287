import { Button, ButtonGroup, Heading, Textarea } from "@utrecht/component-library-react";
import { useMutation } from "@apollo/client/react";
import { useRef, useState } from "react";
import type { FormEvent } from "react";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Field } from "../../components/Field";
import { extractFieldErrors, generalErrorMessages, messagesFor } from "../../errors";
import { focusFirstInvalid } from "../../components/forms/focus";
import { evictTimeline } from "../dossier/navigation";
import { grantHeadingId } from "./GrantCard";
import { WITHDRAW_ACCESS_MUTATION } from "./operations";
import type { Grant } from "./operations";

export interface WithdrawGrantProps {
  grant: Grant;
  onWithdrawn: (grant: Grant) => void;
}

/** "Intrekken": withdraw a grant with a reason; it takes effect at once. */
export function WithdrawGrant({ grant, onWithdrawn }: WithdrawGrantProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [withdraw, { loading }] = useMutation(WITHDRAW_ACCESS_MUTATION, {
    update: (cache) => evictTimeline(cache, grant.caseId),
    refetchQueries: ["OrganisationAccess"],
  });
  const prefix = `withdraw-${grant.id}`;
  const buttonId = `${prefix}-button`;
  const errors = missing
    ? ["Geef de reden van het intrekken."]
    : messagesFor(extractFieldErrors(error), "reason");

  const close = () => {
    setOpen(false);
    setError(null);
    setMissing(false);
    window.setTimeout(() => document.getElementById(buttonId)?.focus(), 0);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    setError(null);
    setMissing(!reason.trim());
    if (!reason.trim()) {
      focusFirstInvalid(formRef.current);
      return;
    }
    try {
      const result = await withdraw({ variables: { input: { id: grant.id, reason: reason.trim() } } });
      setOpen(false);
      if (result.data) onWithdrawn(result.data.withdrawAccess);
      window.setTimeout(() => document.getElementById(grantHeadingId(grant))?.focus(), 0);
    } catch (err) {
      setError(err);
      focusFirstInvalid(formRef.current);
    }
  };

  if (!open) {
    return (
      <Button
        id={buttonId}
        appearance="secondary-action-button"
        hint="danger"
        aria-expanded={false}
        aria-describedby={grantHeadingId(grant)}
        onClick={() => setOpen(true)}
      >
        Intrekken
      </Button>
    );
  }

  return (
    <div className="rh-grant__panel">
      <Heading level={6} id={`${prefix}-heading`}>
        Toestemming intrekken
      </Heading>
      <form
        ref={formRef}
        noValidate
        onSubmit={(e) => void submit(e)}
        aria-labelledby={`${prefix}-heading`}
        className="rh-form"
      >
        <ErrorAlert
          messages={generalErrorMessages(error, ["reason"])}
          heading="De toestemming is niet ingetrokken."
        />
        <Field
          id={`${prefix}-reason`}
          label="Reden van intrekking"
          description="Bijvoorbeeld ‘moeder trekt toestemming in (telefonisch, 14-11-2026)’. Het intrekken geldt direct."
          errors={errors}
        >
          {(control) => (
            <Textarea
              {...control}
              name="reason"
              required
              rows={2}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          )}
        </Field>
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" hint="danger" busy={loading}>
            Toestemming intrekken
          </Button>
          <Button appearance="secondary-action-button" onClick={close}>
            Annuleren
          </Button>
        </ButtonGroup>
      </form>
    </div>
  );
}
