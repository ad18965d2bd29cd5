/**
 * Issue 10, items 4 and 5, in three browsers: a tutor and two learners. The dashboard and the Watch
 * view follow the learners by push (no reload), fall back to polling when the stream is blocked,
 * hide names for a projector (kept after a reload), and nothing in a row is cut off at 1366 px. Then
 * the results grid's named columns (full wording on hover and on keyboard focus), a tutor's view of
 * a report, the projector/print debrief and the whole-class export.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { toolEnv } from "../server/env";
import { expectNoAxeViolations, expectNoSidewaysScroll } from "./helpers/a11y";
import { createClassWithAssignment, joinClass, signInTutor } from "./helpers/classroom";

const SCENARIO_ID = "complaint-faulty-kettle";
const SCENARIO_TITLE = "Complaint: the kettle that stopped working";
const ASHA = "Asha Patel";
const BEN = "Ben Okafor";
const SHOTS = toolEnv().E2E_SHOTS_DIR;

async function joinAndStart(page: Page, code: string, name: string) {
  await joinClass(page, code, name);
  await page.goto(`/scenarios/${SCENARIO_ID}`);
  await page
    .getByRole("button", { name: /^(Start scenario|Carry on)/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/attempts\/\d+$/);
}

async function reply(page: Page, text: string) {
  await page.getByLabel("Channel", { exact: true }).selectOption("email");
  await page.getByLabel(/^Your reply/).fill(text);
  await page.getByRole("button", { name: "Send reply" }).click();
  await expect(page.getByLabel(/^Your reply/)).toHaveValue(""); // the box is cleared once sent
}

async function submit(page: Page) {
  await page.getByRole("button", { name: "Submit for marking" }).click();
  await page.getByRole("button", { name: "Yes, submit" }).click();
  await expect(page).toHaveURL(/\/report$/);
}

test("a tutor follows two learners live, then debriefs and exports the class", async ({ browser }) => {
  test.setTimeout(240_000);
  const tutorContext = await browser.newContext({ acceptDownloads: true });
  const tutor = await tutorContext.newPage();
  await signInTutor(tutor);
  const { code, classUrl, resultsUrl } = await createClassWithAssignment(tutor, {
    prefix: "Push lesson",
    scenarioId: SCENARIO_ID,
    scenarioTitle: SCENARIO_TITLE,
  });

  const ashaContext = await browser.newContext();
  const asha = await ashaContext.newPage();
  const benContext = await browser.newContext();
  const ben = await benContext.newPage();
  await joinAndStart(asha, code, ASHA);

  // ------------------------------------------------------------------ the dashboard, pushed
  await tutor.goto(`${new URL(classUrl).pathname}/live`);
  await expect(tutor.getByRole("heading", { level: 1, name: "Live dashboard" })).toBeVisible();
  await expect(tutor.getByTestId("live-updated").locator("[data-connection]")).toHaveAttribute(
    "data-connection",
    "live",
  );
  await tutor.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
  const rows = tutor.locator('[data-testid^="live-row-"]');
  await expect(rows).toHaveCount(1);
  const ashaRow = rows.filter({ hasText: ASHA });
  await expect(ashaRow).toContainText("Working");

  // Ben joins and starts while the tutor watches: a new row, without a reload.
  await joinAndStart(ben, code, BEN);
  await expect(rows).toHaveCount(2);
  const benRow = rows.filter({ hasText: BEN });
  await expect(benRow).toContainText("Working");
  const progress = tutor.getByRole("table", { name: "Progress by assignment" });
  await expect(progress.getByRole("row", { name: new RegExp(BEN) })).toContainText("Working");

  // --------------------------------------------------------------- Watch: one learner, live
  const watchHref = (await ashaRow
    .getByRole("link", { name: `Watch ${ASHA}'s workspace` })
    .getAttribute("href"))!;
  const watch = await tutorContext.newPage();
  await watch.goto(watchHref);
  await expect(watch.getByTestId("watch-connection")).toHaveAttribute("data-connection", "live");
  const firstReply =
    "Dear Priya, I'm so sorry your Aurora kettle stopped working so soon after it arrived. Thank you for telling us.";
  await reply(asha, firstReply);
  await expect(watch.getByRole("complementary", { name: "Conversation" })).toContainText(
    "so soon after it arrived",
    { timeout: 5_000 },
  );
  await expect(ashaRow.getByTestId("action-count")).not.toHaveText("1", { timeout: 5_000 });
  expect(await tutor.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);

  // Nothing in a row is cut off at 1366 px (the last action wraps instead).
  const last = ashaRow.getByTestId("last-action");
  await expect(last).toContainText("Last:");
  const clipped = await last.evaluate(
    (el) => el.scrollWidth > el.clientWidth + 1 || getComputedStyle(el).textOverflow === "ellipsis",
  );
  expect(clipped, "the last action is cut off").toBe(false);
  const pageWidth = await tutor.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    inner: window.innerWidth,
  }));
  expect(pageWidth.scroll).toBeLessThanOrEqual(pageWidth.inner);
  await expectNoAxeViolations(tutor, "the live dashboard");
  await tutor.screenshot({ path: `${SHOTS}/live-dashboard-1366.png`, fullPage: true });

  // --------------------------------------------------------------- hide names on a projector
  await tutor.getByLabel("Hide names (for a projector)").check();
  await expect(tutor.getByRole("main")).not.toContainText(ASHA);
  await expect(tutor.getByRole("main")).not.toContainText(BEN);
  await expect(rows.getByTestId("learner-name")).toHaveText(["Learner 1", "Learner 2"]);
  await tutor.reload();
  await expect(tutor.getByLabel("Hide names (for a projector)")).toBeChecked();
  await expect(rows.getByTestId("learner-name")).toHaveText(["Learner 1", "Learner 2"]);
  await expect(tutor.getByRole("main")).not.toContainText(ASHA);
  // At tablet width each learner is a card: every column, mood included, is on screen with its
  // label, inside the Learners card, with no sideways scrolling (the table used to scroll inside it).
  for (const width of [820, 320]) {
    await tutor.setViewportSize({ width, height: 1180 });
    await expectNoSidewaysScroll(tutor, `the live dashboard at ${width} px`);
    const fit = await tutor.getByTestId("live-table").evaluate((wrapper) => {
      const box = wrapper.getBoundingClientRect();
      const cells = [
        ...wrapper.querySelectorAll<HTMLElement>(
          '[data-testid^="live-row-"] > th, [data-testid^="live-row-"] > td',
        ),
      ];
      return {
        scrolls: wrapper.scrollWidth > wrapper.clientWidth + 1,
        cells: cells.length,
        outside: cells
          .map((c) => ({ r: c.getBoundingClientRect(), text: (c.textContent ?? "").slice(0, 40) }))
          .filter(({ r }) => r.width === 0 || r.left < box.left - 1 || r.right > box.right + 1)
          .map(({ text }) => text),
      };
    });
    expect(fit.scrolls, `the live table scrolls sideways at ${width} px`).toBe(false);
    expect(fit.cells).toBe(2 * 7);
    expect(fit.outside, `cells cut off or hidden at ${width} px`).toEqual([]);
    const firstRow = rows.first();
    await expect(firstRow.getByText("Customer mood")).toBeVisible();
    await expect(firstRow.getByTestId("mood")).toContainText("Priya");
    await tutor.screenshot({ path: `${SHOTS}/live-dashboard-${width}-names-hidden.png`, fullPage: true });
  }
  await tutor.setViewportSize({ width: 1366, height: 900 });
  // At laptop width it is a table again: the card labels are hidden, the column headers shown.
  await expect(rows.first().getByText("Customer mood")).toBeHidden();
  await expect(tutor.getByRole("columnheader", { name: "Customer mood" })).toBeVisible();
  await tutor.getByLabel("Hide names (for a projector)").uncheck();
  await expect(rows.filter({ hasText: ASHA })).toHaveCount(1);

  // --------------------------------------------------- the stream blocked: it falls back to polling
  const fallback = await tutorContext.newPage();
  await fallback.route(/results\.liveStream/, (route) => route.abort());
  await fallback.goto(`${new URL(classUrl).pathname}/live`);
  await expect(fallback.getByTestId("live-updated")).toContainText("Checking every 1.5 s", {
    timeout: 15_000,
  });
  const benCount = fallback
    .locator('[data-testid^="live-row-"]')
    .filter({ hasText: BEN })
    .getByTestId("action-count");
  const before = (await benCount.textContent())!;
  await reply(
    ben,
    "Dear Priya, I'm sorry about the kettle; I'm arranging a full refund now. Thank you for your patience.",
  );
  await expect(benCount).not.toHaveText(before, { timeout: 5_000 });
  await fallback.close();

  // ---------------------------------------------------------------------- both submit
  await submit(asha);
  await submit(ben);
  await expect(ashaRow).toContainText("Submitted", { timeout: 5_000 });
  await expect(progress.getByRole("row", { name: new RegExp(ASHA) })).toContainText(
    /Fail|Pass|Merit|Distinction/,
  );

  // A report the tutor opens says whose it is.
  await ashaRow.getByRole("link", { name: `Review ${ASHA}'s attempt` }).click();
  await expect(tutor.getByTestId("report-whose")).toHaveText(`${ASHA}'s result`);
  // Its way back leads to the assignment's results, not the learners' scenario library.
  await tutor
    .getByRole("navigation", { name: "Breadcrumb" })
    .getByRole("link", { name: `← Results: ${SCENARIO_TITLE}` })
    .click();

  // ------------------------------------------------------- results grid: named columns
  await expect(tutor).toHaveURL(resultsUrl);
  const heading = tutor.getByTestId("criterion-heading-3");
  await expect(heading).toHaveText("Sincere apology");
  const tip = tutor.getByRole("tooltip").filter({ hasText: "Apologised sincerely in the first reply" });
  await heading.focus();
  await expect(tip).toBeVisible();
  await expect(heading).toHaveAccessibleDescription(/Apologised sincerely in the first reply/);
  await tutor.keyboard.press("Escape");
  await expect(tip).toBeHidden();
  await tutor.getByTestId("criterion-heading-1").hover();
  await expect(
    tutor.getByRole("tooltip").filter({ hasText: "Replied within the 60-minute service standard" }),
  ).toBeVisible();
  await tutor.screenshot({ path: `${SHOTS}/results-grid-1366.png`, fullPage: true });
  await expectNoAxeViolations(tutor, "the results page");

  // ------------------------------------------------------------- the debrief
  await tutor.getByRole("link", { name: "Debrief (projector)" }).click();
  await expect(tutor.getByRole("heading", { level: 1, name: SCENARIO_TITLE })).toBeVisible();
  await expect(tutor.getByTestId("debrief-counts")).toContainText("2 of 2 learners submitted");
  await expect(tutor.getByRole("list", { name: "Band spread" })).toBeVisible();
  await expect(tutor.getByRole("heading", { name: "Most often missed" })).toBeVisible();
  await expect(tutor.getByTestId("model-answer")).toBeVisible();
  await expect(tutor.getByRole("main")).not.toContainText(ASHA);
  await expect(tutor.getByRole("main")).not.toContainText(BEN);
  await expectNoAxeViolations(tutor, "the debrief");
  await tutor.screenshot({ path: `${SHOTS}/debrief-1366.png`, fullPage: true });
  await tutor.setViewportSize({ width: 820, height: 1180 });
  await tutor.screenshot({ path: `${SHOTS}/debrief-tablet.png`, fullPage: true });
  // Printed (A4 portrait is about 794 px wide): no navigation or footer, no control that only works
  // on screen, nothing wider than the page, and the band bars keep their colour on paper.
  await tutor.setViewportSize({ width: 794, height: 1123 });
  await tutor.emulateMedia({ media: "print" });
  await expect(tutor.getByRole("button", { name: "Print" })).toBeHidden();
  await expect(tutor.getByRole("banner")).toBeHidden();
  const print = await tutor.evaluate(() => {
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== "hidden";
    };
    const width = document.documentElement.clientWidth;
    return {
      nav: [...document.querySelectorAll("nav, footer")].filter(visible).length,
      controls: [...document.querySelectorAll("button, input, select, textarea, summary, [role=button]")]
        .filter(visible)
        .map((el) => el.textContent?.trim() || el.tagName),
      links: [...document.querySelectorAll("a[href]")].filter((el) => visible(el) && !el.closest(".sr-only"))
        .length,
      scroll: document.documentElement.scrollWidth,
      width,
      cut: [...document.querySelectorAll<HTMLElement>("article *")]
        .filter(
          (el) =>
            visible(el) &&
            (el.getBoundingClientRect().right > width + 0.5 || el.scrollWidth > el.clientWidth + 1),
        )
        .map((el) => el.tagName.toLowerCase())
        .slice(0, 5),
      bars: [...document.querySelectorAll<HTMLElement>("[data-testid^='band-'] [aria-hidden] span")].map(
        (el) =>
          getComputedStyle(el).printColorAdjust ||
          getComputedStyle(el).getPropertyValue("-webkit-print-color-adjust"),
      ),
    };
  });
  expect(print.nav, "navigation or footer printed").toBe(0);
  expect(print.controls, "screen-only controls printed").toEqual([]);
  expect(print.links, "links printed (they do nothing on paper)").toBe(0);
  expect(print.scroll).toBeLessThanOrEqual(print.width);
  expect(print.cut, "content cut off in print").toEqual([]);
  expect(print.bars.length).toBe(4);
  expect(new Set(print.bars)).toEqual(new Set(["exact"]));
  await expect(tutor.getByTestId("model-answer")).toBeVisible();
  await expect(tutor.getByRole("heading", { name: "Most often missed" })).toBeVisible();
  await tutor.screenshot({ path: `${SHOTS}/debrief-print.png`, fullPage: true });
  await tutor.emulateMedia({ media: "screen" });
  await tutor.setViewportSize({ width: 1366, height: 900 });

  // ------------------------------------------------------ the whole-class export
  await tutor.goto(classUrl);
  const csvDownload = tutor.waitForEvent("download");
  await tutor.getByRole("button", { name: "All results (CSV)" }).click();
  const csv = await csvDownload;
  expect(csv.suggestedFilename()).toMatch(/^class-results-push-lesson-[a-z0-9-]+\.csv$/);
  const text = (await import("node:fs")).readFileSync((await csv.path())!, "utf8");
  expect(text).toContain(ASHA);
  expect(text).toContain(BEN);
  expect(text).toContain("Sincere apology");
  const xlsxDownload = tutor.waitForEvent("download");
  await tutor.getByRole("button", { name: "All results (Excel)" }).click();
  const xlsx = await xlsxDownload;
  expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
  const bytes = (await import("node:fs")).readFileSync((await xlsx.path())!);
  expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");

  await ashaContext.close();
  await benContext.close();
  await tutorContext.close();
});
