/**
 * Deliberate focus after the page changes under the user (WCAG 2.4.3): when a list item is removed
 * or a control is replaced by its result, focus goes to a sensible element (the next item, the
 * result, the list's heading) instead of falling to the page. Non-interactive targets are made
 * focusable by script only (tabindex -1), so they do not become Tab stops.
 */

let pendingUntil = 0;

/** Whether a `focusSoon` request is still waiting for its element (the route-level fallback then waits too). */
export function focusPending(): boolean {
  return Date.now() < pendingUntil;
}

function focusElement(el: HTMLElement) {
  if (!el.matches("a[href], button, input, select, textarea, summary, [tabindex]"))
    el.setAttribute("tabindex", "-1");
  el.focus();
}

/**
 * Focuses the first of `ids` on the page now, or as soon as one appears (for up to `timeout` ms),
 * e.g. `[nextItemId, previousItemId, listHeadingId]`.
 */
export function focusSoon(ids: (string | null | undefined)[], timeout = 5_000) {
  const wanted = ids.filter((id): id is string => Boolean(id));
  const find = () =>
    wanted.map((id) => document.getElementById(id)).find((el): el is HTMLElement => el !== null);
  const now = find();
  if (now) {
    focusElement(now);
    return;
  }
  pendingUntil = Date.now() + timeout;
  const started = Date.now();
  const tick = () => {
    const el = find();
    if (el) {
      pendingUntil = 0;
      focusElement(el);
    } else if (Date.now() - started < timeout) requestAnimationFrame(tick);
    else pendingUntil = 0;
  };
  requestAnimationFrame(tick);
}
