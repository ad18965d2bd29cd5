import type { KeyboardEvent } from "react";

/** Inputs that are no field to fill in: Enter on them does what the browser does. */
const NOT_A_FIELD = new Set(["button", "submit", "reset", "image", "file", "hidden"]);

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

function isField(el: Element): el is Control {
  if (el instanceof HTMLInputElement) return !NOT_A_FIELD.has(el.type);
  return el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement;
}

/** The form's fields a person can fill in now, in order: enabled and shown, one stop per radio group. */
function fieldsOf(form: HTMLFormElement): Control[] {
  const out: Control[] = [];
  for (const el of form.elements) {
    if (!isField(el) || el.disabled || el.getClientRects().length === 0) continue;
    const last = out.at(-1);
    if (el instanceof HTMLInputElement && el.type === "radio" && last instanceof HTMLInputElement)
      if (last.type === "radio" && last.name === el.name) continue;
    out.push(el);
  }
  return out;
}

/**
 * A form's `onKeyDown`: Enter in a one-line field goes on to the next field, as in an email program,
 * instead of sending the form. Only in the form's last field does Enter send it, and then the browser's
 * own checks (`required` and the rest, shown by `FormChecks`) still refuse a form that is not complete.
 * It started as the reply's Subject line: a learner who pressed Enter after the subject sent a
 * half-written reply to the customer, marked as their first reply; the CRM action forms did the same
 * with a remedy's amount or a task's title (a marked action recorded half filled in). Enter with Shift,
 * Ctrl, Alt or Cmd, and Enter in a text area or on a button, keep what the browser does with them.
 */
export function enterGoesToNextField(e: KeyboardEvent<HTMLFormElement>) {
  if (e.key !== "Enter" || e.nativeEvent.isComposing) return;
  if (e.shiftKey || e.ctrlKey || e.metaKey || e.altKey) return;
  const field = e.target;
  if (!(field instanceof HTMLInputElement) || NOT_A_FIELD.has(field.type)) return;
  const fields = fieldsOf(e.currentTarget);
  const at = fields.findIndex(
    (f) => f === field || (f.type === "radio" && f.name === field.name && field.type === "radio"),
  );
  const next = at >= 0 ? fields[at + 1] : undefined;
  if (!next) return;
  e.preventDefault();
  next.focus();
}
