import { Alert, Button, Paragraph, Select, SelectOption, Textarea } from "@utrecht/component-library-react";
import { useMutation } from "@apollo/client/react";
import { useRef, useState } from "react";
import type { FormEvent } from "react";
import { Field } from "../../components/Field";
import { ErrorAlert } from "../../components/ErrorAlert";
import { extractFieldErrors, hasErrorCode, messagesFor } from "../../errors";
import type { ActionStatus } from "../../generated/graphql";
import { label } from "../../labels";
import { focusFirstInvalid } from "../cases/focus";
import { ACTION_CONFLICT_MESSAGE, changeErrorMessages } from "./errors";
import { ACTION_STATUS_LABELS, actionChangeNeedsReason } from "./labels";
import { CHANGE_PLAN_ACTION_STATUS_MUTATION } from "./operations";
import type { PlanActionRow } from "./operations";

export interface ActionStatusControlProps {
  action: PlanActionRow;
  /** Id of the action's heading, which says which action the control changes. */
  headingId: string;
  onChanged: (notice: string) => Promise<void>;
}

/**
 * Quick status change of one action (CHANGE_STATUS): a select of the allowed statuses, and a reason when the
 * action is blocked, cancelled or reopened. A stale version answers CONFLICT: reload.
 */
export function ActionStatusControl({ action, headingId, onChanged }: ActionStatusControlProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const [to, setTo] = useState<ActionStatus | "">("");
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState<Record<string, string[]>>({});
  const [error, setError] = useState<unknown>(null);
  const [change, { loading }] = useMutation(CHANGE_PLAN_ACTION_STATUS_MUTATION);
  const allowed = action.allowedTransitions ?? [];
  const prefix = `action-${action.id}-status`;
  const needsReason = to !== "" && actionChangeNeedsReason(action.status, to);
  const conflict = hasErrorCode(error, "CONFLICT");
  const fieldErrors = { ...extractFieldErrors(error), ...missing };

  if (allowed.length === 0) return null;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    setError(null);
    const problems: Record<string, string[]> = {};
    if (!to) problems["status"] = ["Kies de nieuwe status."];
    if (needsReason && !reason.trim()) problems["reason"] = ["Geef de reden."];
    setMissing(problems);
    if (Object.keys(problems).length > 0 || !to) {
      focusFirstInvalid(formRef.current);
      return;
    }
    try {
      await change({
        variables: {
          input: {
            actionId: action.id,
            version: action.version,
            status: to,
            reason: reason.trim() || null,
          },
        },
      });
      const title = action.title ?? "De actie";
      setTo("");
      setReason("");
      await onChanged(`‘${title}’ staat nu op ${label(ACTION_STATUS_LABELS, to).toLowerCase()}.`);
    } catch (err) {
      setError(err);
      focusFirstInvalid(formRef.current);
    }
  };

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(e) => void submit(e)}
      className="rh-form rh-action-status-form"
      aria-labelledby={`${prefix}-legend ${headingId}`}
    >
      <span id={`${prefix}-legend`} className="rh-visually-hidden">
        Status wijzigen:
      </span>
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
        messages={conflict ? [] : changeErrorMessages(error, ["status", "reason"], ACTION_CONFLICT_MESSAGE)}
        heading="De status is niet gewijzigd."
      />
      <div className="rh-action-status-form__row">
        <Field id={`${prefix}-to`} label="Nieuwe status" errors={messagesFor(fieldErrors, "status")}>
          {(control) => (
            <Select
              {...control}
              name="status"
              required
              value={to}
              onChange={(e) => {
                setTo(e.target.value as ActionStatus | "");
                setMissing({});
              }}
            >
              <SelectOption value="">Kies een status</SelectOption>
              {allowed.map((s) => (
                <SelectOption key={s} value={s}>
                  {label(ACTION_STATUS_LABELS, s)}
                </SelectOption>
              ))}
            </Select>
          )}
        </Field>
        <Button type="submit" appearance="secondary-action-button" busy={loading}>
          Status opslaan
        </Button>
      </div>
      {needsReason ? (
        <Field
          id={`${prefix}-reason`}
          label="Reden"
          description={
            to === "BLOCKED"
              ? "Waardoor loopt de actie vast?"
              : to === "CANCELLED"
                ? "Waarom stopt deze actie?"
                : "Waarom wordt de afgeronde actie heropend?"
          }
          errors={messagesFor(fieldErrors, "reason")}
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
      ) : null}
    </form>
  );
}
