import { CancelButton } from "../../components/CancelButton";
import { MutationFormView } from "../../components/forms";
import type { MutationFormViewProps } from "../../components/forms";
import { PLAN_CONFLICT_MESSAGE } from "./errors";
import { useChangeForm } from "./useChangeForm";
import type { ChangeForm } from "./useChangeForm";

/** What a form opened under a `Disclosure` gets: close with a confirmation, cancel, reload the page. */
export interface DisclosedFormProps {
  /** Close the form with a confirmation (after the page reloaded). */
  onDone: (notice: string) => void;
  onCancel: () => void;
  /** Reload the page. */
  onChanged: () => Promise<void>;
}

/** A form under a `Disclosure`: the shared form view with "Annuleren" next to its submit button. */
export function DisclosedFormView({
  onCancel,
  ...view
}: Omit<MutationFormViewProps, "actions"> & { onCancel: () => void }) {
  return <MutationFormView {...view} actions={<CancelButton onCancel={onCancel} />} />;
}

/** A form that changes a plan version: a stale version (CONFLICT) says so and offers "Plan opnieuw laden". */
export function usePlanChangeForm(
  fields: readonly string[],
  failure: string,
  onChanged: () => Promise<void>,
): ChangeForm {
  return useChangeForm({
    fields,
    failure,
    conflict: { message: PLAN_CONFLICT_MESSAGE, reloadLabel: "Plan opnieuw laden", onReload: onChanged },
  });
}
