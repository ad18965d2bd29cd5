/**
 * How long ago the person at the browser last touched the page, as the app's tRPC client says in a
 * header (lib/trpc/activity.ts sends it; its own copy of the name is kept equal by idle-hint.test.ts).
 * Read into the context's `idleMs` (context.ts), for a tutor session's idle clock (tutor-sessions.ts).
 */
export const IDLE_HEADER = "x-crm-idle-ms";

/** Milliseconds since the page was last touched; undefined when the header is absent or not a whole number. */
export function idleHint(value: string | null | undefined): number | undefined {
  const text = value?.trim();
  if (!text || !/^\d{1,12}$/.test(text)) return undefined;
  return Number(text);
}
