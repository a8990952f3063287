/** After a failed submit, move focus to the first field the server marked invalid (after React re-rendered). */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  window.setTimeout(() => {
    const target = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
    target?.focus();
  }, 0);
}
