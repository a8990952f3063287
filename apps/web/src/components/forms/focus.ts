/** After a failed submit, move focus to the first field the server marked invalid (after React re-rendered). */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  window.setTimeout(() => {
    const target = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
    target?.focus();
  }, 0);
}

/** Move focus to the element with `id` once React has rendered it (e.g. back to a button after a panel closed). */
export function focusLater(id: string): void {
  window.setTimeout(() => document.getElementById(id)?.focus(), 0);
}
