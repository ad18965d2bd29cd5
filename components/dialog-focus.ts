/**
 * Focus for modal dialogs (WCAG 2.4.3): opening one remembers what had focus, and closing it (or
 * removing it) puts focus back there, so keyboard and screen-reader users carry on where they were.
 * Tab and Shift+Tab go round the dialog's own controls (keepTabInside): a native modal dialog passes
 * Tab from its last control to the browser's toolbar, and a keyboard user then had to find the way back
 * into a page that was still blocked behind the dialog (WCAG 2.1.2, 2.4.3).
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

const TABBABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/** The controls Tab reaches inside `dialog`, in order: of a radio group only its checked radio (or its first). */
function tabbables(dialog: HTMLElement): HTMLElement[] {
  const groups = new Set<string>();
  return [...dialog.querySelectorAll<HTMLElement>(TABBABLE)].filter((el) => {
    if (el.tabIndex < 0 || el.closest("[inert]") || el.getClientRects().length === 0) return false;
    if (el instanceof HTMLInputElement && el.type === "radio" && el.name) {
      const form = el.form ?? dialog;
      const group = [
        ...form.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(el.name)}"]`),
      ];
      const chosen = group.find((r) => r.checked) ?? group[0];
      if (chosen !== el || groups.has(el.name)) return false;
      groups.add(el.name);
    }
    return true;
  });
}

/** A dialog's keydown handler: Tab from its last control goes to its first, Shift+Tab from its first to its last. */
export function keepTabInside(
  event: { key: string; shiftKey: boolean; preventDefault(): void },
  dialog: HTMLElement | null,
) {
  if (event.key !== "Tab" || !dialog) return;
  const stops = tabbables(dialog);
  if (stops.length === 0) return;
  const first = stops[0]!;
  const last = stops.at(-1)!;
  const active = document.activeElement;
  const outside = !(active instanceof HTMLElement) || !dialog.contains(active) || active === dialog;
  if (event.shiftKey && (active === first || outside)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || outside)) {
    event.preventDefault();
    first.focus();
  }
}
