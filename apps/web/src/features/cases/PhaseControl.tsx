import { Alert, Button, Paragraph, Select, SelectOption, Textarea } from "@utrecht/component-library-react";
import { useMutation } from "@apollo/client/react";
import { useRef, useState } from "react";
import type { FormEvent } from "react";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Field } from "../../components/Field";
import {
  CONFLICT_MESSAGE,
  extractFieldErrors,
  generalErrorMessages,
  hasErrorCode,
  messagesFor,
} from "../../errors";
import { PHASE_LABELS, label } from "../../labels";
import type { CasePhase } from "../../generated/graphql";
import { focusFirstInvalid } from "../../components/forms/focus";
import { MOVE_CASE_PHASE_MUTATION } from "./operations";
import type { CaseDetail } from "./operations";

const FIELDS = ["to", "reason"] as const;

export interface PhaseControlProps {
  caseData: CaseDetail;
  headingId: string;
  onReload: () => Promise<void>;
}

/**
 * The "Fase wijzigen" form (in PhaseCard, behind a button): move the case to one of its allowed phases, with
 * optimistic concurrency on `version`. `headingId` names the form.
 */
export function PhaseControl({ caseData, headingId, onReload }: PhaseControlProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const allowed = caseData.allowedPhaseTransitions;
  const [to, setTo] = useState<CasePhase | "">("");
  const [reason, setReason] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [moved, setMoved] = useState<CasePhase | null>(null);
  const [missingPhase, setMissingPhase] = useState(false);
  const [moveCasePhase, { loading }] = useMutation(MOVE_CASE_PHASE_MUTATION);

  const conflict = hasErrorCode(error, "CONFLICT");
  const fieldErrors = extractFieldErrors(error);
  const general = conflict ? [] : generalErrorMessages(error, FIELDS);
  const selected = to && allowed.includes(to) ? to : "";

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    setError(null);
    setMoved(null);
    if (!selected) {
      setMissingPhase(true);
      focusFirstInvalid(formRef.current);
      return;
    }
    setMissingPhase(false);
    try {
      await moveCasePhase({
        variables: {
          input: {
            id: caseData.id,
            version: caseData.version,
            to: selected,
            reason: reason.trim() || null,
          },
        },
      });
      setMoved(selected);
      setTo("");
      setReason("");
    } catch (err) {
      setError(err);
      focusFirstInvalid(formRef.current);
    }
  };

  const reload = async () => {
    setError(null);
    await onReload();
  };

  return (
    <>
      {moved ? (
        <Alert type="ok" className="rh-alert">
          <Paragraph>De casus staat nu in de fase {label(PHASE_LABELS, moved)}.</Paragraph>
        </Alert>
      ) : null}
      {conflict ? (
        <Alert type="error" className="rh-alert">
          <Paragraph>{CONFLICT_MESSAGE}</Paragraph>
          <Button appearance="secondary-action-button" onClick={() => void reload()}>
            Casus opnieuw laden
          </Button>
        </Alert>
      ) : null}
      <ErrorAlert messages={general} heading="De fase is niet gewijzigd." />
      {allowed.length === 0 ? (
        <Paragraph>Vanuit deze fase is geen andere fase mogelijk.</Paragraph>
      ) : (
        <form
          ref={formRef}
          noValidate
          onSubmit={(e) => void submit(e)}
          aria-labelledby={headingId}
          className="rh-form"
        >
          <Field
            id="phase-to"
            label="Nieuwe fase"
            errors={
              missingPhase ? ["Kies de fase waar de casus naartoe gaat."] : messagesFor(fieldErrors, "to")
            }
          >
            {(control) => (
              <Select
                {...control}
                name="to"
                required
                value={selected}
                onChange={(e) => {
                  setTo(e.target.value as CasePhase | "");
                  setMissingPhase(false);
                }}
              >
                <SelectOption value="">Kies een fase</SelectOption>
                {allowed.map((phase) => (
                  <SelectOption key={phase} value={phase}>
                    {label(PHASE_LABELS, phase)}
                  </SelectOption>
                ))}
              </Select>
            )}
          </Field>
          <Field
            id="phase-reason"
            label="Toelichting"
            description="Waarom, bijvoorbeeld bij afsluiten of bij teruggaan naar een eerdere fase. De regisseurs van de casus zien de toelichting bij de fase; andere teamleden niet."
            errors={messagesFor(fieldErrors, "reason")}
          >
            {(control) => (
              <Textarea
                {...control}
                name="reason"
                rows={3}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
              />
            )}
          </Field>
          <Button type="submit" appearance="primary-action-button" busy={loading}>
            Fase wijzigen
          </Button>
        </form>
      )}
    </>
  );
}
