/**
 * Keyboard alone at 320 px and at 200% zoom (session 42, a11y helper; WCAG 2.1.1, 2.1.2, 2.4.3, 2.4.7,
 * 2.4.11, 1.4.10): a learner's report, and the tutor's results (a mark changed in the override dialog)
 * and debrief, walked with Tab to the footer and back to the top with Shift+Tab. After every press focus
 * must be on something visible, with a 3:1 indicator, not covered by anything sticky, not clipped; the
 * page must not scroll sideways. With A11Y_SHOTS set, full-page screenshots of the three pages and the
 * dialog at 1366, 820 and 320 px (and 200% zoom) are saved there, to be looked at.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectAnnouncedInExistingRegion, expectNoSidewaysScroll, markLiveRegions } from "./helpers/a11y";
import { ASSIGNABLE, classWithOneLearner } from "./helpers/classroom";
import { KeyboardOnly } from "./helpers/keyboard";
import { submitForMarking } from "./helpers/play-in-browser";
import { toolEnv } from "../server/env";

const SHOTS = toolEnv().A11Y_SHOTS;
const { scenarioId, scenarioTitle } = ASSIGNABLE.kettle;
// A 1366 × 900 window at 200% browser zoom lays the page out in 683 × 450 CSS px.
const SIZES = [
  { id: "320", width: 320, height: 640 },
  { id: "zoom200", width: 683, height: 450 },
] as const;

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/s42-${name}.png`, fullPage: true });
}

/** Every stop from the top of the page to the footer, then back to the skip link. */
async function walkBothWays(kb: KeyboardOnly, context: string) {
  const page = kb.page;
  const forward = await kb.tabTo(
    page.getByRole("link", { name: "Accessibility statement" }),
    `${context}: down`,
    {
      max: 300,
    },
  );
  const back = await kb.tabTo(page.getByRole("link", { name: "Skip to content" }), `${context}: back up`, {
    backwards: true,
    max: 300,
  });
  return { forward, back };
}

test("keyboard only at 320 px and 200% zoom: a learner's report, the tutor's results and override, the debrief", async ({
  page,
  browser,
}) => {
  test.setTimeout(600_000);
  const { resultsUrl, learner, learnerContext, attemptId } = await classWithOneLearner(page, browser, {
    prefix: "Keyboard report",
    scenarioId,
    scenarioTitle,
    learnerName: "Rae",
    reply: {
      customer: "Priya Shah",
      text: "Dear Priya, I am so sorry your kettle stopped working. I will refund the full price to your card today. Alex",
    },
  });
  await submitForMarking(learner, attemptId);
  const reportUrl = learner.url();
  const h1 = (p: Page, name: string | RegExp) => p.getByRole("heading", { level: 1, name });
  const figures: string[] = [];

  for (const size of SIZES) {
    // The learner's report.
    await learner.setViewportSize({ width: size.width, height: size.height });
    await learner.goto(reportUrl);
    await expect(learner.getByTestId("report-band")).toBeVisible();
    await expectNoSidewaysScroll(learner, `report at ${size.id}`);
    const lk = new KeyboardOnly(learner);
    await lk.tabTo(
      learner.getByRole("button", { name: "Try again with a fresh CRM" }),
      `report ${size.id}: to Try again`,
      { max: 60 },
    );
    const report = await walkBothWays(lk, `report ${size.id}`);
    figures.push(`report ${size.id}: ${report.forward} + ${report.back} stops`);

    // The tutor's results: every stop, then a mark changed by keyboard; focus comes back to the mark.
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.goto(resultsUrl);
    const grid = page.getByRole("table", { name: "Results: learners by criterion" });
    const mark = grid.getByRole("button", { name: /Change this mark$/ }).first();
    await expect(mark).toBeVisible();
    await expectNoSidewaysScroll(page, `results at ${size.id}`);
    const tk = new KeyboardOnly(page);
    const results = await walkBothWays(tk, `results ${size.id}`);
    await tk.tabTo(mark, `results ${size.id}: to the first mark`, { max: 150 });
    await tk.press("Enter", `results ${size.id}: open the mark`);
    const dialog = page.getByRole("dialog", { name: "Change a mark" });
    await expect(dialog.getByRole("radio", { checked: true })).toBeFocused();
    await expectNoSidewaysScroll(page, `override dialog at ${size.id}`);
    await shot(page, `override-${size.id}`);
    const before = await dialog.getByRole("radio", { checked: true }).getAttribute("value");
    await tk.press("ArrowRight", `dialog ${size.id}: another mark`);
    await expect(dialog.getByRole("radio", { checked: true })).not.toHaveAttribute("value", before!);
    await tk.tabTo(dialog.getByLabel("Comment for the learner"), `dialog ${size.id}: to the comment`);
    await tk.type(`Moderated by keyboard at ${size.id}.`, `dialog ${size.id}: comment`);
    await tk.tabTo(dialog.getByRole("button", { name: "Save mark" }), `dialog ${size.id}: to Save mark`);
    await markLiveRegions(page);
    await tk.press("Enter", `dialog ${size.id}: save`, { lands: mark });
    await expect(dialog).toBeHidden();
    // The new mark and total are told in the results page's status region (WCAG 4.1.3).
    await expectAnnouncedInExistingRegion(
      page.getByRole("status").filter({ hasText: /^Rae: .* is now .*New total \d+%/ }),
      `dialog ${size.id}: the change told`,
    );

    // The debrief, from the results page by keyboard.
    await tk.tabTo(
      page.getByRole("link", { name: "Debrief (projector)" }),
      `results ${size.id}: to the debrief`,
      {
        backwards: true,
        max: 150,
      },
    );
    await tk.press("Enter", `results ${size.id}: open the debrief`, { url: /debrief/, lands: h1(page, /./) });
    await expect(page.getByRole("heading", { level: 2, name: "How the class did" })).toBeVisible();
    await expectNoSidewaysScroll(page, `debrief at ${size.id}`);
    const debrief = await walkBothWays(tk, `debrief ${size.id}`);
    figures.push(
      `results ${size.id}: ${results.forward} + ${results.back} stops; debrief ${size.id}: ${debrief.forward} + ${debrief.back} stops; ${tk.presses} presses in all`,
    );
  }

  // The learner reads the tutor's comments on her report.
  await learner.goto(reportUrl);
  await expect(learner.getByTestId("override-comment").first()).toContainText("Moderated by keyboard at");

  if (SHOTS) {
    for (const [id, width, height] of [
      ["1366", 1366, 900],
      ["820", 820, 1180],
      ["320", 320, 640],
    ] as const) {
      await learner.setViewportSize({ width, height });
      await learner.goto(reportUrl);
      await expect(learner.getByTestId("report-band")).toBeVisible();
      await shot(learner, `report-${id}`);
      await page.setViewportSize({ width, height });
      await page.goto(resultsUrl);
      await expect(page.getByRole("table", { name: "Results: learners by criterion" })).toBeVisible();
      await shot(page, `results-${id}`);
      await page.getByRole("link", { name: "Debrief (projector)" }).click();
      await expect(page.getByRole("heading", { level: 2, name: "How the class did" })).toBeVisible();
      await shot(page, `debrief-${id}`);
    }
  }
  await learnerContext.close();
  test.info().annotations.push({ type: "stops", description: figures.join("; ") });
  console.log(figures.join("\n"));
});
