import { useMutation } from "@apollo/client/react";
import { ConfirmStep } from "../../components/ConfirmStep";
import { ReasonField, useMutationForm } from "../../components/forms";
import { checkFields } from "../../components/forms/checkFields";
import { useFormValues } from "../../components/useFormValues";
import { evictTimeline } from "../dossier/navigation";
import { grantHeadingId } from "./GrantCard";
import type { Grant } from "./types";
import { WithdrawAccessDocument } from "../../generated/graphql";
import { HeadedMutationForm } from "../../components/HeadedMutationForm";

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
  const [withdraw] = useMutation(WithdrawAccessDocument, {
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
    <HeadedMutationForm
      blockClassName="rh-grant__panel"
      headingId={`${prefix}-heading`}
      title="Toestemming intrekken"
      level={6}
      form={form}
      onSubmit={run}
      submitLabel="Toestemming intrekken"
      danger
      onCancel={onCancel}
    >
      <ReasonField {...bind("reason")} label="Reden van intrekking">
        Bijvoorbeeld ‘moeder trekt toestemming in (telefonisch, 14-11-2026)’. Het intrekken geldt direct.
      </ReasonField>
    </HeadedMutationForm>
  );
}
