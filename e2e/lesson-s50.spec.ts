/**
 * What a lesson run on 7 December 2026 (session 50: a tutor and five learners at 1366, 768 and 320 px, by
 * mouse and keyboard, axe, 200% text and WCAG 1.4.12 spacing on every view reached) found that the
 * earlier checks did not:
 * - a tutor who walked away from the idle warning was not signed out at the time it gave: the warning's
 *   own focus on "Stay signed in" counted as the tutor touching the page, so the next request told the
 *   server the page had been idle only since the warning opened, and the session ran on.
 */
import type { Page, Request } from "@playwright/test";
import { expect, test } from "./fixtures";
import { signInTutor } from "./helpers/classroom";

/** The e2e server's idle period (TUTOR_IDLE_MINUTES is not set: the default, two hours). */
const IDLE_MINUTES = 120;
const minutes = (n: number) => n * 60_000;

/** The milliseconds since the page was last touched that each tRPC request reports. */
function idleHints(page: Page): number[] {
  const seen: number[] = [];
  page.on("request", (request: Request) => {
    const hint = request.headers()["x-crm-idle-ms"];
    if (hint !== undefined) seen.push(Number(hint));
  });
  return seen;
}

test("the idle warning's own focus is not reported as the tutor's use, so an unanswered warning does not keep the session on", async ({
  page,
}) => {
  test.setTimeout(120_000);
  // The page's clock is moved on; the server's is not: what the page reports is what is checked.
  await page.clock.install();
  await signInTutor(page);
  const hints = idleHints(page);
  const warning = page.getByRole("alertdialog", { name: "Are you still there?" });

  await page.clock.fastForward(minutes(IDLE_MINUTES - 30));
  await page.clock.runFor(minutes(1));
  const before = hints.length;
  await page.clock.fastForward(minutes(23));
  await page.clock.runFor(minutes(1));
  await expect(warning).toBeVisible();
  // The dialog put focus on its button by itself; nobody touched the page.
  await expect(warning.getByRole("button", { name: "Stay signed in" })).toBeFocused();

  // Past the sign-out time it gave, still untouched: the page asks the server whether the session is
  // still there, saying it has been left alone for the whole idle period.
  await page.clock.fastForward(minutes(6));
  await page.clock.runFor(minutes(1));
  await expect
    .poll(() => hints.slice(before).some((ms) => ms >= minutes(IDLE_MINUTES)), {
      message: "a request after the sign-out time reports the page idle since the tutor signed in",
    })
    .toBe(true);
  // No request since the tutor walked away said otherwise: one that reported the warning's own focus as
  // use had the server move its idle deadline a whole idle period on from the warning (the server's
  // clock, not the page's, ends the session, so this is what decides when the tutor is signed out).
  expect(
    Math.min(...hints.slice(before)),
    "the shortest idle time reported after the tutor walked away",
  ).toBeGreaterThanOrEqual(minutes(IDLE_MINUTES - 30));
});
