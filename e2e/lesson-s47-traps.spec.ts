/**
 * Traps the lesson played through before 7 December 2026 left, each written to fail on the build before
 * its fix:
 * - Enter in a one-line field of a CRM action form (a remedy's amount, a task's title or due days)
 *   sent the form and recorded the marked action half filled in; it now goes on to the next field, as
 *   the reply's Subject line already did (one handler for both, components/enter-next-field.ts);
 * - with WCAG 1.4.12 text spacing at 320 px the charts' last month under the x axis was cut off;
 * - the results grid's key to its symbols scrolled away sideways with the columns it explains;
 * - the page that makes a tutor replace the published demo password said "Choose a new password"
 *   twice, as the page's heading and again as its only card's (WCAG 1.3.1, 2.4.6);
 * and three the play-through of 7 December found: the focus ring cut off by the scroll boxes round the
 * tutor's class list and a class's learners (WCAG 2.4.7), the scenarios page's assigned work with a
 * "Start" link per assignment that did not say which (WCAG 2.4.4); and assigning a scenario, which
 * told a screen-reader user nothing (WCAG 4.1.3).
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import {
  expectAnnouncedInExistingRegion,
  expectNoAxeViolations,
  markLiveRegions,
  TEXT_SPACING_CSS,
} from "./helpers/a11y";
import {
  assignByApi,
  classWithAssignmentByApi,
  joinClassByApi,
  signInTutorByApi,
} from "./helpers/classroom-api";
import { KeyboardOnly } from "./helpers/keyboard";
import { actionCount, conversation, expectActionCount, startPractice } from "./helpers/play-in-browser";

const KETTLE = {
  scenarioId: "complaint-faulty-kettle",
  scenarioTitle: "Complaint: the kettle that stopped working",
};

test("Enter in a CRM action's one-line field goes on to the next field; it sends only from the last, complete", async ({
  page,
}) => {
  await startPractice(page, KETTLE.scenarioId, "Enid");
  await expect(page.getByText(/^\S+ · Customer since /)).toBeVisible();
  await expect.poll(() => actionCount(page)).toBeGreaterThan(0);
  const before = await actionCount(page);
  const actions = page.getByRole("region", { name: "CRM actions" });

  // The remedy: Enter after the amount goes on to the note, recording nothing.
  await actions.getByRole("tab", { name: "Issue remedy" }).click();
  const amount = actions.getByRole("spinbutton", { name: "Amount (£)" });
  await amount.fill("24.99");
  await amount.press("Enter");
  const note = actions.getByRole("textbox", { name: "Note (optional)" });
  await expect(note, "Enter in the amount goes on to the note").toBeFocused();
  // The note is the last field and the form is complete: Enter there sends it, once.
  await note.fill("Refund for the kettle, faulty within 30 days");
  await note.press("Enter");
  await expect(actions.getByText("Saved to the CRM.")).toBeVisible();
  await expectActionCount(page, before + 1);

  // The task: Enter after the title and after the due days goes on, down to the note (a text area).
  await actions.getByRole("tab", { name: "Follow-up task" }).click();
  const title = actions.getByRole("textbox", { name: "Task", exact: true });
  await title.fill("Check the refund has reached Linda");
  await title.press("Enter");
  const due = actions.getByRole("spinbutton", { name: "Due in (days)" });
  await expect(due, "Enter in the title goes on to the due days").toBeFocused();
  await due.fill("3");
  await due.press("Enter");
  const taskNote = actions.getByRole("textbox", { name: "Task note (optional)" });
  await expect(taskNote, "Enter in the due days goes on to the note").toBeFocused();
  await taskNote.fill("Promised on the phone: refund within 5 working days.");
  await actions.getByRole("button", { name: "Create task" }).click();
  await expectActionCount(page, before + 2);
  // Nothing else was recorded on the way: two actions, the remedy and the task.
  const log = page.getByRole("list", { name: "Your actions so far" });
  await expect(log.getByRole("listitem").filter({ hasText: /^\d\d:\d\d\s*Refunded £24\.99/ })).toHaveCount(1);
  await expect(log.getByRole("listitem").filter({ hasText: /^\d\d:\d\d\s*Created a task/ })).toHaveCount(1);

  // The reply's Subject still goes on to the message (the handler it came from).
  const conv = conversation(page);
  await conv.getByLabel("Channel").selectOption("email");
  const subject = conv.getByRole("textbox", { name: "Subject" });
  await subject.fill("Your kettle");
  await subject.press("Enter");
  await expect(conv.getByRole("textbox", { name: /^(Your reply|Message)/ })).toBeFocused();
  await expectActionCount(page, before + 2);
});

/** For each chart's drawing: how far its first and last x-axis labels stick out of it, in px (0 if inside). */
async function axisLabelsOutside(page: Page) {
  return page.getByTestId("chart-drawing").evaluateAll((drawings) =>
    drawings.map((d) => {
      const box = d.getBoundingClientRect();
      const labels = [
        ...d.querySelectorAll(".recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value"),
      ];
      const first = labels[0]?.getBoundingClientRect();
      const last = labels.at(-1)?.getBoundingClientRect();
      return {
        labels: labels.map((l) => l.textContent).join(", "),
        left: first ? Math.max(0, Math.round(box.left - first.left)) : -1,
        right: last ? Math.max(0, Math.round(last.right - box.right)) : -1,
      };
    }),
  );
}

test("the charts' first and last months stay whole at 320 px with WCAG 1.4.12 text spacing", async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto("/insights");
  await expect(page.getByTestId("chart-drawing")).toHaveCount(2);
  await expect(
    page.locator(".recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value").first(),
  ).toBeVisible();
  // Spacing put on after the charts were drawn (a bookmarklet), and from the start (a user style sheet).
  await page.addStyleTag({ content: TEXT_SPACING_CSS });
  for (const chart of await axisLabelsOutside(page))
    expect(chart, `spacing added later: labels ${chart.labels}`).toMatchObject({ left: 0, right: 0 });
  await page.addInitScript((css) => {
    document.addEventListener("DOMContentLoaded", () => {
      const style = document.createElement("style");
      style.textContent = css;
      document.head.append(style);
    });
  }, TEXT_SPACING_CSS);
  await page.reload();
  await expect(
    page.locator(".recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value").first(),
  ).toBeVisible();
  for (const chart of await axisLabelsOutside(page))
    expect(chart, `spacing from the start: labels ${chart.labels}`).toMatchObject({ left: 0, right: 0 });
});

test("the results grid's key stays in view when the grid is scrolled sideways (320 px)", async ({
  browser,
}) => {
  const tutor = await (await browser.newContext({ viewport: { width: 320, height: 640 } })).newPage();
  const made = await classWithAssignmentByApi(tutor, { prefix: "Key", ...KETTLE }, { open: false });
  const learner = await (await browser.newContext()).newPage();
  await joinClassByApi(learner, made.code, "Kit");
  await tutor.goto(made.resultsUrl);
  const grid = tutor.getByRole("table", { name: "Results: learners by criterion" });
  await expect(grid.getByRole("rowheader", { name: /Kit/ })).toBeVisible();
  const key = tutor.getByText(/^Each column is a criterion/);
  await key.scrollIntoViewIfNeeded();
  await expect(key).toBeInViewport();
  // The grid is wider than the screen: scrolled to its last columns, the key is still there to read.
  const scrolled = await grid.evaluate((table) => {
    const box = table.parentElement!;
    box.scrollLeft = box.scrollWidth;
    return box.scrollLeft;
  });
  expect(scrolled, "the grid scrolls sideways at 320 px").toBeGreaterThan(0);
  const where = await key.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { left: Math.round(r.left), right: Math.round(r.right), width: window.innerWidth };
  });
  expect(where.left, "the key's left edge is on screen").toBeGreaterThanOrEqual(0);
  expect(where.right, "the key's right edge is on screen").toBeLessThanOrEqual(where.width);
  await expectNoAxeViolations(tutor, "the results page at 320 px, grid scrolled");
});

/** Answers to `auth.me` as for a tutor who still has the published demo password (set by the server at start-up). */
async function asIfDemoPasswordStillSet(page: Page) {
  await page.route(/\/api\/trpc\/[^?]*auth\.me/, async (route) => {
    const response = await route.fetch();
    const body = await response.json();
    const mark = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(mark);
      else if (v && typeof v === "object") {
        const o = v as Record<string, unknown>;
        if (o.kind === "tutor" && "mustChangePassword" in o) o.mustChangePassword = true;
        Object.values(o).forEach(mark);
      }
    };
    mark(body);
    await route.fulfill({ response, json: body });
  });
}

test("the page that makes a tutor replace the demo password has one 'Choose a new password' heading (WCAG 1.3.1, 2.4.6)", async ({
  page,
}) => {
  await signInTutorByApi(page);
  await asIfDemoPasswordStillSet(page);
  await page.goto("/tutor");
  const main = page.getByRole("main");
  await expect(main.getByRole("textbox", { name: "Current password" })).toBeVisible();
  await expect(main.getByRole("heading", { name: "Choose a new password" })).toHaveCount(1);
  await expect(main.getByRole("heading", { level: 1 })).toHaveText("Choose a new password");
  await expectNoAxeViolations(page, "the forced password change");

  // The account page keeps its own title, with the form's heading under it, once.
  await page.goto("/tutor/account");
  await expect(main.getByRole("heading", { level: 1 })).toHaveText("Your tutor account");
  await expect(main.getByRole("heading", { name: "Choose a new password" })).toHaveCount(1);
  await expect(main.getByRole("heading", { name: "Choose a new password" })).toHaveJSProperty(
    "tagName",
    "H2",
  );
});

test("the focus ring is whole on the tutor's class list and on a class's learners (WCAG 2.4.7)", async ({
  browser,
}) => {
  // Found in the play-through: the scroll boxes round these tables cut off the ring of the class names
  // along their left edge and of the "Remove" buttons along their right.
  const tutor = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
  const made = await classWithAssignmentByApi(tutor, { prefix: "Rings", ...KETTLE }, { open: false });
  const learner = await (await browser.newContext()).newPage();
  await joinClassByApi(learner, made.code, "Rhea");
  const kb = new KeyboardOnly(tutor);
  await tutor.goto("/tutor");
  await kb.tabTo(tutor.getByRole("link", { name: made.className }), "the class list: to the class", {
    max: 60,
  });
  await kb.press("Enter", "open the class", {
    lands: tutor.getByRole("heading", { level: 1, name: made.className }),
  });
  await kb.tabTo(tutor.getByRole("button", { name: "Remove Rhea" }), "the class: to Remove Rhea", {
    max: 80,
  });
  await expect(tutor.getByRole("button", { name: "Remove Rhea" })).toBeFocused();
});

test("the scenarios page's assigned work names each link's scenario (WCAG 2.4.4)", async ({ browser }) => {
  // Found in the play-through: with two assignments the learner's list of links read "Start", "Start".
  const tutor = await (await browser.newContext()).newPage();
  const made = await classWithAssignmentByApi(tutor, { prefix: "Links", ...KETTLE }, { open: false });
  await assignByApi(tutor, made.classId, "internal-customer-lost-parcel");
  const learner = await (await browser.newContext()).newPage();
  await joinClassByApi(learner, made.code, "Lin");
  await learner.goto("/scenarios");
  const assigned = learner.getByRole("region", { name: "Assigned to you" });
  await expect(assigned.getByRole("link", { name: `Start: ${KETTLE.scenarioTitle}` })).toBeVisible();
  await expect(
    assigned.getByRole("link", { name: "Start: Internal customer: the lost birthday parcel" }),
  ).toBeVisible();
  const names = await assigned.getByRole("link").evaluateAll((links) =>
    // What a screen reader reads in its list of links: the label where there is one.
    links.map((l) => l.getAttribute("aria-label") ?? l.textContent),
  );
  expect(new Set(names).size, `link names: ${names.join(", ")}`).toBe(names.length);
  await expectNoAxeViolations(learner, "the scenarios page with two assignments");
});

test("assigning a scenario says so in a status region that was already there (WCAG 4.1.3)", async ({
  browser,
}) => {
  // Found in the play-through: the new assignment appeared in the list while focus stayed on "Assign",
  // and nothing was announced (only the date's hint, back to "No due date", if a date had been typed).
  const tutor = await (await browser.newContext()).newPage();
  await classWithAssignmentByApi(tutor, { prefix: "Told", ...KETTLE });
  const form = tutor.getByRole("form", { name: "Assign a scenario" });
  const scenario = form.getByLabel("Scenario", { exact: true });
  await expect(scenario.locator('option[value="internal-customer-lost-parcel"]')).toBeAttached({
    timeout: 30_000,
  });
  await scenario.selectOption("internal-customer-lost-parcel");
  await form.getByRole("textbox", { name: /^Due date/ }).fill("19/12/2030");
  await markLiveRegions(tutor);
  await form.getByRole("button", { name: "Assign", exact: true }).click();
  await expect(
    tutor.getByRole("link", { name: "Results: Internal customer: the lost birthday parcel" }),
  ).toBeVisible();
  await expectAnnouncedInExistingRegion(
    tutor.getByText("Assigned Internal customer: the lost birthday parcel, due 19 December 2030."),
    "the assignment",
  );
  await expect(form.getByRole("button", { name: "Assign", exact: true })).toBeFocused();
});
