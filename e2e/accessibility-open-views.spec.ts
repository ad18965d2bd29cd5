/**
 * Views that open over or inside a page, checked where the page sweeps do not reach them (a lesson
 * played at 320 px, 7 December 2026): the projector view of the join code (the sweeps measure the page's
 * own width, and a modal dialog in the top layer is fixed, so text cut off inside it went unseen) and a
 * class page with a long learner name and an assignment's settings open, with 200% text; the tooltips
 * of the results grid's column headings at 320 px. Each test was written to fail on the build before its fix.
 */
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectNoAxeViolations, expectNoSidewaysScroll, TEXT_SPACING_CSS } from "./helpers/a11y";
import { classWithAssignmentByApi, joinAndStartByApi, joinClassByApi } from "./helpers/classroom-api";

/**
 * Text inside a scrolling box that cannot be seen by scrolling it: past its left or right edge (the
 * window's, for a box that fills it), or above the top of what it scrolls (a box centred in a column
 * taller than the window grows off its top, where nothing scrolls to).
 */
async function textOutOfReach(box: Locator): Promise<string[]> {
  return box.evaluate((dialog) => {
    const d = dialog.getBoundingClientRect();
    const top = d.top - dialog.scrollTop;
    const out: string[] = [];
    if (dialog.scrollWidth > dialog.clientWidth + 1)
      out.push(`the view scrolls sideways (${dialog.scrollWidth} > ${dialog.clientWidth} px)`);
    for (const el of dialog.querySelectorAll<HTMLElement>("*")) {
      if (el.closest(".sr-only")) continue;
      const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
      if (!own) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const where: string[] = [];
      if (r.left < d.left - 0.5) where.push(`left edge at ${Math.round(r.left)}`);
      if (r.right > d.right + 0.5)
        where.push(`right edge at ${Math.round(r.right)} of ${Math.round(d.right)}`);
      if (r.top < top - 0.5) where.push(`top at ${Math.round(r.top - top)} px above the view's top`);
      if (where.length) out.push(`"${el.textContent?.trim().slice(0, 40)}": ${where.join(", ")}`);
    }
    return out;
  });
}

async function expectAllTextReachable(page: Page, view: Locator, context: string) {
  expect(await textOutOfReach(view), `${context}: text out of reach`).toEqual([]);
  // The way out is there too: scrolled to, it is on screen.
  const close = view.getByRole("button", { name: "Close (Esc)" });
  await close.scrollIntoViewIfNeeded();
  await expect(close).toBeInViewport();
  await expect(page.getByRole("heading", { name: /^Join the class at / })).toBeVisible();
}

test("the projector view of the join code keeps all its text in reach at 320 px, with text spacing and with 200% text (WCAG 1.4.10, 1.4.12, 1.4.4)", async ({
  page,
}) => {
  // A tutor at 400% zoom on a 1280 px laptop lays the page out 320 CSS px wide.
  await page.setViewportSize({ width: 320, height: 640 });
  await classWithAssignmentByApi(page, {
    prefix: "Projector reflow",
    scenarioId: "complaint-faulty-kettle",
    scenarioTitle: "Complaint: the kettle that stopped working",
  });
  const show = page.getByRole("button", { name: "Show full screen" });
  const view = page.getByRole("dialog");
  for (const [context, css] of [
    ["320 px", ""],
    ["320 px with text spacing", TEXT_SPACING_CSS],
    ["320 px with 200% text", "html { font-size: 200% !important; }"],
  ] as const) {
    const style = css ? await page.addStyleTag({ content: css }) : null;
    await show.click();
    await expect(view).toBeVisible();
    await expectAllTextReachable(page, view, context);
    if (!css) await expectNoAxeViolations(page, `projector view at ${context}`);
    await page.keyboard.press("Escape");
    await expect(view).toBeHidden();
    await style?.evaluate((el) => (el as HTMLElement).remove());
  }
  // On a wide screen it still fills the window with the code in the middle, nothing to scroll.
  await page.setViewportSize({ width: 1366, height: 900 });
  await show.click();
  await expectAllTextReachable(page, view, "1366 px");
  const sizes = await view.evaluate((d) => ({ scroll: d.scrollHeight, client: d.clientHeight }));
  expect(sizes.scroll, "the view does not scroll at 1366 px").toBeLessThanOrEqual(sizes.client);
  const code = (await view.getByText(/^[A-Z0-9]{3} [A-Z0-9]{3}$/).boundingBox())!;
  expect(Math.abs(code.y + code.height / 2 - 450), "the code sits near the middle").toBeLessThan(150);
});

test("the class page at 320 px with 200% text, a 40-character name and an assignment's settings open, does not scroll sideways (WCAG 1.4.10)", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 320, height: 640 });
  const made = await classWithAssignmentByApi(page, {
    prefix: "Long names",
    scenarioId: "complaint-faulty-kettle",
    scenarioTitle: "Complaint: the kettle that stopped working",
  });
  // One learner with the longest name the join form takes has started; another has not.
  const longName = "Maximilian Alexander Fitzgerald-Montgome";
  expect(longName).toHaveLength(40);
  const started = await (await browser.newContext()).newPage();
  await joinAndStartByApi(started, {
    code: made.code,
    name: longName,
    scenarioId: "complaint-faulty-kettle",
    assignmentId: made.assignmentId,
  });
  await joinClassByApi(await (await browser.newContext()).newPage(), made.code, "Ana P");
  await page.reload();
  await expect(page.getByRole("cell", { name: longName, exact: true })).toBeVisible();
  await page.addStyleTag({ content: "html { font-size: 200% !important; }" });
  // The learners' table scrolls within its own box (a data table may); the page does not.
  await expectNoSidewaysScroll(page, "class page with 200% text");
  await page.locator("summary", { hasText: "Not started" }).click();
  await page.locator("summary", { hasText: "Settings" }).click();
  const settings = page.getByRole("form", { name: /^Settings: / });
  await expect(settings.getByRole("button", { name: "Save settings" })).toBeVisible();
  await expectNoSidewaysScroll(page, "class page with 200% text and the settings open");
  // The settings stay inside their card.
  const card = page.getByRole("region", { name: "Assigned scenarios" });
  const [form, box] = [(await settings.boundingBox())!, (await card.boundingBox())!];
  expect(form.x + form.width, "the settings' right edge is inside the card").toBeLessThanOrEqual(
    box.x + box.width,
  );
});

test("a results-grid column's tooltip is shown whole at 320 px, with and without 200% text, wherever its column is (WCAG 1.4.10, 1.4.13)", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const made = await classWithAssignmentByApi(
    page,
    {
      prefix: "Grid tooltips",
      scenarioId: "complaint-faulty-kettle",
      scenarioTitle: "Complaint: the kettle that stopped working",
    },
    { open: false },
  );
  await joinAndStartByApi(await (await browser.newContext()).newPage(), {
    code: made.code,
    name: "Ola T",
    scenarioId: "complaint-faulty-kettle",
    assignmentId: made.assignmentId,
  });
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(made.resultsUrl);
  const headings = page.getByTestId(/^criterion-heading-\d+$/);
  await expect(headings.first()).toBeVisible();
  const count = await headings.count();
  expect(count).toBeGreaterThan(10);
  for (const [context, css] of [
    ["320 px", ""],
    ["320 px with 200% text", "html { font-size: 200% !important; }"],
  ] as const) {
    const style = css ? await page.addStyleTag({ content: css }) : null;
    // By keyboard, as a tutor reads along the headings: each scrolls into view and opens its tooltip.
    for (let i = 0; i < count; i++) {
      const heading = headings.nth(i);
      await heading.focus();
      const tip = page.locator(`[id="${await heading.getAttribute("aria-describedby")}"]`);
      await expect(tip).toBeVisible();
      // Every corner of the tooltip is on screen and is the tooltip itself: nothing cuts it off or covers it.
      await expect
        .poll(
          () =>
            tip.evaluate((el) => {
              const r = el.getBoundingClientRect();
              const corners = [
                [r.left + 2, r.top + 6],
                [r.right - 2, r.top + 6],
                [r.left + 2, r.bottom - 2],
                [r.right - 2, r.bottom - 2],
              ];
              return corners
                .filter(([x, y]) => {
                  const hit = document.elementFromPoint(x!, y!);
                  return !hit || !el.contains(hit);
                })
                .map(([x, y]) => `(${Math.round(x!)}, ${Math.round(y!)})`);
            }),
          { message: `${context}: corners of "${await tip.textContent()}" not shown` },
        )
        .toEqual([]);
    }
    await style?.evaluate((el) => (el as HTMLElement).remove());
  }
});
