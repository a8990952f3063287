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
