/**
 * What a fifth scripted lesson (5 December 2026: a tutor and five learners at 1366, 768 and 320 px,
 * two scenarios, a late joiner, a dropped connection, one attempt open in two tabs, the debrief on a
 * projector) found that the earlier checks did not:
 * - with the text at 200% the join page, a scenario's brief and the workspace's "Brief and objectives"
 *   kept two columns sized by the window's width in px, so the first column (the join form, the brief)
 *   was squeezed to a few px and ran under the second. The page did not scroll sideways, which is all
 *   the earlier 200% check measured. At 768 px the workspace's brief did push the page sideways.
 * - at 320 px a tutor going back along a learner's marks with Shift+Tab had each focused mark scrolled
 *   to the left edge of the grid, under the sticky learner column (WCAG 2.4.11).
 */
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import {
  expectFocusVisible,
  expectNoAxeViolations,
  expectNoSidewaysScroll,
  expectNoSidewaysScrollWithLargeText,
} from "./helpers/a11y";
import { classWithAssignmentByApi, joinAndStartByApi } from "./helpers/classroom-api";
import { startPractice } from "./helpers/play-in-browser";

const KETTLE = {
  scenarioId: "complaint-faulty-kettle",
  scenarioTitle: "Complaint: the kettle that stopped working",
};

async function withLargeText(page: Page) {
  // As a browser's text-only zoom or a user style sheet does: the window keeps its width.
  await page.addStyleTag({ content: "html { font-size: 200% !important; }" });
}

/**
 * Two blocks that sit side by side on a wide screen: with large text either both have room (each at
 * least 15rem wide) or they are stacked; they never overlap.
 */
async function expectReadableColumns(first: Locator, second: Locator, context: string) {
  await expect(first).toBeVisible();
  await expect(second).toBeVisible();
  const [a, b, rem] = await Promise.all([
    first.boundingBox(),
    second.boundingBox(),
    first.page().evaluate(() => Number.parseFloat(getComputedStyle(document.documentElement).fontSize)),
  ]);
  const overlapX = Math.min(a!.x + a!.width, b!.x + b!.width) - Math.max(a!.x, b!.x);
  const overlapY = Math.min(a!.y + a!.height, b!.y + b!.height) - Math.max(a!.y, b!.y);
  expect(overlapX > 1 && overlapY > 1, `${context}: the two columns overlap`).toBe(false);
  expect(
    Math.round(a!.width),
    `${context}: the first column is ${Math.round(a!.width)} px wide, under 15rem (${15 * rem} px) of text`,
  ).toBeGreaterThanOrEqual(15 * rem);
}

test("with 200% text the join page, a brief and the workspace's brief give their first column room to read", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1366, height: 900 });

  await page.goto("/join");
  await withLargeText(page);
  await expectReadableColumns(
    page.getByRole("region", { name: "Join with a class code" }),
    page.getByRole("region", { name: "What we keep about you" }),
    "the join page at 1366 px with 200% text",
  );

  await page.goto(`/scenarios/${KETTLE.scenarioId}`);
  await expect(page.getByRole("heading", { level: 1, name: KETTLE.scenarioTitle })).toBeVisible();
  await withLargeText(page);
  await expectReadableColumns(
    page.getByRole("region", { name: "Your brief" }),
    page.getByRole("region", { name: "Your objectives" }),
    "a scenario's brief at 1366 px with 200% text",
  );

  await startPractice(page, KETTLE.scenarioId, "Zoe");
  const brief = page
    .locator("details")
    .filter({ has: page.locator("summary", { hasText: "Brief and objectives" }) });
  await expect(brief).toHaveAttribute("open", "");
  await withLargeText(page);
  const columns = brief.locator(":scope > div > *");
  await expect(columns).toHaveCount(2);
  await expectReadableColumns(
    columns.nth(0),
    columns.nth(1),
    "the workspace's brief at 1366 px with 200% text",
  );
  // Normal text on a wide screen keeps the two columns side by side.
  await page.reload();
  await expect(page.getByTestId("sim-clock")).toBeVisible();
  const [text, objectives] = [await columns.nth(0).boundingBox(), await columns.nth(1).boundingBox()];
  expect(objectives!.x, "at 1366 px the objectives sit beside the brief").toBeGreaterThan(
    text!.x + text!.width,
  );

  // A tablet with 200% text: the open brief no longer pushes the page sideways.
  await page.setViewportSize({ width: 768, height: 1024 });
  await expect(brief).toHaveAttribute("open", "");
  await expectNoSidewaysScrollWithLargeText(page, "the workspace with its brief open at 768 px");
});

test("at 320 px a mark reached with Shift+Tab is not hidden under the sticky learner column", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  // Set up through the API (helpers/classroom-api.ts); the reply and the submission through the page.
  const tutor = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
  const made = await classWithAssignmentByApi(tutor, { prefix: "Marks", ...KETTLE }, { open: false });
  const { resultsUrl } = made;
  const learner = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
  await joinAndStartByApi(learner, { ...made, ...KETTLE, name: "Ada" });
  await learner
    .getByLabel(/^Your reply/)
    .fill("Dear Priya, I'm so sorry your kettle stopped. Thank you for telling us.");
  await learner.getByRole("button", { name: "Send reply" }).click();
  await expect(learner.getByLabel(/^Your reply/)).toHaveValue("");
  await learner.getByRole("button", { name: "Submit for marking" }).click();
  await learner
    .getByRole("alertdialog", { name: "Confirm submission" })
    .getByRole("button", { name: "Yes, submit" })
    .click();
  await expect(learner.getByTestId("report-band")).toBeVisible({ timeout: 30_000 });

  await tutor.setViewportSize({ width: 320, height: 640 });
  await tutor.goto(resultsUrl);
  const marks = tutor.getByRole("button", { name: /^Ada, C\d+ .*(Change this mark|Mark this answer)$/ });
  await expect(marks.first()).toBeVisible();
  await expectNoSidewaysScroll(tutor, "results at 320 px");
  const count = await marks.count();
  expect(count, "the grid has a mark for each criterion").toBeGreaterThan(5);
  // From the last mark back to the first, as a tutor checking a row from the right does.
  await marks.nth(count - 1).focus();
  for (let i = count - 2; i >= 0; i -= 1) {
    await tutor.keyboard.press("Shift+Tab");
    await expect(marks.nth(i)).toBeFocused();
    // Fails if the focused mark's centre is under anything sticky (the learner column).
    await expectFocusVisible(tutor, `mark ${i + 1} of ${count}, reached with Shift+Tab at 320 px`);
  }
  await expectNoAxeViolations(tutor, "results at 320 px after walking the marks back");
});
