import { Heading } from "@utrecht/component-library-react";
import { useMutation } from "@apollo/client/react";
import { ConfirmStep } from "../../components/ConfirmStep";
import { MutationFormView, ReasonField, useMutationForm } from "../../components/forms";
import { checkFields } from "../../components/forms/checkFields";
import { useFormValues } from "../../components/useFormValues";
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
  return (
    <ConfirmStep
      buttonId={`withdraw-${grant.id}-button`}
      label="Intrekken"
      describedBy={grantHeadingId(grant)}
      danger
    >
      {(close) => (
        <WithdrawGrantForm
          grant={grant}
          onWithdrawn={(withdrawn) => {
            close(grantHeadingId(grant));
            if (withdrawn) onWithdrawn(withdrawn);
          }}
          onCancel={() => close()}
        />
      )}
    </ConfirmStep>
  );
}

interface WithdrawGrantFormProps {
  grant: Grant;
  onWithdrawn: (grant: Grant | null) => void;
  onCancel: () => void;
}

/** The reason and "Toestemming intrekken" (a danger button). */
function WithdrawGrantForm({ grant, onWithdrawn, onCancel }: WithdrawGrantFormProps) {
  const form = useMutationForm({ fields: ["reason"], failure: "De toestemming is niet ingetrokken." });
  const { values, bind } = useFormValues({ reason: "" }, form);
  const [withdraw] = useMutation(WITHDRAW_ACCESS_MUTATION, {
    update: (cache) => evictTimeline(cache, grant.caseId),
    refetchQueries: ["OrganisationAccess"],
  });
  const prefix = `withdraw-${grant.id}`;

  const run = async () => {
    const reason = values.reason.trim();
    if (checkFields(form, { reason: !reason && "Geef de reden van het intrekken." })) return false;
    const result = await withdraw({ variables: { input: { id: grant.id, reason } } });
    onWithdrawn(result.data?.withdrawAccess ?? null);
  };

  return (
    <div className="rh-grant__panel">
      <Heading level={6} id={`${prefix}-heading`}>
        Toestemming intrekken
      </Heading>
      <MutationFormView
        form={form}
        onSubmit={run}
        labelledBy={`${prefix}-heading`}
        submitLabel="Toestemming intrekken"
        danger
        onCancel={onCancel}
      >
        <ReasonField
          {...bind("reason")}
          id={`${prefix}-reason`}
          label="Reden van intrekking"
          description="Bijvoorbeeld ‘moeder trekt toestemming in (telefonisch, 14-11-2026)’. Het intrekken geldt direct."
        />
      </MutationFormView>
    </div>
  );
}
