import { Alert, Button, Heading, Paragraph } from "@utrecht/component-library-react";
import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import { ErrorAlert } from "../../components/ErrorAlert";
import { generalErrorMessages } from "../../errors";
import { PHASE_LABELS, formatDate, label } from "../../labels";
import { Disclosure } from "../../components/Disclosure";
import "../plan/plan.css";
import type { CaseDetail } from "./types";
import { PhaseControl } from "./PhaseControl";
import { offersExecution } from "./status";
import { MoveCasePhaseDocument } from "../../generated/graphql";

export interface PhaseCardProps {
  caseData: CaseDetail;
  /** The approved plan in force (from the status query), for the hint. */
  approvedPlan: { number: number; approvedOn?: string | null } | null;
  onReload: () => Promise<void>;
}

/**
 * "Fase" for the directors: the phase and why, a one-click move to Uitvoering when a plan is approved but the
 * case stands before execution, and "Fase wijzigen" behind a button.
 */
export function PhaseCard({ caseData, approvedPlan, onReload }: PhaseCardProps) {
  const [moveCasePhase, { loading }] = useMutation(MoveCasePhaseDocument);
  const [error, setError] = useState<unknown>(null);
  const hint = offersExecution(caseData.phase, caseData.allowedPhaseTransitions, approvedPlan);

  const toExecution = async () => {
    if (loading || !approvedPlan) return;
    setError(null);
    try {
      await moveCasePhase({
        variables: {
          input: {
            id: caseData.id,
            version: caseData.version,
            to: "EXECUTION",
            reason: `Gezinsplan versie ${approvedPlan.number} is vastgesteld`,
          },
        },
      });
      await onReload();
    } catch (err) {
      setError(err);
    }
  };

  return (
    <>
      <Heading level={2} id="phase-heading">
        Fase
      </Heading>
      <Paragraph>
        Huidige fase: <strong>{label(PHASE_LABELS, caseData.phase)}</strong>
      </Paragraph>
      {hint && approvedPlan ? (
        <Alert type="info" className="rh-alert rh-case-phase__hint">
          <Paragraph>
            Gezinsplan versie {approvedPlan.number} is vastgesteld
            {approvedPlan.approvedOn ? ` op ${formatDate(approvedPlan.approvedOn)}` : ""}, maar de casus staat
            nog in de fase {label(PHASE_LABELS, caseData.phase)}.
          </Paragraph>
          <Button appearance="primary-action-button" busy={loading} onClick={() => void toExecution()}>
            Naar de fase Uitvoering
          </Button>
        </Alert>
      ) : null}
      {/* A stale version (CONFLICT) reads as "reload the page". */}
      <ErrorAlert messages={generalErrorMessages(error)} heading="De fase is niet gewijzigd." />
      <Disclosure label="Fase wijzigen">
        {() => <PhaseControl caseData={caseData} headingId="phase-heading" onReload={onReload} />}
      </Disclosure>
    </>
  );
}
