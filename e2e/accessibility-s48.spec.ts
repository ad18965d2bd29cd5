/**
 * Session 48 (7 December 2026): reflow at 320 CSS px with 200% text and the WCAG 1.4.12 text spacing
 * together (WCAG 1.4.10, 1.4.4, 1.4.12). Either alone was already guarded; together, the workspace was
 * 3 px too wide, and a sweep of every learner and tutor view found more: the home page's "Start
 * practising", a class page and its projector view (16 to 37 px), a report (32 px), the workspace's
 * Consent form (16 px). The cause was one: Tailwind's spacing scale is in rem, so every padding and
 * gap doubled with the text, and the record's cards sit inside a card inside the page: at 320 px the
 * timeline's text had 83 px of the 320 (the rest was padding), narrower than one word. The spacing unit
 * is now never more than 1.25% of the window's width (`--spacing` in app/globals.css): with the
 * browser's usual text size nothing changes on any window 320 px or wider; with larger text on a
 * narrow window the padding stops growing and the text gets the room.
 * Written to fail on the build before the fix.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectNoSidewaysScroll, TEXT_SPACING_CSS } from "./helpers/a11y";
import { ASSIGNABLE } from "./helpers/classroom";
import { classWithAssignmentByApi, joinAndStartByApi } from "./helpers/classroom-api";
import { conversation } from "./helpers/play-in-browser";

const { scenarioId, scenarioTitle } = ASSIGNABLE.kettle;

/**
 * With 200% text and the 1.4.12 spacing both on, the page does not scroll sideways (a soft check: every
 * view that fails is reported); both are then taken off.
 */
async function expectReflowWithLargeSpacedText(page: Page, context: string) {
  const styles = [
    await page.addStyleTag({ content: "html { font-size: 200% !important; }" }),
    await page.addStyleTag({ content: TEXT_SPACING_CSS }),
  ];
  try {
    await expectNoSidewaysScroll(page, `${context} with 200% text and 1.4.12 spacing`, { soft: true });
  } finally {
    for (const s of styles) await s.evaluate((el) => (el as HTMLElement).remove());
  }
}

test("every learner and tutor view reflows at 320 px with 200% text and WCAG 1.4.12 text spacing together", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const viewport = { width: 320, height: 640 };
  await page.setViewportSize(viewport);
  for (const url of ["/", "/join", "/scenarios", `/scenarios/${scenarioId}`, "/customers", "/insights"]) {
    await page.goto(url);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectReflowWithLargeSpacedText(page, url);
  }

  const made = await classWithAssignmentByApi(page, { prefix: "Reflow", scenarioId, scenarioTitle });
  await expectReflowWithLargeSpacedText(page, "the class page");
  await page.getByRole("button", { name: "Show full screen" }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await expectReflowWithLargeSpacedText(page, "the join code full screen");
  await page.keyboard.press("Escape");

  const learnerContext = await browser.newContext({ viewport });
  const learner = await learnerContext.newPage();
  const attemptId = await joinAndStartByApi(learner, {
    code: made.code,
    name: "Rey",
    scenarioId,
    assignmentId: made.assignmentId,
  });
  // The workspace as it opens (the record), then each CRM action's form.
  await expectReflowWithLargeSpacedText(learner, "the workspace's customer record");
  const actions = learner.getByRole("tablist", { name: "Choose a CRM action" });
  const tabs = await actions.getByRole("tab").allTextContents();
  expect(tabs.length).toBeGreaterThan(5);
  for (const tab of tabs) {
    await actions.getByRole("tab", { name: tab, exact: true }).click();
    await expect(learner.getByRole("tabpanel", { name: tab, exact: true })).toBeVisible();
    await expectReflowWithLargeSpacedText(learner, `the workspace's "${tab}" form`);
  }
  const conv = conversation(learner);
  await conv
    .getByLabel("Your reply to Priya Shah")
    .fill("Dear Priya, I am so sorry. I will refund you today. Alex");
  await conv.getByRole("button", { name: "Send reply" }).click();
  await expect(conv.getByTestId("customer-message")).toHaveCount(2);
  await expectReflowWithLargeSpacedText(learner, "the workspace after a reply");

  // The tutor's live dashboard and Watch view while Rey works.
  await page.goto(`${made.classUrl}/live`);
  await expect(page.getByRole("rowheader", { name: "Rey" }).first()).toBeVisible();
  await expectReflowWithLargeSpacedText(page, "the live dashboard");
  await page.goto(`/attempts/${attemptId}`);
  await expect(page.getByTestId("watch-connection")).toBeVisible();
  await expect(page.getByText(/^\S+ · Customer since /)).toBeVisible();
  await expectReflowWithLargeSpacedText(page, "the tutor's Watch view");

  // Rey submits; her report, then the tutor's results, debrief and her report as the tutor sees it.
  await learner.getByRole("button", { name: "Submit for marking" }).click();
  await expect(learner.getByRole("alertdialog", { name: "Confirm submission" })).toBeVisible();
  await expectReflowWithLargeSpacedText(learner, "the submit confirmation");
  await learner.getByRole("button", { name: "Yes, submit" }).click();
  await expect(learner.getByTestId("report-band")).toBeVisible();
  await expectReflowWithLargeSpacedText(learner, "the learner's report");
  for (const [what, url] of [
    ["the tutor's classes", "/tutor"],
    ["the results", made.resultsUrl],
    ["the debrief", `${made.resultsUrl}/debrief`],
    ["the tutor's account", "/tutor/account"],
    ["Rey's report as the tutor sees it", `/attempts/${attemptId}/report`],
  ] as const) {
    await page.goto(url);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    if (url.endsWith("/report")) await expect(page.getByTestId("report-band")).toBeVisible();
    await expectReflowWithLargeSpacedText(page, what);
  }
});

test("the logo's square still holds its cup with 200% text at 320 px", async ({ page }) => {
  // A box sized in the spacing unit round text is left smaller than its text on a narrow window with
  // large text (the unit no longer grows with the text): the logo's cup ran out of its square. Such a
  // box is sized in rem.
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto("/");
  const logo = page.getByRole("banner").locator("a span[aria-hidden]").first();
  await expect(logo).toHaveText("☕");
  await page.addStyleTag({ content: "html { font-size: 200% !important; }" });
  const { box, glyph } = await logo.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const g = range.getBoundingClientRect();
    const b = el.getBoundingClientRect();
    return {
      box: [Math.round(b.width), Math.round(b.height)],
      glyph: [Math.round(g.width), Math.round(g.height)],
    };
  });
  expect(glyph[0], `the cup ${glyph.join(" × ")} px in a square ${box.join(" × ")} px`).toBeLessThanOrEqual(
    box[0]!,
  );
  expect(glyph[1], `the cup ${glyph.join(" × ")} px in a square ${box.join(" × ")} px`).toBeLessThanOrEqual(
    box[1]!,
  );
});
