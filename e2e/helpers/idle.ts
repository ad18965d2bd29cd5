import type { Page, Request } from "@playwright/test";

/** The e2e server's idle period (TUTOR_IDLE_MINUTES is not set: the default, two hours). */
export const IDLE_MINUTES = 120;

export const minutes = (n: number) => n * 60_000;

/** The milliseconds since the page was last touched that each tRPC request (not a stream) reports. */
export function idleHints(page: Page): number[] {
  const seen: number[] = [];
  page.on("request", (request: Request) => {
    const hint = request.headers()["x-crm-idle-ms"];
    if (hint !== undefined) seen.push(Number(hint));
  });
  return seen;
}
