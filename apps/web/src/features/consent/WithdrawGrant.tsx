import { Button, ButtonGroup, Heading } from "@utrecht/component-library-react";
import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import { CancelButton } from "../../components/CancelButton";
import { TextareaField, useMutationForm } from "../../components/forms";
import { evictTimeline } from "../dossier/navigation";
import { grantHeadingId } from "./GrantCard";
import { WITHDRAW_ACCESS_MUTATION } from "./operations";
import type { Grant } from "./operations";

export interface WithdrawGrantProps {
  grant: Grant;
  onWithdrawn: (grant: Grant) => void;
}

const focusLater = (id: string) => window.setTimeout(() => document.getElementById(id)?.focus(), 0);

/** "Intrekken": withdraw a grant with a reason; it takes effect at once. */
export function WithdrawGrant({ grant, onWithdrawn }: WithdrawGrantProps) {
  const [open, setOpen] = useState(false);
  const buttonId = `withdraw-${grant.id}-button`;

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
    <WithdrawGrantForm
      grant={grant}
      onWithdrawn={(withdrawn) => {
        setOpen(false);
        if (withdrawn) onWithdrawn(withdrawn);
        focusLater(grantHeadingId(grant));
      }}
      onCancel={() => {
        setOpen(false);
        focusLater(buttonId);
      }}
    />
  );
}

interface WithdrawGrantFormProps {
  grant: Grant;
  onWithdrawn: (grant: Grant | null) => void;
  onCancel: () => void;
}

/** The reason and "Toestemming intrekken" (a danger button, hence the form's own buttons). */
function WithdrawGrantForm({ grant, onWithdrawn, onCancel }: WithdrawGrantFormProps) {
  const form = useMutationForm({ fields: ["reason"], failure: "De toestemming is niet ingetrokken." });
  const [reason, setReason] = useState("");
  const [withdraw] = useMutation(WITHDRAW_ACCESS_MUTATION, {
    update: (cache) => evictTimeline(cache, grant.caseId),
    refetchQueries: ["OrganisationAccess"],
  });
  const prefix = `withdraw-${grant.id}`;

  const run = async () => {
    if (!reason.trim()) {
      form.invalidate("reason", "Geef de reden van het intrekken.");
      return false;
    }
    const result = await withdraw({ variables: { input: { id: grant.id, reason: reason.trim() } } });
    onWithdrawn(result.data?.withdrawAccess ?? null);
  };

  return (
    <div className="rh-grant__panel">
      <Heading level={6} id={`${prefix}-heading`}>
        Toestemming intrekken
      </Heading>
      <form
        ref={form.formRef}
        noValidate
        onSubmit={(e) => void form.handleSubmit(run)(e)}
        aria-labelledby={`${prefix}-heading`}
        className="rh-form"
      >
        {form.status}
        <TextareaField
          form={form}
          name="reason"
          id={`${prefix}-reason`}
          label="Reden van intrekking"
          description="Bijvoorbeeld ‘moeder trekt toestemming in (telefonisch, 14-11-2026)’. Het intrekken geldt direct."
          required
          rows={2}
          value={reason}
          onChange={setReason}
        />
        <ButtonGroup>
          <Button
            type="submit"
            appearance="primary-action-button"
            hint="danger"
            busy={form.busy}
            aria-disabled={form.busy || undefined}
          >
            Toestemming intrekken
          </Button>
          <CancelButton onCancel={onCancel} />
        </ButtonGroup>
      </form>
    </div>
  );
}
