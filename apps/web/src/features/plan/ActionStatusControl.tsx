import { Button, Select, SelectOption } from "@utrecht/component-library-react";
import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import type { FormEvent } from "react";
import { TextareaField } from "../../components/forms";
import type { SubmitRun } from "../../components/forms";
import { checkFields } from "../../components/forms/checkFields";
import type { ActionStatus } from "../../generated/graphql";
import { label } from "../../labels";
import { ACTION_CONFLICT_MESSAGE } from "./errors";
import { ACTION_STATUS_LABELS, actionChangeNeedsReason } from "./labels";
import { useChangeForm } from "./useChangeForm";
import { ChangePlanActionStatusDocument } from "../../generated/graphql";

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
  const form = useChangeForm({
    fields: ["reason"],
    failure: "De status is niet gewijzigd.",
    conflict: { message: ACTION_CONFLICT_MESSAGE, reloadLabel: "Herladen", onReload: () => onChanged("") },
  });
  const [pending, setPending] = useState<ActionStatus | null>(null);
  const [reason, setReason] = useState("");
  const [change] = useMutation(ChangePlanActionStatusDocument);
  const allowed = action.allowedTransitions ?? [];
  const current = action.status ?? null;
  const prefix = `action-${action.id}-status`;
  if (!current || allowed.length === 0) return null;

  const save = (to: ActionStatus, why: string | null) => async () => {
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
      throw err;
    }
  };
  const cancel = () => {
    setPending(null);
    setReason("");
    form.dismiss();
  };
  // The select saves as soon as it changes: a submit without a form event.
  const sendNow = (run: SubmitRun) =>
    void form.handleSubmit(run)({ preventDefault: () => undefined } as FormEvent<HTMLFormElement>);

  const choose = (value: string) => {
    if (form.busy) return;
    const to = value as ActionStatus;
    if (to === current) cancel();
    else if (actionChangeNeedsReason(current, to)) setPending(to);
    else sendNow(save(to, null));
  };

  const submitReason: SubmitRun = () => {
    if (!pending) return false;
    if (checkFields(form, { reason: !reason.trim() && "Geef de reden." })) return false;
    return save(pending, reason.trim())();
  };

  return (
    <div className="rh-quick-status" aria-busy={form.busy || undefined}>
      {form.status}
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
        {form.busy ? <span className="rh-muted"> Opslaan…</span> : null}
      </div>
      {pending ? (
        <form
          ref={form.formRef}
          noValidate
          onSubmit={(e) => void form.handleSubmit(submitReason)(e)}
          className="rh-form rh-quick-status__reason"
        >
          <TextareaField
            form={form}
            name="reason"
            id={`${prefix}-reason`}
            label={`Reden voor ‘${label(ACTION_STATUS_LABELS, pending).toLowerCase()}’`}
            required
            rows={2}
            value={reason}
            onChange={setReason}
          >
            {REASON_HINTS[pending] ?? "Waarom wordt de afgeronde actie heropend?"}
          </TextareaField>
          <div className="rh-actions">
            <Button type="submit" appearance="primary-action-button" busy={form.busy}>
              Opslaan
            </Button>
            <Button appearance="secondary-action-button" onClick={cancel}>
              Annuleren
            </Button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
