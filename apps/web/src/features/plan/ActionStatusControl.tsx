import { Alert, Button, Paragraph, Select, SelectOption, Textarea } from "@utrecht/component-library-react";
import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import type { FormEvent } from "react";
import { Field } from "../../components/Field";
import { ErrorAlert } from "../../components/ErrorAlert";
import { extractFieldErrors, hasErrorCode, messagesFor } from "../../errors";
import type { ActionStatus } from "../../generated/graphql";
import { label } from "../../labels";
import { ACTION_CONFLICT_MESSAGE, changeErrorMessages } from "./errors";
import { ACTION_STATUS_LABELS, actionChangeNeedsReason } from "./labels";
import { CHANGE_PLAN_ACTION_STATUS_MUTATION } from "./operations";

/** What the control needs of an action (the board's and "Mijn acties"' rows both have it). */
export interface StatusControlAction {
  id: string;
  version: number;
  title?: string | null;
  status?: ActionStatus | null;
  allowedTransitions?: readonly ActionStatus[] | null;
}

export interface ActionStatusControlProps {
  action: StatusControlAction;
  /** Id of the action's heading, which says which action the control changes. */
  headingId: string;
  /** After a change was saved (with a notice in words), or to reload after a CONFLICT (empty notice). */
  onChanged: (notice: string) => Promise<void>;
  /** Just before the change is sent: returns the undo for when it fails (see `useLiveHighlight`). */
  onSaving?: (actionId: string) => () => void;
}

const REASON_HINTS: Partial<Record<ActionStatus, string>> = {
  BLOCKED: "Waardoor loopt de actie vast?",
  CANCELLED: "Waarom stopt deze actie?",
};

/**
 * One quick status control per action (CHANGE_STATUS): a select of the current status and the ones it may
 * move to, saved as soon as another is chosen. Where the domain asks a reason (blocked, cancelled, reopened)
 * the reason is asked first, with "Opslaan" and "Annuleren". A stale version answers CONFLICT: reload.
 */
export function ActionStatusControl({ action, headingId, onChanged, onSaving }: ActionStatusControlProps) {
  const [pending, setPending] = useState<ActionStatus | null>(null);
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [change, { loading }] = useMutation(CHANGE_PLAN_ACTION_STATUS_MUTATION);
  const allowed = action.allowedTransitions ?? [];
  const current = action.status ?? null;
  const prefix = `action-${action.id}-status`;
  const conflict = hasErrorCode(error, "CONFLICT");
  const fieldErrors = extractFieldErrors(error);

  if (!current || allowed.length === 0) return null;

  const save = async (to: ActionStatus, why: string | null) => {
    setError(null);
    const undo = onSaving?.(action.id);
    try {
      await change({
        variables: { input: { actionId: action.id, version: action.version, status: to, reason: why } },
      });
      setPending(null);
      setReason("");
      await onChanged(
        `‘${action.title ?? "De actie"}’ staat nu op ${label(ACTION_STATUS_LABELS, to).toLowerCase()}.`,
      );
    } catch (err) {
      undo?.();
      setError(err);
    }
  };

  const choose = (value: string) => {
    if (loading) return;
    const to = value as ActionStatus;
    setMissing([]);
    if (to === current) {
      setPending(null);
      return;
    }
    if (actionChangeNeedsReason(current, to)) setPending(to);
    else void save(to, null);
  };

  const submitReason = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!pending || loading) return;
    if (!reason.trim()) {
      setMissing(["Geef de reden."]);
      document.getElementById(`${prefix}-reason`)?.focus();
      return;
    }
    void save(pending, reason.trim());
  };

  return (
    <div className="rh-quick-status" aria-busy={loading || undefined}>
      {conflict ? (
        <Alert type="error" className="rh-alert">
          <Paragraph>{ACTION_CONFLICT_MESSAGE}</Paragraph>
          <Button
            appearance="secondary-action-button"
            onClick={() => {
              setError(null);
              void onChanged("");
            }}
          >
            Herladen
          </Button>
        </Alert>
      ) : null}
      <ErrorAlert
        messages={conflict ? [] : changeErrorMessages(error, ["reason"], ACTION_CONFLICT_MESSAGE)}
        heading="De status is niet gewijzigd."
      />
      <div className="rh-field rh-quick-status__field">
        <label id={`${prefix}-label`} htmlFor={`${prefix}-to`} className="utrecht-form-label">
          Status
        </label>
        <Select
          id={`${prefix}-to`}
          name="status"
          value={pending ?? current}
          aria-labelledby={`${prefix}-label ${headingId}`}
          onChange={(e) => choose(e.target.value)}
        >
          {[current, ...allowed.filter((s) => s !== current)].map((s) => (
            <SelectOption key={s} value={s}>
              {label(ACTION_STATUS_LABELS, s)}
            </SelectOption>
          ))}
        </Select>
        {loading ? <span className="rh-muted"> Opslaan…</span> : null}
      </div>
      {pending ? (
        <form noValidate onSubmit={submitReason} className="rh-form rh-quick-status__reason">
          <Field
            id={`${prefix}-reason`}
            label={`Reden voor ‘${label(ACTION_STATUS_LABELS, pending).toLowerCase()}’`}
            description={REASON_HINTS[pending] ?? "Waarom wordt de afgeronde actie heropend?"}
            errors={[...missing, ...messagesFor(fieldErrors, "reason")]}
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
          <div className="rh-actions">
            <Button type="submit" appearance="primary-action-button" busy={loading}>
              Opslaan
            </Button>
            <Button
              appearance="secondary-action-button"
              onClick={() => {
                setPending(null);
                setReason("");
                setMissing([]);
                setError(null);
              }}
            >
              Annuleren
            </Button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
