/**
 * Focus for modal dialogs (WCAG 2.4.3): opening one remembers what had focus, and closing it (or
 * removing it) puts focus back there, so keyboard and screen-reader users carry on where they were.
 */
const openers = new WeakMap<HTMLDialogElement, HTMLElement>();

/** Opens `dialog` as a modal and focuses `initial` (or, by default, its first focusable element). */
export function showModalFrom(dialog: HTMLDialogElement, initial?: HTMLElement | null) {
  const active = document.activeElement;
  if (active instanceof HTMLElement && active !== document.body && !dialog.contains(active))
    openers.set(dialog, active);
  if (!dialog.open) dialog.showModal();
  initial?.focus();
}

/** Gives focus back to the element that opened `dialog`, if it is still on the page. */
export function returnFocus(dialog: HTMLDialogElement | null) {
  if (!dialog) return;
  const opener = openers.get(dialog);
  openers.delete(dialog);
  if (opener?.isConnected) opener.focus();
}
