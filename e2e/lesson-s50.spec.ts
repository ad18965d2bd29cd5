/**
 * What a lesson run on 7 December 2026 (session 50: a tutor and five learners at 1366, 768 and 320 px, by
 * mouse and keyboard, axe, 200% text and WCAG 1.4.12 spacing on every view reached) found that the
 * earlier checks did not:
 * - a tutor who walked away from the idle warning was not signed out at the time it gave: the warning's
 *   own focus on "Stay signed in" counted as the tutor touching the page, so the next request told the
 *   server the page had been idle only since the warning opened, and the session ran on;
 * - with 200% text on a 320 px phone the report's result card ran out of room: "100%" and the band
 *   ("Distinction") spilled over its edge and pushed the page sideways (WCAG 1.4.4, 1.4.10);
 * - with 200% text on a 1366 × 768 laptop the side bar, pinned to the window's height, ran past the
 *   window's bottom where no scrolling could reach: a learner in a class could not reach "Leave" or its
 *   "Yes, leave" (WCAG 1.4.4, 1.4.10);
 * - with 200% text at 1366 px the results page's class summary kept four columns chosen by the window's
 *   width, each a few words wide, and broke words in two ("SUBMITT / ED", "AVERAG / E TOTAL"); the
 *   scenario library's three columns did the same to scenario titles ("stopp / ed").
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectNoSidewaysScroll } from "./helpers/a11y";
import { ASSIGNABLE, signInTutor } from "./helpers/classroom";
import { classWithAssignmentByApi, joinClassByApi } from "./helpers/classroom-api";
import { BrowserPlayer, startPractice, submitForMarking } from "./helpers/play-in-browser";
import { readPlaythrough, readScenario } from "./helpers/scenario-files";
import { IDLE_MINUTES, idleHints, minutes } from "./helpers/idle";

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

test("with 200% text on a 320 px phone the report's result and band stay inside their card", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 320, height: 640 });
  // The model answer: the widest result there is, "100%" and "Distinction".
  const attemptId = await startPractice(page, "complaint-faulty-kettle", "Chloe");
  const player = new BrowserPlayer(page, readScenario("complaint-faulty-kettle"));
  await player.begin();
  await player.playAll(readPlaythrough("complaint-model").actions);
  await submitForMarking(page, attemptId);
  await expect(page.getByTestId("report-band")).toHaveText("Distinction");

  // As a phone's larger-text setting or a user style sheet does: the window keeps its width.
  await page.addStyleTag({ content: "html { font-size: 200% !important; }" });
  const card = page.getByRole("region", { name: "Result" }).locator("> div").first();
  for (const id of ["report-total", "report-band"]) {
    const text = page.getByTestId(id);
    await expect(text).toBeVisible();
    const [inner, outer] = await Promise.all([text.boundingBox(), card.boundingBox()]);
    const overflow = await text.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow, `${id} is wider than its own box`).toBeLessThanOrEqual(0);
    expect(
      inner!.x + inner!.width,
      `${id} ("${await text.textContent()}") ends past the result card's right edge`,
    ).toBeLessThanOrEqual(outer!.x + outer!.width);
  }
  await expectNoSidewaysScroll(page, "the report with 200% text at 320 px");
});

test("with 200% text on a 1366 × 768 laptop a learner can reach Leave and its question in the side bar", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const { code } = await classWithAssignmentByApi(
    page,
    { prefix: "S50 side bar", ...ASSIGNABLE.kettle },
    { open: false },
  );
  const learner = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  await joinClassByApi(learner, code, "Farah");
  await learner.goto("/");
  const leave = learner.getByRole("button", { name: "Leave", exact: true });
  await expect(leave).toBeVisible();
  await learner.addStyleTag({ content: "html { font-size: 200% !important; }" });

  // By keyboard: Tab goes to Leave and shows it. By mouse: the side bar scrolls to it.
  await leave.focus();
  await expect(leave, "Leave, focused, is shown in the window").toBeInViewport({ ratio: 1 });
  await leave.click();
  // Focus goes to the question's safe answer; both answers are shown.
  const stay = learner.getByRole("button", { name: "Stay", exact: true });
  await expect(stay).toBeFocused();
  for (const answer of [stay, learner.getByRole("button", { name: "Yes, leave" })])
    await expect(answer, "the question's answers are shown in the window").toBeInViewport({ ratio: 1 });
  await expectNoSidewaysScroll(learner, "the side bar with 200% text at 1366 × 768");
});

/** Words inside `selector` that the browser has broken across two lines (not at a hyphen or space). */
function brokenWords(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluate((root) => {
    const broken: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? "";
      for (const m of text.matchAll(/[^\s\-–·]+/g)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (tops.size > 1) broken.push(m[0]);
      }
    }
    return broken;
  });
}

test("with 200% text at 1366 px the results page's class summary breaks no word in two", async ({ page }) => {
  test.setTimeout(120_000);
  const { resultsUrl } = await classWithAssignmentByApi(
    page,
    { prefix: "S50 summary", ...ASSIGNABLE.kettle },
    { open: false },
  );
  await page.goto(resultsUrl);
  const summary = page.getByRole("region", { name: "Class summary" });
  await expect(summary).toContainText("Latest submitted attempt each, after overrides");
  expect(await brokenWords(page, 'section[aria-label="Class summary"]'), "at 100% text").toEqual([]);
  await page.addStyleTag({ content: "html { font-size: 200% !important; }" });
  expect(await brokenWords(page, 'section[aria-label="Class summary"]'), "at 200% text").toEqual([]);
});

test("with 200% text at 1366 px the scenario library breaks no title or outcome in two", async ({ page }) => {
  await page.goto("/scenarios");
  const list = page.locator("ul", { has: page.getByRole("link", { name: /^Read the brief: / }) });
  await expect(list.getByRole("link", { name: /^Read the brief: / }).first()).toBeVisible();
  const selector = "main ul:has(a[aria-label^='Read the brief: '])";
  expect(await brokenWords(page, selector), "at 100% text").toEqual([]);
  await page.addStyleTag({ content: "html { font-size: 200% !important; }" });
  expect(await brokenWords(page, selector), "at 200% text").toEqual([]);
});
