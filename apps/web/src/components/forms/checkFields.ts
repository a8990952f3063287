import type { MutationForm } from "./useMutationForm";

/** Per input field: the message when its check before sending fails, else `false` (or nothing). */
export type FieldChecks = Readonly<Record<string, string | false | null | undefined>>;

/**
 * Run a form's checks before sending: every failed one is shown at its field (focus moves to the first).
 * Returns whether one failed — then return `false` from the submit run.
 */
export function checkFields(form: Pick<MutationForm, "invalidate">, checks: FieldChecks): boolean {
  let failed = false;
  for (const [field, message] of Object.entries(checks)) {
    if (!message) continue;
    form.invalidate(field, message);
    failed = true;
  }
  return failed;
}
