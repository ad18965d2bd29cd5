/**
 * Sessions in the browser (probe, 5 December 2026): a tutor whose session has ended is told why on
 * the sign-in page and on the tutor pages, rather than just finding themselves signed out; and every
 * request the app makes says how long the page has been left alone, so the server's idle sign-out
 * (TUTOR_IDLE_MINUTES) is not held off by a page refreshing itself on an unattended computer.
 */
import type { Browser, BrowserContext, Request } from "@playwright/test";
import { expect, test } from "./fixtures";
import { createClassWithAssignment, signInTutor } from "./helpers/classroom";

const SCENARIO = {
  scenarioId: "complaint-faulty-kettle",
  scenarioTitle: "Complaint: the kettle that stopped working",
};

/** The same session on another device (a copied cookie, or the tutor's other tab) signs out everywhere. */
async function signOutEverywhereElsewhere(browser: Browser, here: BrowserContext): Promise<BrowserContext> {
  const there = await browser.newContext();
  await there.addCookies(await here.cookies());
  const other = await there.newPage();
  await other.goto("/tutor/account");
  await other.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(other.getByRole("heading", { name: "Tutor sign in" })).toBeVisible();
  return there;
}

test("a tutor signed out from another device is told why, on the sign-in page and on a tutor page", async ({
  browser,
}) => {
  const here = await browser.newContext();
  const page = await here.newPage();
  await signInTutor(page);

  const there = await signOutEverywhereElsewhere(browser, here);

  await page.goto("/tutor");
  await expect(page.getByRole("heading", { name: "Tutor sign in" })).toBeVisible();
  await expect(page.getByTestId("tutor-signed-out")).toHaveText(/^Your tutor session has ended/);
  await page.goto("/tutor/classes/1");
  await expect(page.getByTestId("tutor-signed-out")).toHaveText(/^Your tutor session has ended/);
  await expect(page.getByText("Please sign in as a tutor to see this class.")).toBeVisible();

  // Signing in again clears it.
  await signInTutor(page);
  await expect(page.getByTestId("tutor-signed-out")).toHaveCount(0);
  await Promise.all([here.close(), there.close()]);
});

test("every request says how long the page has been left alone; a touch sets it back to nothing", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.clock.install();
  await signInTutor(page);
  const { resultsUrl } = await createClassWithAssignment(page, { prefix: "Idle hint", ...SCENARIO });
  const hints: number[] = [];
  page.on("request", (request: Request) => {
    if (new URL(request.url()).pathname.startsWith("/api/trpc/"))
      hints.push(Number(request.headers()["x-crm-idle-ms"] ?? Number.NaN));
  });
  await page.goto(resultsUrl);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(hints.length).toBeGreaterThan(0);
  expect(hints.every((h) => Number.isFinite(h) && h < 60_000)).toBe(true);

  // Twenty minutes with nobody at the computer: the grid refreshes itself (every 10 s), saying so.
  hints.length = 0;
  // (A request the page sent just before may still be reported after this point: look for the refresh.)
  await page.clock.fastForward("20:00");
  await expect.poll(() => Math.max(0, ...hints)).toBeGreaterThanOrEqual(19 * 60_000);

  // The tutor moves the mouse: the next refresh says the page was touched just now.
  await page.mouse.move(200, 200);
  await page.mouse.move(240, 260);
  hints.length = 0;
  // One refresh is due within 10 s of page time. On a loaded machine it may not be sent before a single
  // fast-forward's poll gives up, so page time is moved on again (11 s a step) until a refresh is seen;
  // each step keeps the touch well inside the minute the hint must be under.
  await page.clock.fastForward("00:11");
  await expect
    .poll(
      async () => {
        if (hints.length === 0) await page.clock.fastForward("00:11");
        return Math.min(Number.POSITIVE_INFINITY, ...hints);
      },
      { timeout: 30_000 },
    )
    .toBeLessThan(60_000);
});

test("a live dashboard whose tutor was signed out elsewhere stops asking, and says why once", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const here = await browser.newContext();
  const page = await here.newPage();
  await signInTutor(page);
  const { classUrl } = await createClassWithAssignment(page, { prefix: "Live signed out", ...SCENARIO });
  // Page time runs as usual until the silence below, which is 6 s of page time on Playwright's clock.
  await page.clock.install();
  const liveAsks: number[] = [];
  page.on("request", (request: Request) => {
    if (new URL(request.url()).pathname.includes("results.live")) liveAsks.push(Date.now());
  });
  await page.goto(`${new URL(classUrl).pathname}/live`);
  await expect(page.getByRole("heading", { level: 1, name: "Live dashboard" })).toBeVisible();

  const there = await signOutEverywhereElsewhere(browser, here);

  // The stream ends at its next check; the page falls back to asking, is refused, and says why.
  const reason = page.getByTestId("tutor-signed-out");
  await expect(reason).toHaveText(/^Your tutor session has ended/, { timeout: 30_000 });
  await expect(reason).toHaveCount(1);
  await expect(page.getByText("Please sign in as a tutor to follow a class live.")).toBeVisible();
  // Then silence: it used to ask every 1.5 s until the page was left.
  const refusedAt = Date.now();
  await page.clock.runFor(6_000);
  // A request the page's own fetch waits on: any ask sent in those 6 s has been seen by the time it returns.
  await page.evaluate(() => fetch("/api/health").then((r) => r.status));
  expect(liveAsks.filter((at) => at > refusedAt)).toEqual([]);
  await Promise.all([here.close(), there.close()]);
});
