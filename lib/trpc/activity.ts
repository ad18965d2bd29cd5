/**
 * When the person at this browser last touched the page, for the server's idle sign-out of tutors
 * (server/auth/tutor-sessions.ts). Every tRPC request says how long ago that was (IDLE_HEADER), so
 * what a page fetches by itself (a results grid refreshing, a live view polling) does not count as
 * the tutor being there. Kept equal to the server's name by server/trpc/idle-hint.test.ts.
 */
export const IDLE_HEADER = "x-crm-idle-ms";

let lastTouched = Date.now();
/** The last touch a request has told the server of (the server's idle clock runs from it). */
let lastReported = lastTouched;
let listening = false;
/** True while the page itself moves focus (see focusWithoutTouch): those focus events are not a touch. */
let pageMovingFocus = false;

const TOUCHES = ["pointerdown", "pointermove", "keydown", "wheel", "touchstart", "focus"] as const;

function listen() {
  if (listening || typeof window === "undefined") return;
  listening = true;
  const touched = (event: Event) => {
    if (event.type === "focus" && pageMovingFocus) return;
    lastTouched = Date.now();
  };
  for (const name of TOUCHES) window.addEventListener(name, touched, { passive: true, capture: true });
}

/**
 * Runs `move`, which moves focus by the page's own doing (the idle warning opening and focusing its
 * button), without counting the focus events it fires as the person touching the page. Focus events
 * fire while `move` runs, so a flag is enough. Counted as a touch, the warning's own focus reset the
 * idle clock: a tutor who walked away was not signed out at the time the warning gave (session 50).
 */
export function focusWithoutTouch(move: () => void) {
  listen();
  pageMovingFocus = true;
  try {
    move();
  } finally {
    pageMovingFocus = false;
  }
}

/** The header for a request: milliseconds since the page was last touched (0 on a fresh page). */
export function idleHeaders(): Record<string, string> {
  listen();
  lastReported = Math.max(lastReported, lastTouched);
  return { [IDLE_HEADER]: String(Math.max(0, Date.now() - lastTouched)) };
}

/**
 * When the page was last touched, and the last touch a request has reported, for the warning before
 * the idle sign-out (components/idle-warning.tsx).
 */
export function touchTimes(): { touched: number; reported: number } {
  listen();
  return { touched: lastTouched, reported: lastReported };
}
